"""Arms transfers whose source is written in the sentence rather than guessed from the goods'
origin: a passive with "from X" ("S were delivered to Y from X"), a transfer noun with "from X to
Y", the approver of a sale ("X approved the sale of S to Y"), an order placed "with X"; a deal told
after a role or a share with its goods after a colon ("Then came a second deal in 2015: …"), a
recipient's portion of the deliveries; and goods negated as a passive's subject ("no new S were
ordered").  Own invented sentences; near misses must stay out."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system_of as _keys


def _facts(text: str) -> set[tuple[str, str, str, int | None, str | None, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t.get("quantity"), t.get("date"), t["status"]) for t in transfers(text)}


def test_passive_delivery_with_source() -> None:
    assert _facts("In 2019, 20 armoured vehicles were delivered to Ghana from Turkey.") == {
        ("state:TUR", "state:GHA", "armoured vehicles", 20, "2019", "delivered")}


def test_transfer_noun_from_source_to_recipient() -> None:
    assert _facts("The transfer of 16 helicopters from Russia to Mali was completed in 2022.") == {
        ("state:RUS", "state:MLI", "helicopters", 16, "2022", "delivered")}


def test_approver_of_a_sale_supplies() -> None:
    assert _facts("Germany approved the sale of 18 tanks to Qatar in 2020.") == {
        ("state:DEU", "state:QAT", "tanks", 18, "2020", "planned")}
    got = _facts("Congress cleared a $2 billion sale of 40 F-16 fighters to Greece.")
    assert {(s, r, sy, st) for s, r, sy, _q, _d, st in got} == {("state:USA", "state:GRC", "wpn:f-16", "planned")}


def test_order_placed_with_source() -> None:
    assert _facts("Kenya placed an order for 12 armoured vehicles with Turkey in 2021.") == {
        ("state:TUR", "state:KEN", "armoured vehicles", 12, "2021", "ordered")}


def test_source_near_misses() -> None:
    # a place after "from" is no supplier; a deal with a budget names no partner
    assert not _keys("Twelve tanks were delivered to Ghana from storage depots near the coast.")
    assert not _keys("Kenya placed an order for tanks with its new budget.")


def test_deal_after_a_role_with_goods_after_colon() -> None:
    got = _facts("Russia has long armed Armenia. Then came a second deal in 2015: 35 T-72 tanks and 12 Smerch launchers.")
    assert ("state:RUS", "state:ARM", "wpn:t-72", 35, "2015", "ordered") in got
    assert ("state:RUS", "state:ARM", "wpn:smerch", 12, "2015", "ordered") in got


def test_recipient_portion_of_deliveries() -> None:
    got = _facts("China supplies most of the region's arms. Turkmenistan's portion of the deliveries comprised "
                 "12 HQ-9 systems and six CH-3 drones.")
    assert {("state:CHN", "state:TKM", "wpn:hq-9", 12, None, "delivered"),
            ("state:CHN", "state:TKM", "wpn:ch-3", 6, None, "delivered")} <= got


def test_recipient_share_of_the_deliveries() -> None:
    got = _facts("Russia remains Kyrgyzstan's main supplier. Kyrgyzstan's share of the deliveries included "
                 "30 BTR-80 vehicles in 2016 and four BMP-2 vehicles in 2018.")
    assert {("state:RUS", "state:KGZ", "wpn:btr-80", 30, "2016", "delivered"),
            ("state:RUS", "state:KGZ", "wpn:bmp-2", 4, "2018", "delivered")} <= got


def test_share_and_colon_near_misses() -> None:
    # a supplier's own share names no recipient; a colon after "came a pause" opens no deal
    assert not _keys("Russia's share included 100 T-90S tanks.")
    assert ("state:RUS", "state:LKA", "wpn:su-30") in _keys(
        "Sri Lanka's imports fell. Russia's share consisted of two Su-30 fighters.")  # the supplier's share
    assert not _keys("Russia has long armed Armenia. Then came a pause in 2016: no new T-72 tanks were ordered.")


def test_negated_goods_as_passive_subject() -> None:
    assert not _keys("No new tanks were ordered by Armenia from Russia after 2020.")
    assert _keys("No fewer than 12 Bayraktar TB2 drones were delivered to Azerbaijan.") == {
        ("state:TUR", "state:AZE", "wpn:bayraktar-tb2")}


def test_recipient_told_as_the_country() -> None:
    got = _facts("Turkey has deepened ties with Kenya. Ankara delivered 12 armoured vehicles to the country in 2021.")
    assert got == {("state:TUR", "state:KEN", "armoured vehicles", 12, "2021", "delivered")}
    # the country's force is a possessor, not a recipient phrase of its own; two states before: none is guessed
    assert not _keys("Kenya praised Uganda. Ankara delivered 12 armoured vehicles to the country's navy in 2021.") \
        - {("state:TUR", "state:KEN", "armoured vehicles"), ("state:TUR", "state:UGA", "armoured vehicles")}
