"""The region's subdivisions (built from ISO 3166-2 by tools/build_places.py) and curated
places (passes, dams, border posts, small towns): recognised with their country, names that
are also common words or personal names only with their division word.

Every sentence here is invented.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge

REPO = Path(__file__).resolve().parents[1]


def places(r: Recognised) -> dict[str, str | None]:
    """mention text -> country of the place it names"""
    return {m.text: r.entities[m.entity_id].country for m in r.mentions
            if m.entity_id in r.entities and r.entities[m.entity_id].type == "place"}


def test_builder_is_reproducible() -> None:
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("build_places", REPO / "tools" / "build_places.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    places_text, aliases_text = mod.render()
    gaz = REPO / "src" / "silkgraph" / "resources" / "gazetteer"
    assert (gaz / "places_subdivisions.csv").read_text(encoding="utf-8") == places_text, \
        "places_subdivisions.csv is stale: run python tools/build_places.py"
    assert (gaz / "subdivision_aliases.csv").read_text(encoding="utf-8") == aliases_text, \
        "subdivision_aliases.csv is stale: run python tools/build_places.py"


@pytest.mark.parametrize("text,name,country", [
    ("Floods hit Kakheti and Imereti last spring.", "Kakheti", "GEO"),
    ("Refugees crossed into Syunik in the night.", "Syunik", "ARM"),
    ("The governor of Paktika resigned.", "Paktika", "AFG"),
    ("Drought hurt farmers across Khuzestan.", "Khuzestan", "IRN"),
    ("Dagestan and Chechnya sent volunteers.", "Dagestan", "RUS"),
    ("Herders in Khovd Province lost their flocks.", "Khovd Province", "MNG"),
    ("Police patrolled the Goranboy district.", "Goranboy district", "AZE"),
    ("The road to Samtse was closed.", "Samtse", "BTN"),
])
def test_subdivisions_have_their_state(kb: Knowledge, text: str, name: str, country: str) -> None:
    got = places(rec(kb, text))
    assert got.get(name) == country, got


@pytest.mark.parametrize("text,name,country", [
    ("Traders waited at Nathu La for the pass to open.", "Nathu La", "IND"),
    ("Water releases from the Tarbela Dam were cut.", "Tarbela Dam", "PAK"),
    ("Lorries queued at Sadakhlo for two days.", "Sadakhlo", "GEO"),
    ("The Hamoun wetlands dried up again.", "Hamoun wetlands", "IRN"),
    ("Fishermen on Lake Sevan protested.", "Lake Sevan", "ARM"),
])
def test_curated_border_posts_dams_and_lakes(kb: Knowledge, text: str, name: str, country: str) -> None:
    got = places(rec(kb, text))
    assert got.get(name) == country, got


def test_common_word_names_need_their_division_word(kb: Knowledge) -> None:
    got = places(rec(kb, "Mary Jones studied the Balkan wars in the Balkan Region and Töv Province."))
    assert got.get("Balkan Region") == "TKM" and got.get("Töv Province") == "MNG", got
    assert "Balkan" not in got and "Mary" not in got, got


def test_taiwan_stays_a_state(kb: Knowledge) -> None:
    r = rec(kb, "Taiwan protested.")
    assert [m.entity_id for m in r.mentions] == ["state:TWN"]
