"""A capital's two readings (recognise/capitals.py, recognise/__init__.py): people "in" a capital are
its government acting and the capital is also the city they sit in; a lower-case facility noun after
a capital makes it the city ("its Kabul embassy"; a meeting or document noun does not: "the Astana
summit" keeps the state, which hosts it); a region
named as a field of expertise ("a Central Asia analyst") is no mention of the place. Near misses: a
capital acting stays its state only."""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.knowledge import Knowledge


def _ids(kb: Knowledge, text: str) -> set[str]:
    return {m.entity_id for m in rec(kb, text).mentions}


@pytest.mark.parametrize("text, city, state", [
    ("Officials in Bishkek did not answer calls on Tuesday.", "place:bishkek", "state:KGZ"),
    ("The authorities in Ashgabat have said little about the project.", "place:ashgabat", "state:TKM"),
    ("Militants targeted party leaders in Islamabad and New Delhi last year.", "place:new-delhi", "state:IND"),
    ("The government in Kabul denied the report.", "place:kabul", "state:AFG"),
])
def test_seat_people_give_both_readings(kb: Knowledge, text: str, city: str, state: str) -> None:
    ids = _ids(kb, text)
    assert city in ids and state in ids, (text, ids)


@pytest.mark.parametrize("text, city", [
    ("Police sealed off the Baku office of the agency.", "place:baku"),
    ("Uzbekistan kept its Astana embassy open throughout the dispute.", "place:astana"),
    ("Tbilisi residents queued for fuel overnight.", "place:tbilisi"),
])
def test_noun_after_capital_makes_the_city(kb: Knowledge, text: str, city: str) -> None:
    assert city in _ids(kb, text), text


@pytest.mark.parametrize("text, city, state", [
    ("Tashkent rejected the claim and recalled its envoy.", "place:tashkent", "state:UZB"),
    ("Dushanbe has ordered new drones from Ankara.", "place:dushanbe", "state:TJK"),
    ("Washington pressed Astana to reopen the crossing.", "place:astana", "state:KAZ"),
    ("The Baku government announced a review of the tariff.", "place:baku", "state:AZE"),
    ("Beijing's position on the corridor has hardened.", "place:beijing", "state:CHN"),
    ("Officials said Islamabad would respond, and Kabul answered within hours.", "place:kabul", "state:AFG"),
])
def test_capital_acting_stays_the_state(kb: Knowledge, text: str, city: str, state: str) -> None:
    ids = _ids(kb, text)
    assert state in ids and city not in ids, (text, ids)


def test_minsk_process_is_no_city(kb: Knowledge) -> None:
    assert "place:minsk" not in _ids(kb, "The ministers asked the OSCE to close the Minsk process.")


@pytest.mark.parametrize("text, region", [
    ('"It is a warning," said Jan Novak, a Central Asia analyst at a university in Vienna.', "place:central-asia"),
    ("A Caucasus expert at the institute called the deal fragile.", "place:caucasus"),
])
def test_region_as_expertise_is_no_place(kb: Knowledge, text: str, region: str) -> None:
    assert region not in _ids(kb, text)


def test_region_as_place_stays(kb: Knowledge) -> None:
    ids = _ids(kb, "Trade across Central Asia grew, and the Caucasus saw fewer clashes.")
    assert {"place:central-asia", "place:caucasus"} <= ids


def test_demonym_with_plural_noun_is_no_body(kb: Knowledge) -> None:
    ids = _ids(kb, "Russian peacekeepers left the district in April.")
    assert "org:russian-peacekeepers-karabakh" not in ids and "state:RUS" in ids
    full = _ids(kb, "The Russian peacekeeping contingent in Nagorno-Karabakh left in April.")
    assert "org:russian-peacekeepers-karabakh" in full
