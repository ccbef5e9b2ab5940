"""Goods told by a generic or a category noun ("drones", "arms") as a deal made (ordered, delivered,
in service) do not merge into a named transfer of the same parties that is only a plan or talks:
"Y received drones from X. … X will also ship S to Y" tells a delivery done and a plan, two
transfers. A plan told generically ("X plans to sell drones") still belongs to the deal the article
names, as the development golds record it (own sentences)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers


def _got(text: str) -> set[tuple[str, str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in transfers(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan received drones from Israel and the United States. Israel will also ship Harop munitions "
     "to Azerbaijan.",
     {("state:ISR", "state:AZE", "drones", "delivered"), ("state:USA", "state:AZE", "drones", "delivered"),
      ("state:ISR", "state:AZE", "wpn:harop", "planned")}),
    ("Azerbaijan bought drones from Israel in 2016. Israel will also ship Harop munitions to Azerbaijan.",
     {("state:ISR", "state:AZE", "drones", "delivered"), ("state:ISR", "state:AZE", "wpn:harop", "planned")}),
])
def test_a_generic_deal_made_stays_apart_from_a_named_plan(text: str, expected: set) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Israel plans to sell drones to Azerbaijan. Azerbaijan received Harop munitions from Israel in 2020.",
    "Israel delivered Harop drones to Azerbaijan in 2020. Israel will also ship drones to Azerbaijan.",
    "Azerbaijan ordered drones from Israel in 2019. Israel delivered Harop munitions to Azerbaijan in 2020.",
    "Israel has long supplied arms to Azerbaijan. In 2020 Azerbaijan received Harop munitions from Israel.",
])
def test_a_generic_plan_or_deal_made_merges_into_the_named_deal_made(text: str) -> None:
    assert _got(text) == {("state:ISR", "state:AZE", "wpn:harop", "delivered")}
