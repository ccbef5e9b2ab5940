"""Gazetteer breadth: armed groups, parties, services, peace-process bodies and places of Central
Asia, the Caucasus and South Asia since 1991 are recognised by name, acronym and common spelling,
with their type and country (invented sentences; the rows live in resources/gazetteer/)."""

from __future__ import annotations

import pytest
from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two HuM commanders were sighted in the hills above Muzaffarabad.", {"HuM": "armed:hum"}),
        (
            "The Tamil Tigers once held Kilinochchi as their administrative capital.",
            {"Tamil Tigers": "armed:ltte", "Kilinochchi": "place:kilinochchi"},
        ),
        (
            "Police blamed Jamaat-ul-Mujahideen Bangladesh for the blasts in Rajshahi.",
            {"Jamaat-ul-Mujahideen Bangladesh": "armed:jmb"},
        ),
        ("NSCN-K cadres retreated across the border into Sagaing.", {"NSCN-K": "armed:nscn-k"}),
        ("The JKLF called for a boycott of the polls in Srinagar.", {"JKLF": "armed:jklf"}),
        (
            "Hezb-e-Wahdat fighters dominated the western districts of Kabul in 1994.",
            {"Hezb-e-Wahdat": "armed:hezb-e-wahdat"},
        ),
        ("Negotiators of the UTO met government envoys in Tehran.", {"UTO": "armed:uto"}),
        (
            "Ichkeria's envoys sought recognition abroad in 1997.",
            {"Ichkeria": "armed:chri-ichkeria"},
        ),
        (
            "The NDFB signed a ceasefire covering Kokrajhar and Chirang.",
            {"NDFB": "armed:ndfb", "Chirang": "place:chirang"},
        ),
    ],
)
def test_armed_groups_by_name_and_acronym(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    found = spans(rec(kb, text))
    for mention, eid in expected.items():
        assert found.get(mention) == eid, (mention, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Trinamool Congress and the DMK opposed the bill.",
            {"Trinamool Congress": "organization", "DMK": "organization"},
        ),
        (
            "ARF Dashnaktsutyun deputies walked out of the session.",
            {"Dashnaktsutyun": "organization"},
        ),
        (
            "The Sri Lanka Freedom Party joined the UNP in a unity government.",
            {"Sri Lanka Freedom Party": "organization", "UNP": "organization"},
        ),
        (
            "UNOMIG patrols along the Enguri River were suspended.",
            {"UNOMIG": "organization", "Enguri River": "place"},
        ),
        (
            "Analysts at the Afghanistan Analysts Network doubted the figures.",
            {"Afghanistan Analysts Network": "organization"},
        ),
        (
            "The Khost Protection Force operated from Camp Chapman.",
            {"Khost Protection Force": "organization", "Camp Chapman": "place"},
        ),
    ],
)
def test_organisations_and_places_by_type(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    found = types(rec(kb, text))
    for mention, typ in expected.items():
        assert found.get(mention) == typ, (mention, found)


def test_subdivisions_carry_their_country(kb: Knowledge) -> None:
    for name, iso3 in [
        ("Sylhet Division", "BGD"),
        ("Uva Province", "LKA"),
        ("Mullaitivu", "LKA"),
        ("Gampaha District", "LKA"),
        ("Sunamganj", "BGD"),
        ("Gudermes", "RUS"),
        ("Rolpa", "NPL"),
        ("Askeran", "AZE"),
    ]:
        ents = kb.lookup(name)
        assert ents and ents[0].type == "place" and ents[0].country == iso3, (name, ents)


def test_shared_maoist_name_is_marked_ambiguous(kb: Knowledge) -> None:
    """'Maoists' names India's and Nepal's insurgents alike: both carry it, flagged ambiguous."""
    recs = [r for r in kb.records if r.alias == "Maoists"]
    assert {r.entity_id for r in recs} == {"armed:naxalites", "armed:cpn-maoist"}
    assert all("ambiguous" in r.flags for r in recs)
