"""Arms transfers: a plural deal noun closing a clause, then its goods after a colon ("Y signed
contracts with X in 2012: 20 S and 40 T"); an "under an order" adjunct before a "together with" list
mate; a bare-comma list whose items carry their own prices.  Own invented sentences; near misses stay out."""

from __future__ import annotations

from test_extract_transfers import transfers

from silkgraph.knowledge import load_knowledge


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
    text = ("France equips Serbia's air force. Paris handed over six Rafale jets in 2024 under a 2022 contract, "
            "along with 30 MICA missiles.")
    got = _facts(text)
    assert ("state:FRA", "state:SRB", "wpn:mica", 30, "delivered") in got
    got = _facts("Russia delivered ten Mi-8 helicopters to Mongolia in 2019 under a 2016 contract, along with 30 Igla "
                 "missiles and a batch of BTR-80 carriers.")
    assert {("state:RUS", "state:MNG", s) for s in ("wpn:igla", "wpn:btr-80")} <= {g[:3] for g in got}


def test_an_order_for_goods_still_names_its_goods() -> None:
    got = _facts("Kazakhstan took eight Su-30SM jets under a contract for 12 Su-30SM fighters signed with Russia.")
    assert {g[:3] for g in got} == {("state:RUS", "state:KAZ", "wpn:su-30sm")}


def test_bare_comma_list_with_each_item_priced() -> None:
    got = _facts("China sold Bangladesh two FM-90 batteries for $80 million, eight K-8 trainers at about $150 million, "
                 "and 40 VN-4 vehicles.")
    assert {(s, r, sy) for s, r, sy, *_ in got} == {
        ("state:CHN", "state:BGD", "wpn:fm-90"), ("state:CHN", "state:BGD", "wpn:k-8"),
        ("state:CHN", "state:BGD", "wpn:vn-4")}


def test_bare_comma_list_priced_in_any_currency() -> None:
    # the price test is find_money's: rupees, roubles and "million dollars" blank as "$" prices do
    got = _facts("Russia sold Belarus four Tor-M2 systems for 9 billion roubles, 12 Yak-130 trainers for some "
                 "7 billion roubles, and 20 BTR-82A carriers.")
    assert {g[2] for g in got} == {"wpn:tor-m2", "wpn:yak-130", "wpn:btr-82a"}
    got = _facts("India sold Armenia six Swathi radars for Rs 300 crore, 12 Pinaka launchers for 60 million dollars, "
                 "and 15 Akash systems.")
    assert {g[2] for g in got} == {"wpn:swathi", "wpn:pinaka", "wpn:akash"}


def test_verb_governing_the_deal_noun_before_the_colon() -> None:
    text = "Turkey has armed Azerbaijan since 2010. Ankara later landed a new contract: 30 Cobra-2 vehicles in 2022."
    assert ("state:TUR", "state:AZE", "wpn:cobra-2", 30, "ordered") in _facts(text)
    text = "Turkey has armed Azerbaijan since 2010. Ankara later secured fresh contracts: six Anka drones."
    assert ("state:TUR", "state:AZE", "wpn:anka", 6, "ordered") in _facts(text)


def test_a_deal_noun_with_no_verb_over_it_keeps_its_governing_verb() -> None:
    # no buy or sell verb spans the noun before the colon: the verb governing "a package" tells it
    got = _facts("In 2021 China shipped a consignment to Tajikistan which comprised: four Wing Loong drones and "
                 "20 VN-4 vehicles.")
    assert ("state:CHN", "state:TJK", "wpn:wing-loong", 4, "delivered") in got
    assert ("state:CHN", "state:TJK", "wpn:vn-4", 20, "delivered") in got


def test_a_deal_that_follows_takes_no_date_of_the_deal_before() -> None:
    # "more contracts followed: S" is a deal of its own, not goods that follow the deal told before
    text = ("Egypt bought 20 K9 howitzers from South Korea in 2022. More contracts followed: 30 K2 tanks and "
            "six KF-21 jets.")
    got = transfers(text)
    later = [t for t in got if t["system"] in ("wpn:k2-black-panther", "wpn:kf-21-boramae")]
    assert later and all("date" not in t for t in later)
    # goods that are to follow still take it
    got = transfers("Serbia signed a deal with France for 12 Rafale jets in 2021. MICA missiles are to follow.")
    assert any(t["system"] == "wpn:mica" and t.get("date") == "2021" for t in got)


def test_camel_case_trade_names_are_matched_as_written() -> None:
    kb = load_knowledge()
    found = {c[0] for m in kb.find("Israel sold CoMPASS sensors and two BearCat vehicles; MaxxPro and ScanEagle "
                                   "followed.") for c in m.candidates}
    assert {"wpn:compass", "wpn:bearcat", "wpn:maxxpro", "wpn:scaneagle"} <= found
    got = _facts("The United States delivered 50 MaxxPro vehicles and 20 ScanEagle drones to Uzbekistan in 2015.")
    assert {g[2] for g in got} == {"wpn:maxxpro", "wpn:scaneagle"}


def test_camel_case_names_that_fold_to_ordinary_words_do_not_match_them() -> None:
    kb = load_knowledge()
    for text in ("Operation Compass was a desert offensive.", "Jeep Compass cars were handed to the police by Japan "
                 "in 2019.", "Compass points and maps were given to Tajik border guards in 2021.",
                 "Kaleidoscope, an art festival in Almaty, opened.", "Bearcat, the team's mascot, waved.",
                 "COMPASS readings were logged."):
        ids = {c[0] for m in kb.find(text) for c in m.candidates}
        assert not {"wpn:compass", "wpn:kaleidoscope", "wpn:bearcat"} & ids, text
    assert not any(t["system"] == "wpn:compass" for t in transfers(
        "Jeep Compass cars were handed over to the Afghan police by Japan in 2019."))


def test_a_passive_of_arrival_after_the_colon_keeps_its_status() -> None:
    text = ("China's sales to Bangladesh rose after 2015. As the navy grew, contracts piled up: two Type-056 "
            "corvettes were shipped in 2022, and the first FM-90 battery in 2023.")
    got = _facts(text)
    assert ("state:CHN", "state:BGD", "wpn:type-056", 2, "delivered") in got
    assert {st for _s, _r, sy, _q, st in got if sy == "wpn:fm-90"} <= {"delivered"}
