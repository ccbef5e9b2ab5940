"""Arms transfers: a maker "is building" goods for a named buyer: an order under way from the
subject to the state after "for" (own short sentences; near misses name no buyer)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in transfers(text)}


def test_is_building_for_a_named_state() -> None:
    got = _keys("Cyprus is rearming. Israel is also building two Barak-8 systems for Greece, ordered in 2022.")
    assert ("state:ISR", "state:GRC", "wpn:barak-8", "ordered") in got


def test_building_a_plant_is_no_transfer() -> None:
    assert not _keys("Egypt is rearming. France is building a new plant for Dassault near Paris.")


def test_building_for_export_names_no_buyer() -> None:
    got = _keys("Turkey is building two MilGem corvettes for export.")
    assert not any(r == "state:TUR" for _s, r, _w, _st in got)
