"""Arms transfers: ship classes and aircraft models written as the texts write them ("Type
054A/P frigates", "a Hamilton-class cutter", "a King Air 360ER aircraft") are recognised goods,
while the bare surname stays a name (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)}


def test_export_frigate_variant() -> None:
    assert _keys("Pakistan is rearming. Four Type 054A/P frigates were delivered by China in 2022.") == {
        ("state:CHN", "state:PAK", "wpn:type-054a")}


def test_cutter_class_and_patrol_aircraft() -> None:
    assert ("state:USA", "state:LKA", "wpn:hamilton") in _keys(
        "Sri Lanka is rearming. The United States gave Sri Lanka a Hamilton-class cutter as aid in 2018.")
    assert ("state:USA", "state:LKA", "wpn:king-air-360") in _keys(
        "Sri Lanka is rearming. In 2024 the United States handed a King Air 360ER aircraft to Sri Lanka.")


def test_surname_is_no_ship() -> None:
    assert _keys("Sri Lanka is rearming. Hamilton wrote that the United States sold Sri Lanka nothing.") == set()
