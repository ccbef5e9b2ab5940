"""Precision of the generated towns (``tools/build_towns.py``) and of the armed leaders'
countries, twenty-second session fix round: an English word, a given name or a surname that
GeoNames also records as a town or as a spelling of one is no place, an alternate spelling of a
capital is no state, a world city outside the region is no place, and a separatist leader does
not stand for the state he fought. Every sentence here is invented."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from event_facts import event_facts
from recognised import rec

from silkgraph.knowledge import Knowledge

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "silkgraph" / "resources" / "gazetteer"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dual-use goods kept flowing through the free zone.", "Dual"),
        ("Pest control teams sprayed the cotton fields near the border.", "Pest"),
        ("Sophia Rahman wrote the report on water sharing.", "Sophia"),
        ("Taras Kuzio argued that the war would change the region.", "Taras"),
        ("Pilgrims bathed in the Ganga before the elections.", "Ganga"),
        ("The temples of Kashi drew record crowds this spring.", "Kashi"),
        ("Bethlehem Steel once supplied the shipyards.", "Bethlehem"),
        ("The kingdom of Judah is a theme of the exhibition.", "Judah"),
        ("Tourists returning from Cancun reported delays.", "Cancun"),
        ("Vikram Khanna chaired the panel on defence exports.", "Khanna"),
        ("Yuri Gagarin flew from the Baikonur cosmodrome in 1961.", "Gagarin"),
        ("Morena Baccarin was not at the festival.", "Morena"),
        ("Sagar Dhara wrote about the dam for the newspaper.", "Sagar"),
        ("Salvador Dali's paintings toured the capital.", "Salvador"),
        ("Kobe Bryant's jersey sold at the auction.", "Kobe"),
        ("The Phoenix project was shelved after the audit.", "Phoenix"),
        ("Queens of the Mughal court patronised the poets.", "Queens"),
        ("Vine disease struck the vineyards of Kakheti last year.", "Vine"),
        ("Lime was spread on the fields before the sowing.", "Lime"),
        ("Roma families were resettled outside the city.", "Roma"),
        ("Angora goats are raised in the hills.", "Angora"),
        ("Columbo was the favourite series of the minister.", "Columbo"),
        ("Kash Patel met the delegation in Washington.", "Kash"),
    ],
)
def test_words_and_names_are_no_place_or_state(kb: Knowledge, text: str, word: str) -> None:
    r = rec(kb, text)
    for m in r.mentions:
        if word in m.text:
            assert r.entities[m.entity_id].type not in ("place", "state"), (m.text, m.entity_id)


@pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None, reason="wordfreq is build-time only")
def test_alternate_spellings_are_no_common_words_and_join_no_capital() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import build_towns
    from gazetteer_csv import read_csv
    from wordfreq import zipf_frequency

    capitals = {r["id"] for r in read_csv(GAZ / "places.csv") if r["capital_of"] or r["seat_of"]}
    provinces = {r["id"] for r in read_csv(GAZ / "places_subdivisions.csv")}
    for row in read_csv(GAZ / "town_aliases.csv"):
        assert row["entity_id"] not in capitals | provinces, row
        alias = row["alias"]
        assert len(re.findall(r"[^\W\d_]+", alias)) > 1 or zipf_frequency(build_towns._ascii(alias), "en") < build_towns.ALT_ZIPF, row
        assert not alias.lower().endswith(" osh") and not alias.startswith("Kota "), row


def test_towns_are_of_the_region() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from gazetteer_csv import read_csv

    region = {"KAZ", "KGZ", "TJK", "UZB", "TKM", "AFG", "PAK", "AZE", "GEO", "ARM", "MNG", "IRN", "NPL",
              "BTN", "BGD", "LKA", "IND", "CHN", "RUS"}
    assert {r["country"] for r in read_csv(GAZ / "places_towns.csv")} <= region


def test_transliterations_of_a_town_still_join_it(kb: Knowledge) -> None:
    assert {m.text: m.entity_id for m in rec(kb, "Traders from Gandzha reached Hengyang.").mentions} == {
        "Gandzha": "place:ganja", "Hengyang": "place:hengyang"}


@pytest.mark.parametrize("pid", ["person:dzhokhar-dudayev", "person:aslan-maskhadov",
                                 "person:velupillai-prabhakaran", "person:hafiz-saeed-khan",
                                 "person:shamil-basayev", "person:eduard-kokoity", "person:juma-namangani"])
def test_separatist_and_militant_leaders_stand_for_no_state(kb: Knowledge, pid: str) -> None:
    assert not kb.get(pid).country


def test_a_separatist_leaders_denial_is_no_states() -> None:
    facts = event_facts("Maskhadov denied any involvement in the bombing on 2 July. "
                        "Prabhakaran rejected the offer of talks on 3 July.")
    assert not any(p in str(f.args) for f in facts for p in ("state:RUS", "state:LKA"))
