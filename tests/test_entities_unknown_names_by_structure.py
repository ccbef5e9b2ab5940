"""Names no gazetteer holds, typed by the structure around them (recognise/terrain.py and the
place/organisation/class shapes): coordinated names before a plural place or unit head, "X
sector", "X Hill(s)", "Point NNNN", "the <regional demonym> village of X", an unknown "X
airport", a numbered unit, a maker before a ship class, a modified company noun; with near
misses that must make no such entity."""

from __future__ import annotations

import pytest
from recognised import rec, types

from silkgraph.knowledge import Knowledge


def _names(kb: Knowledge, text: str) -> dict[str, tuple[str, str]]:
    """entity name -> (type, mention text) of every entity found in ``text``."""
    r = rec(kb, text)
    return {r.entities[m.entity_id].name: (r.entities[m.entity_id].type, m.text)
            for m in r.mentions if m.entity_id in r.entities}


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("Troops held ridges in the Velkor, Dunmar and Ostrava Peak sectors in June.", "Dunmar", "place"),
    ("Troops held ridges in the Velkor, Dunmar and Ostrava Peak sectors in June.", "Velkor", "place"),
    ("Grazing land in the Tervali and Moskor valleys is disputed by both sides.", "Moskor", "place"),
    ("Shelling continued in the Ghumrel sector, officials said.", "Ghumrel", "place"),
    ("Infantry recaptured Raven Hill after a night assault.", "Raven Hill", "place"),
    ("The device was tested in the Korvath Hills of the western desert.", "Korvath Hills", "place"),
    ("Soldiers took Point 5217 on Tuesday.", "Point 5217", "place"),
    ("Police surrounded a house in the Dagestani village of Tashkelo on Monday.", "Tashkelo", "place"),
    ("A bomb exploded at the crowded Velmiro airport in March.", "Velmiro airport", "place"),
    ("The Idris Barzan and Kastel Orun battalions were formed by exiles.",
     "Idris Barzan Battalion", "armed_group"),
    ("Among them was the 287th Special Motorized Regiment, named after a general.",
     "287th Special Motorized Regiment", "armed_group"),
    ("Two Chinese-built Morvan-class patrol craft arrived in 2014.", "Morvan", "weapon_system"),
    ("The French naval shipbuilder Brestmoor Yards agreed to supply three boats.",
     "Brestmoor Yards", "company"),
])
def test_unknown_name_typed_by_structure(kb: Knowledge, text: str, name: str, etype: str) -> None:
    found = _names(kb, text)
    assert name in found, (text, found)
    assert found[name][0] == etype, (text, found[name])


def test_coordinated_unit_keeps_the_lower_case_alias(kb: Knowledge) -> None:
    r = rec(kb, "The Idris Barzan and Kastel Orun battalions were formed by exiles.")
    ent = next(e for e in r.entities.values() if e.name == "Kastel Orun Battalion")
    assert "Kastel Orun battalion" in ent.aliases


@pytest.mark.parametrize(("text", "word"), [
    ("Fighting in the sector eased on Monday.", "Fighting"),
    ("Point by point, the report rebutted the claims.", "Point"),
    ("Several villages near the border were evacuated.", "Several"),
    ("The Russian and Chinese sectors of the zone were quiet.", "Russian"),
    ("The Russian and Chinese sectors of the zone were quiet.", "Chinese"),
    ("Airport security was tightened across the region.", "Airport"),
    ("The Chechen and Ingush battalions moved north.", "Chechen Battalion"),
    ("Battalion commanders met at the base.", "Battalion"),
    ("The Hill reported that senators were divided.", "The Hill"),
])
def test_near_misses_make_no_new_name(kb: Knowledge, text: str, word: str) -> None:
    found = _names(kb, text)  # a demonym's state is no new name
    assert not any(e != "state" and word in (n, t) for n, (e, t) in found.items()), (text, found)


def test_known_city_before_airport_stays_the_city(kb: Knowledge) -> None:
    got = types(rec(kb, "The delegation landed at Baku airport on Friday."))
    assert "Baku airport" not in got
    assert got.get("Baku") in ("place", "state")


@pytest.mark.parametrize(("text", "word"), [
    ("Police detained dozens in the Hindu and Muslim districts of the old city.", "Hindu"),
    ("Gunmen raided the Shia and Sunni villages near the town.", "Sunni"),
    ("Officials visited the Old and New districts of the capital.", "Old"),
    ("The army deployed the Commando and Special Forces brigades.", "Commando"),
    ("According to Fiona Hill the risk is rising.", "Fiona Hill"),
    ("Main airport runways were damaged by drones.", "Main airport"),
    ("Officials said that no international flights left; Neither airport was operating.", "Neither airport"),
    ("Under Point 105 of the resolution, both armies must withdraw.", "Point 105"),
    ("Officials attended the Point 2022 conference in the capital.", "Point 2022"),
])
def test_review_near_misses_make_no_new_name(kb: Knowledge, text: str, word: str) -> None:
    assert word not in _names(kb, text)


def test_possessive_and_article_are_no_part_of_a_listed_name(kb: Knowledge) -> None:
    got = _names(kb, "Moscow sent Velkorov's Ardan and Tervish battalions to the front.")
    assert "Ardan Battalion" in got and "Velkorov's Ardan Battalion" not in got
    got = _names(kb, "The Ardan and Tervish battalions took part.")
    assert got.get("Ardan Battalion", ("",))[0] == "armed_group"
