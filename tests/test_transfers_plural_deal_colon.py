"""Arms transfers: a plural deal noun closing a clause, then its goods after a colon ("Y signed
contracts with X in 2012: 20 S and 40 T"); an "under an order" adjunct before a "together with" list
mate; a bare-comma list whose items carry their own prices.  Own invented sentences; near misses stay out."""

from __future__ import annotations

from test_extract_transfers import transfers


def _facts(text: str) -> set[tuple[str, str, str, int | None, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t.get("quantity"), t["status"]) for t in transfers(text)}


def test_plural_deal_noun_then_colon_list() -> None:
    got = _facts("Kazakhstan placed several orders with Turkey in 2021: 30 Cobra-2 vehicles and three Anka drones.")
    assert ("state:TUR", "state:KAZ", "wpn:cobra-2", 30, "ordered") in got
    assert ("state:TUR", "state:KAZ", "wpn:anka", 3, "ordered") in got
    got = _facts("Bangladesh signed contracts with China in 2012: 40 FM-90 launchers and two Type-056 corvettes.")
    assert ("state:CHN", "state:BGD", "wpn:fm-90", 40, "ordered") in got


def test_plural_deal_noun_colon_near_misses() -> None:
    assert _facts("Officials described the contracts: they would be signed in May.") == set()
    assert _facts("The talks covered two deals: one on gas and one on grain.") == set()


def test_under_an_order_adjunct_keeps_the_list_mates() -> None:
    text = ("Russia arms Kazakhstan. It delivered 12 Su-30SM fighters in 2019 under an order placed in 2017, "
            "together with 40 R-73 missiles.")
    got = _facts(text)
    assert ("state:RUS", "state:KAZ", "wpn:r-73", 40, "delivered") in got
    got = _facts("Russia delivered ten Mi-8 helicopters to Mongolia in 2019 under a 2016 contract, along with 30 Igla "
                 "missiles and a batch of BTR-80 carriers.")
    assert {("state:RUS", "state:MNG", s) for s in ("wpn:igla", "wpn:btr-80")} <= {g[:3] for g in got}


def test_an_order_for_goods_still_names_its_goods() -> None:
    got = _facts("Kazakhstan took eight Su-30SM jets under a contract for 12 Su-30SM fighters signed with Russia.")
    assert {g[:3] for g in got} == {("state:RUS", "state:KAZ", "wpn:su-30sm")}


def test_bare_comma_list_with_each_item_priced() -> None:
    got = _facts("Russia sold Armenia two S-300 systems under a deal worth about $100 million, 12 Mi-24 helicopters for "
                 "some $60 million, and 30 T-72 tanks.")
    assert {(s, r, sy) for s, r, sy, *_ in got} == {
        ("state:RUS", "state:ARM", "wpn:s-300"), ("state:RUS", "state:ARM", "wpn:mi-24"),
        ("state:RUS", "state:ARM", "wpn:t-72")}


def test_verb_governing_the_deal_noun_before_the_colon() -> None:
    text = "India's sales to Armenia grew after 2020. New Delhi then won a larger order: 24 Pinaka launchers in 2023."
    assert ("state:IND", "state:ARM", "wpn:pinaka", 24, "ordered") in _facts(text)
    text = "India's sales to Armenia grew after 2020. New Delhi then won bigger orders: 15 Akash systems."
    assert ("state:IND", "state:ARM", "wpn:akash", 15, "ordered") in _facts(text)


def test_camel_case_trade_names_are_matched() -> None:
    got = _facts("The United States delivered 50 MaxxPro vehicles and 20 ScanEagle drones to Uzbekistan in 2015.")
    assert {g[2] for g in got} == {"wpn:maxxpro", "wpn:scaneagle"}


def test_a_passive_of_arrival_after_the_colon_keeps_its_status() -> None:
    text = ("India's sales to Armenia grew after 2020. As the war ended, orders multiplied: six Pinaka launchers were "
            "handed over in 2023, and the first Akash system in 2024.")
    got = _facts(text)
    assert ("state:IND", "state:ARM", "wpn:pinaka", 6, "delivered") in got
    assert {st for _s, _r, sy, _q, st in got if sy == "wpn:akash"} <= {"delivered"}
