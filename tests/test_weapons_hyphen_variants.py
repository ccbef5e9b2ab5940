"""Weapon gazetteer: a designation written run together ("AS350", "NH90", "TB2") also matches
in its hyphenated or spaced form ("AS-350", "NH 90"), with its origin; short or bare
one-letter codes and engine codes gain no such form (own short sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_extract_transfers import transfers
from test_transfers_gazetteer_variants import _weapons

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from build_weapons import hyphenated  # noqa: E402


@pytest.mark.parametrize(("name", "want"), [
    ("AS350", "AS-350"),
    ("NH90", "NH-90"),
    ("M777", "M-777"),
    ("Bayraktar TB2", "Bayraktar TB-2"),
    ("M1A2 SEPv3", "M-1A2 SEPv3"),
    ("Su-30SM", None),      # already hyphenated
    ("Type 056", None),     # a word and a number: the matcher joins these itself
    ("M12", None),          # one letter and two digits: a road or another maker's code
    ("Arjun", None),
])
def test_hyphenated_form(name: str, want: str | None) -> None:
    assert hyphenated(name) == want


@pytest.mark.parametrize(("text", "key"), [
    ("Armenia bought AS-350 helicopters in 2020.", ("state:FRA", "wpn:as-350-as-550-fennec")),
    ("Kazakhstan ordered NH-90 helicopters.", ("state:FRA", "wpn:nh90")),
    ("Azerbaijan ordered TB-2 drones in 2020.", ("state:TUR", "wpn:bayraktar-tb2")),
    ("Uzbekistan received H-145M helicopters.", ("state:DEU", "wpn:ec145")),
    ("Nigeria bought six ATAK helicopters.", ("state:TUR", "wpn:t129")),
])
def test_hyphenated_designation_gives_system_and_origin(text: str, key: tuple[str, str]) -> None:
    assert key in {(t["supplier"], t["system"]) for t in transfers(text)}


def test_other_name_of_a_curated_system() -> None:
    assert _weapons("China showed the J-31 fighter at the air show.") == ["wpn:j-35"]


@pytest.mark.parametrize("text", [
    "The K 9 unit patrolled the station.",
    "Traffic on the M-12 highway stopped for hours.",
    "The E-14 road was closed.",
])
def test_short_codes_stay_out(text: str) -> None:
    assert _weapons(text) == []


def test_engine_code_gets_no_hyphenated_form() -> None:
    # "F-110" is also a frigate class: the F110 engine keeps its run-together spelling only
    assert hyphenated("F110") == "F-110"
    import csv
    gaz = Path(__file__).resolve().parents[1] / "src" / "silkgraph" / "resources" / "gazetteer"
    with open(gaz / "weapon_aliases.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert not any(r["entity_id"] == "wpn:f110" and r["alias"] == "F-110" for r in rows)
