"""Entity families on unseen text: names with initials, tribunals, named agreements, ship
classes that share a name with another weapon, a designation that runs past a maker's
weapon name, capitals as destinations and in day-first datelines, accented place names.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge


def spans(r: Recognised) -> dict[str, str]:
    """mention text -> entity id"""
    return {m.text: m.entity_id for m in r.mentions}


def types(r: Recognised) -> dict[str, str]:
    return {m.text: r.entities[m.entity_id].type for m in r.mentions if m.entity_id in r.entities}


@pytest.mark.parametrize("text,name", [
    ("Major General A.K.M. Nazmul Hasan inspected the base.", "A.K.M. Nazmul Hasan"),
    ("Brigadier R.S. Tomar Singh briefed reporters.", "R.S. Tomar Singh"),
    ("Air Marshal P.K. Rao said the squadron was ready.", "P.K. Rao"),
])
def test_initials_keep_every_name_word(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "person", t


def test_initials_stop_before_a_possessive_state(kb: Knowledge) -> None:
    t = types(rec(kb, "General M.N. Qadir Pakistan’s envoy arrived."))
    assert "M.N. Qadir Pakistan" not in t and t.get("M.N. Qadir") == "person"


@pytest.mark.parametrize("text,name", [
    ("The Special Appellate Tribunal adjourned the case until June.", "Special Appellate Tribunal"),
    ("The Kyrgyz Energy Regulatory Board raised tariffs.", "Kyrgyz Energy Regulatory Board"),
])
def test_tribunals_and_boards_are_organisations(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "organization", t


def test_generic_tribunal_is_no_name(kb: Knowledge) -> None:
    t = types(rec(kb, "The tribunal said the evidence was weak. The Tribunal met again."))
    assert "organization" not in t.values()


@pytest.mark.parametrize("text,name", [
    ("Both sides invoked the Kosi River Treaty of 1954.", "Kosi River Treaty"),
    ("Officials recalled the 1999 Karakoram Accord during the talks.", "Karakoram Accord"),
    ("The Ferghana Declaration was signed by three presidents.", "Ferghana Declaration"),
    ("Neither side has ratified the Treaty of Gulistan since.", "Treaty of Gulistan"),
])
def test_named_agreements_are_programmes(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "program", t


def test_agreement_named_after_a_city_is_no_mention_of_the_city(kb: Knowledge) -> None:
    r = rec(kb, "The Samarkand Declaration set out a common agenda.")
    s = spans(r)
    assert types(r).get("Samarkand Declaration") == "program"
    assert "Samarkand" not in s


@pytest.mark.parametrize("text", [
    "The Defence Cooperation Agreement was extended.",
    "They discussed the Free Trade Agreement.",
    "The Russian Declaration was rejected.",
])
def test_generic_agreements_are_left_alone(kb: Knowledge, text: str) -> None:
    assert "program" not in types(rec(kb, text)).values()


def test_ship_class_named_like_an_anti_aircraft_gun_is_a_class(kb: Knowledge) -> None:
    r = rec(kb, "Hanoi operates four Gepard-class frigates.")
    eid = spans(r).get("Gepard-class frigates")
    assert eid is not None and eid != "wpn:gepard"
    assert r.entities[eid].attrs.get("category") == "ship"


def test_gun_before_its_noun_is_still_the_gun(kb: Knowledge) -> None:
    assert spans(rec(kb, "Berlin sent more Gepard anti-aircraft guns.")).get("Gepard") == "wpn:gepard"


def test_designation_running_past_a_makers_weapon_name_wins(kb: Knowledge) -> None:
    s = spans(rec(kb, "The army ordered the Thales Ground Master 200 for its brigades."))
    assert s.get("Thales") == "company:thales"
    assert any(v == "wpn:ground-master-200" for v in s.values()), s


def test_capital_as_destination_of_a_visit(kb: Knowledge) -> None:
    s = spans(rec(kb, "The new president picked Kathmandu for his first official visit."))
    assert s.get("Kathmandu") == "place:kathmandu"


def test_day_first_dateline_city_is_a_place(kb: Knowledge) -> None:
    s = spans(rec(kb, "THIMPHU, 3 May 2025 — Bhutan said it would expand the airport."))
    assert s.get("THIMPHU") == "place:thimphu"


def test_accented_capital_matches_only_with_its_accent(kb: Knowledge) -> None:
    assert spans(rec(kb, "The minister flew to Malé on Sunday.")).get("Malé") == "place:male"
    assert "Male" not in spans(rec(kb, "Male recruits outnumber female ones."))


def test_delhi_and_new_delhi_are_two_places(kb: Knowledge) -> None:
    s = spans(rec(kb, "Smog closed schools across Delhi, officials in New Delhi said."))
    assert s.get("Delhi") == "place:delhi"


def test_unknown_name_coordinated_with_a_known_place(kb: Knowledge) -> None:
    r = rec(kb, "The company builds solar parks in Jaffna and Kilinochchiya after the rains.")
    assert types(r).get("Kilinochchiya") == "place"


def test_coordinated_person_is_no_place(kb: Knowledge) -> None:
    r = rec(kb, "The talks in Jaffna and Perera said nothing new.")
    assert "Perera" not in types(r)


def test_numbered_craft_is_no_person(kb: Knowledge) -> None:
    assert "person" not in types(rec(kb, "The research vessel Xiang Yang 3 anchored off the coast.")).values()


def test_regional_leaders_and_shipyards_are_known(kb: Knowledge) -> None:
    for name, etype in [("Ukhnaagiin Khurelsukh", "person"), ("K.P. Sharma Oli", "person"),
                        ("Mohamed Muizzu", "person"), ("Damen", "company"),
                        ("Sri Lanka Navy", "organization"), ("Mahakali Treaty", "program")]:
        assert any(e.type == etype for e in kb.lookup(name)), name
