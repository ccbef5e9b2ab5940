"""Session 3: names the gazetteer lacks on unseen text -- people by a given name or a person's
slot, organisations by head words, designations in a weapon's slot, places in a place slot.

Every sentence here is invented; the names in them are not in the gazetteer unless the test
says so.
"""

from __future__ import annotations

import csv
import io

from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.resources import load_yaml, read_text


def names(r: Recognised, etype: str) -> set[str]:
    used = {m.entity_id for m in r.mentions}
    return {e.name for eid, e in r.entities.items() if eid in used and e.type == etype}


# -- data ------------------------------------------------------------------------------------

def test_given_names_load_with_unique_rows() -> None:
    rows = list(csv.DictReader(io.StringIO(read_text("gazetteer/_given_names.csv"))))
    assert len(rows) > 900
    keys = [fold(r["name"]).lower() for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["name"][:1].isupper() and r["origin"] for r in rows)


def test_name_cues_lists() -> None:
    data = load_yaml("gazetteer/name_cues.yaml")
    for key in ("extra_titles", "person_verbs", "not_name_words", "ship_prefixes",
                "extra_weapon_nouns", "head_first_org", "extra_company_nouns"):
        assert data[key], key
    assert set(data["ship_prefix_states"]) <= set(data["ship_prefixes"])


# -- people ----------------------------------------------------------------------------------

def test_person_by_given_name_in_a_possessive(kb: Knowledge) -> None:
    r = rec(kb, "Dilmurod Qosimov's answer was to stay neutral. Later Qosimov changed course.")
    assert "Dilmurod Qosimov" in names(r, "person")
    surnames = [m for m in r.mentions if m.text == "Qosimov"]
    assert surnames and surnames[0].entity_id == "person:dilmurod-qosimov"


def test_given_name_beats_a_known_surname(kb: Knowledge) -> None:
    r = rec(kb, "Rustam Aliyev, a retired admiral, said the fleet was too small.")
    assert "Rustam Aliyev" in names(r, "person")
    assert "Ilham Aliyev" not in names(r, "person")


def test_person_in_an_appositive_with_a_state_possessive(kb: Knowledge) -> None:
    r = rec(kb, "Talgat Zhumabayev, Kazakhstan's deputy energy minister, visited Aktau.")
    assert "Talgat Zhumabayev" in names(r, "person")


def test_person_by_slot_without_a_known_given_name(kb: Knowledge) -> None:
    r = rec(kb, "Ergash Tursunkulov said the border would stay closed. "
                "Officials met foreign adviser Mahfuz Rezaul in Dhaka.")
    assert {"Ergash Tursunkulov", "Mahfuz Rezaul"} <= names(r, "person")


def test_chinese_family_name_first(kb: Knowledge) -> None:
    r = rec(kb, "Beijing sent Zhao Lijun to the talks in Astana.")
    assert "Zhao Lijun" in names(r, "person")


def test_no_person_from_institutions_or_named_places(kb: Knowledge) -> None:
    r = rec(kb, "Transparency International said the report was late. Flights to Hamid Zakir "
                "International Airport resumed. The Yusuf Tahir Shipping Group said nothing. "
                "During Putin's visit the Sons Enterprise and Rockside Holding signed deals. "
                "The Shahid Karimi, a new corvette, sailed.")
    people = names(r, "person")
    assert not people & {"Transparency International", "Hamid Zakir", "Yusuf Tahir",
                         "During Putin", "Shahid Karimi", "Sons Enterprise"}


# -- organisations ---------------------------------------------------------------------------

def test_org_heads_and_head_first_names(kb: Knowledge) -> None:
    r = rec(kb, "Russia's Caspian Flotilla and the Zelenodolsk Shipyard took part. "
                "On 3 May India's Bureau of Coastal Pilotage Safety revoked the licence.")
    assert {"Caspian Flotilla", "Bureau of Coastal Pilotage Safety"} <= names(r, "organization")
    assert "Zelenodolsk Shipyard" in names(r, "company")


def test_companies_by_their_slot(kb: Knowledge) -> None:
    r = rec(kb, "The Turkish yard Korfez built the hulls. The engine is made by TRMX, an "
                "American-British joint venture. Nurlan Dosov's company, Dalaspex, handled the deal. "
                "Washington sanctioned three companies in Lahore, Alpha Global, Ravi and Sons and "
                "Indus Enterprise, for supplying parts.")
    companies = names(r, "company")
    assert {"Korfez", "TRMX", "Dalaspex", "Alpha Global", "Ravi and Sons", "Indus Enterprise"} <= companies


def test_state_named_inside_an_organisation_name(kb: Knowledge) -> None:
    r = rec(kb, "The U.S. State Department called for calm.")
    assert any(m.entity_id == "state:USA" for m in r.mentions)


# -- weapons ---------------------------------------------------------------------------------

def test_codes_in_a_weapon_slot(kb: Knowledge) -> None:
    assert not kb.lookup("QX-77M") and not kb.lookup("Tz-402")
    r = rec(kb, "Crews flew QX-77M bombers over the sea. Ankara handed over 20 retired Tz-402 to "
                "the navy. The COVID-19 vaccines arrived.")
    weapons = names(r, "weapon_system")
    assert {"QX-77M", "Tz-402"} <= weapons
    assert "COVID-19" not in weapons


def test_project_class_and_ship_names(kb: Knowledge) -> None:
    r = rec(kb, "Two Project-14310 missile boats, a Karakum-class frigate and PNS Zulqarnain "
                "were delivered. Its flagship, the Altyn Asyr, a corvette of local design, sailed.")
    weapons = names(r, "weapon_system")
    assert {"Project-14310", "Karakum", "PNS Zulqarnain", "Altyn Asyr"} <= weapons


def test_unknown_name_before_a_weapon_noun_and_families(kb: Knowledge) -> None:
    r = rec(kb, "The navy bought ten Marjan patrol boats and Volna-M corvettes. "
                "Iran supplied Shahed drones.")
    weapons = names(r, "weapon_system")
    assert {"Marjan", "Volna-M", "Shahed"} <= weapons


def test_counted_lookup_only_designation(kb: Knowledge) -> None:
    r = rec(kb, "The army received 40 Cobra and 12 Kirpi armoured vehicles in 2016.")
    assert {"Cobra", "Kirpi"} <= names(r, "weapon_system")


def test_build_derived_aliases(kb: Knowledge) -> None:
    assert any(e.type == "weapon_system" for e in kb.lookup("Pechora-2M"))  # "S-125 Pechora-2M"
    assert any(e.type == "weapon_system" for e in kb.lookup("Project-10750"))  # "Project-10750/Lida"
    assert any(e.type == "weapon_system" for e in kb.lookup("T-37"))  # "T-37B"


# -- places ----------------------------------------------------------------------------------

def test_lookup_only_place_in_a_place_slot(kb: Knowledge) -> None:
    r = rec(kb, "A ceremony was held near Mary on 13 December. Mary's brother did not attend.")
    places = [m for m in r.mentions if m.text == "Mary"]
    assert len(places) == 1 and places[0].entity_id == "place:mary"


def test_contained_place_after_a_comma(kb: Knowledge) -> None:
    r = rec(kb, "Drones hit two ships at Zelyonodolsk, in Dagestan, last week.")
    assert "Zelyonodolsk" in names(r, "place")
