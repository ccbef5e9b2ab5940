"""A deal, package or order noun with a short predicate, then its goods after a colon ("Another
contract was inked in 2014: six S"), whose list keeps its own "from X to Y"; a possessor's share of
goods ("Y's share of the shipments comprised S": Y receives) or of an aid effort ("X's portion of the
assistance included S": X gives); goods a relative clause says never arrived; "considering the
transfer of S" is interest.  Own invented sentences; near misses must stay out."""

from __future__ import annotations

from test_extract_transfers import transfers


def _facts(text: str) -> set[tuple[str, str, str, int | None, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t.get("quantity"), t["status"]) for t in transfers(text)}


def test_deal_noun_any_predicate_colon_goods() -> None:
    got = _facts("Russia has long armed Kyrgyzstan. Another contract was inked in 2014: 8 Mi-17 helicopters.")
    assert ("state:RUS", "state:KGZ", "wpn:mi-17", 8, "ordered") in got
    got = _facts("Russia has long armed Kyrgyzstan. A further order went through in 2016: 6 Mi-17 helicopters.")
    assert ("state:RUS", "state:KGZ", "wpn:mi-17", 6, "ordered") in got


def test_colon_list_keeps_its_own_parties() -> None:
    got = _facts("Kyrgyzstan ordered Bayraktar TB2 drones from Turkey in 2021. The deal covers: 24 Rafale jets from "
                 "France to Egypt.")
    assert ("state:FRA", "state:EGY", "wpn:rafale", 24, "ordered") in got
    assert not any(sy == "wpn:rafale" and r != "state:EGY" for _s, r, sy, _q, _st in got)


def test_colon_near_misses() -> None:
    # a delivery told in the predicate keeps the delivery verb's status
    got = _facts("Russia has long armed Kyrgyzstan. The package, ordered in 2014 and delivered in 2016: 8 Mi-17 helicopters.")
    assert {st for *_x, st in got if _x[2] == "wpn:mi-17"} <= {"delivered"}
    # a colon after a deal noun opening a quotation or a clause, no goods
    assert _facts("Officials described the deal: it would be signed in May.") == set()


def test_share_of_aid_is_the_givers() -> None:
    got = _facts("Allies pledged armour to Ukraine. Poland's portion of the assistance included 30 T-72 tanks.")
    assert ("state:POL", "state:UKR", "wpn:t-72", 30, "delivered") in got


def test_share_of_goods_is_the_possessors() -> None:
    got = _facts("Russia shipped arms to Kyrgyzstan and Tajikistan. Tajikistan's share of the Russian shipments "
                 "comprised 12 T-72 tanks.")
    assert ("state:RUS", "state:TJK", "wpn:t-72", 12, "delivered") in got


def test_goods_never_received() -> None:
    got = _facts("Allies pledged armour to Ukraine. Poland's portion of the assistance included 30 T-72 tanks, which "
                 "Ukraine never received.")
    assert not any(sy == "wpn:t-72" for _s, _r, sy, _q, _st in got)
    # near miss: received later
    got = _facts("Allies pledged armour to Ukraine. Poland's portion of the assistance included 30 T-72 tanks, which "
                 "Ukraine did not receive until 2024.")
    assert any(sy == "wpn:t-72" for _s, _r, sy, _q, _st in got)


def test_considering_a_transfer_noun_is_interest() -> None:
    assert _facts("Bolivia is considering the transfer of Mi-17 helicopters from Russia.") == {
        ("state:RUS", "state:BOL", "wpn:mi-17", None, "interest")}
    # near miss: a completed transfer noun
    assert _facts("Bolivia completed the transfer of Mi-17 helicopters from Russia in 2019.") == {
        ("state:RUS", "state:BOL", "wpn:mi-17", None, "delivered")}
