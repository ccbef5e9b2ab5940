"""Three structures of transfer statements:
- a seller's future in the past or a promise ("X said it would sell S to Y", "X pledged to supply Y with S",
  "X has promised to send S") is a plan, not a delivery; near misses: "would not", a promise of support;
- a bare count of the same goods later in the sentence ("bought nine S in 2013 and ordered seven more
  in 2018") adds a batch: the first count stays the deal's; near miss: another buyer's "seven more";
- a ship named with its navy's prefix ("BNS Joyjatra") is that navy's own ship: the prefix's state is
  never its supplier; near miss: a ship that a foreign state handed over keeps its transfer."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _facts(body: str) -> list[dict]:
    text = "Test headline\n\nBy Test Writer\n\nDHAKA, 5 May 2025 — " + body + "\n"
    return [f.args for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts
            if f.type == "arms_transfer"]


def _keys(body: str) -> set[tuple]:
    return {(a["supplier"], a["recipient"], a["system"], a.get("quantity"), a["status"]) for a in _facts(body)}


def test_future_in_the_past_is_planned() -> None:
    assert _keys("Officials said Washington would sell 40 F-16 fighters to Jordan.") == {
        ("state:USA", "state:JOR", "wpn:f-16", 40, "planned")}
    assert _keys("Ministers said Paris would again supply 30 Rafale jets to Egypt.") == {
        ("state:FRA", "state:EGY", "wpn:rafale", 30, "planned")}


def test_pledge_and_promise_are_planned() -> None:
    assert _keys("Germany pledged to supply Latvia with six IRIS-T systems.") == {
        ("state:DEU", "state:LVA", "wpn:iris-t", 6, "planned")}
    assert _keys("Italy has promised to send 20 Centauro vehicles to Brazil.") == {
        ("state:ITA", "state:BRA", "wpn:centauro", 20, "planned")}
    assert _keys("Turkey vowed to provide Somalia with T129 helicopters.") == {
        ("state:TUR", "state:SOM", "wpn:t129", None, "planned")}


def test_near_miss_plain_past_stays_delivered() -> None:
    assert _keys("Germany supplied Latvia with six IRIS-T systems in 2023.") == {
        ("state:DEU", "state:LVA", "wpn:iris-t", 6, "delivered")}


def test_near_miss_refusal_and_pledged_support() -> None:
    assert not any(a["status"] == "planned" for a in _facts("Moscow said it would not sell S-400 systems to Ankara."))
    assert _facts("Paris pledged support to Yerevan and promised to deepen defence ties.") == []


def test_bare_count_more_adds_a_batch() -> None:
    got = _facts("Nepal bought nine K-8W trainers from China in 2016 and ordered seven more in 2021.")
    assert [(a["system"], a["quantity"], a["date"]) for a in got] == [("wpn:k-8w", 9, "2016")]


def test_near_miss_other_buyer_count() -> None:
    got = _facts("Nepal bought nine K-8W trainers from China in 2016; Ghana later ordered seven more.")
    assert ("state:CHN", "state:NPL", "wpn:k-8w", 9) in {
        (a["supplier"], a["recipient"], a["system"], a.get("quantity")) for a in got}


def test_prefixed_ship_name_is_no_supplier() -> None:
    body = ("China remains the main supplier of the navy. Commissioned in 2019 as BNS Nabajatra and "
            "BNS Joyjatra, the two boats came with new torpedoes.")
    assert not any(a["supplier"] == "state:BGD" for a in _facts(body))


def test_near_miss_ship_handed_over_by_another_state() -> None:
    got = _keys("Russia handed over the refitted carrier INS Vikramaditya to India in 2013.")
    assert {(s, r) for s, r, *_ in got} == {("state:RUS", "state:IND")}
