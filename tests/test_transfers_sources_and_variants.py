"""Arms transfers: a second source written with its article ("from X and the Netherlands"), a
firm named after its owner state ("from Germany's Rheinmetall") and a seller's "will export".
Own short sentences."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str]]:
    return {(t["supplier"], t["recipient"]) for t in transfers(text)}


def test_second_source_with_article() -> None:
    got = _keys("Moldova received Stinger missiles from Romania and the Netherlands.")
    assert got == {("state:ROU", "state:MDA"), ("state:NLD", "state:MDA")}


def test_second_recipient_with_article_still_after_to() -> None:
    got = _keys("Germany delivered Leopard tanks to Poland and the Czech Republic.")
    assert got == {("state:DEU", "state:POL"), ("state:DEU", "state:CZE")}


def test_firm_after_its_possessive_state_is_the_source() -> None:
    assert _keys("Qatar ordered armoured vehicles from Turkey's Otokar.") == {("state:TUR", "state:QAT")}
    assert _keys("Oman bought patrol boats from France's Naval Group.") == {("state:FRA", "state:OMN")}


def test_possessive_state_before_a_non_firm_is_no_source() -> None:
    # "from Y's neighbour" names no source
    got = _keys("Armenia bought Pinaka launchers from Russia's neighbour, according to one report.")
    assert ("state:RUS", "state:ARM") not in got


@pytest.mark.parametrize("text", [
    "South Korea will export K9 howitzers to Estonia.",
    "South Korea will also export K9 howitzers to Estonia.",
])
def test_will_export_is_a_planned_sale(text: str) -> None:
    got = [(t["supplier"], t["recipient"], t["status"]) for t in transfers(text)]
    assert ("state:KOR", "state:EST", "planned") in got


def test_will_export_without_goods_gives_nothing() -> None:
    assert transfers("South Korea will export more cars to Estonia next year.") == []
