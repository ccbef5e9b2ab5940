"""Arms transfers: ambiguous weapon designations read by their context (a category noun, a state
of the reading's origin in the sentence, else the curated system) and curated designations
recognised in transfers (invented sentences)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

from silkgraph.extract.recognise.readings import best_reading, noun_category
from silkgraph.model import Entity


def _ent(eid: str, country: str, cat: str, source: str = "SIPRI Arms Transfers Database") -> Entity:
    return Entity(eid, "weapon_system", eid, country=country, attrs={"category": cat, "source": source})


def test_category_noun_chooses_the_reading() -> None:
    tank, heli = _ent("wpn:a", "BLR", "armoured vehicle"), _ent("wpn:b", "FRA", "aircraft")
    assert best_reading([tank, heli], noun_category("transport helicopters"), set(), set()) is heli
    assert best_reading([tank, heli], noun_category("tank destroyers"), set(), set()) is tank


def test_origin_state_in_the_sentence_then_curated_reading() -> None:
    old, new = _ent("wpn:old", "SWE", "aircraft"), _ent("wpn:new", "CHN", "aircraft", "curated")
    assert best_reading([old, new], "aircraft", {"CHN"}, set()) is new
    assert best_reading([old, new], "aircraft", {"SWE"}, set()) is old
    assert best_reading([old, new], None, set(), set()) is new  # no context: the curated system


@pytest.mark.parametrize("text, system", [
    ("Qatar cancelled an order for 12 Caracal helicopters last year.", "wpn:h725-caracal"),
    ("Morocco bought three HQ-22 batteries, exported as the FK-3, from China.", "wpn:hq-22"),
    ("Chile ordered Spike anti-tank missiles from Israel in 2019.", "wpn:spike-atgm"),
])
def test_curated_designations_are_recognised(text: str, system: str) -> None:
    assert system in {t["system"] for t in transfers(text)}
