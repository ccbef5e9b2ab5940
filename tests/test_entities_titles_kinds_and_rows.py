"""People, places and bodies (recognise/people.py, recognise/places.py, gazetteer rows): a second
title after an appositive comma is no part of the name ("Chief of Defence Staff, General X" is the
person X); a demonym before a place kind word gives the country ("the Turkmen city of X"), while
any other capitalised word there is the name itself ("the Barmal district of Paktika"); real bodies
and places the texts use are gazetteer rows with their country."""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.extract.recognise.people import leading_titles
from silkgraph.knowledge import Knowledge


def _ids(kb: Knowledge, text: str) -> set[str]:
    return {m.entity_id for m in rec(kb, text).mentions}


def test_leading_titles() -> None:
    assert leading_titles("General Rustam Verkhovin") == len("General ")
    assert leading_titles("General Verkhovin") == 0  # a title and a surname: nothing left to name
    assert leading_titles("Rustam Verkhovin") == 0


@pytest.mark.parametrize("text", [
    "The Chief of Defence Staff, General Rustam Verkhovin, was killed in the crash.",
    "The crash killed General Rustam Verkhovin and twelve others.",
])
def test_title_after_comma_is_no_part_of_name(kb: Knowledge, text: str) -> None:
    r = rec(kb, text)
    ids = {m.entity_id for m in r.mentions}
    assert "person:rustam-verkhovin" in ids and "person:general-rustam-verkhovin" not in ids, ids


@pytest.mark.parametrize("text, pid, country", [
    ("Officials gathered in the Turkmen city of Zarkhona in 2019.", "place:zarkhona", "TKM"),
    ("Fighting broke out in the Afghan border town of Belkumar on Monday.", "place:belkumar", "AFG"),
])
def test_demonym_before_kind_word(kb: Knowledge, text: str, pid: str, country: str) -> None:
    r = rec(kb, text)
    assert pid in {m.entity_id for m in r.mentions}
    assert r.entities[pid].country == country


def test_name_before_kind_word_stays_the_name(kb: Knowledge) -> None:
    r = rec(kb, "Fighting broke out in the Barmal district of Paktika on Monday.")
    ids = {m.entity_id for m in r.mentions}
    assert "place:barmal" in ids and not any(i.startswith("place:paktika-") for i in ids)


def test_no_kind_word_no_place(kb: Knowledge) -> None:
    # "the Turkmen side of the border": no place kind word, so no new place
    ids = _ids(kb, "Guards on the Turkmen side of Zarkhona were reinforced.")
    assert "place:zarkhona" not in ids


@pytest.mark.parametrize("text, eid", [
    ("The pipeline is built by TAPI Pipeline Company Limited, a consortium.", "company:tapi-pipeline-company"),
    ("Deputies of the Jokargy Kenes voted on the amendment.", "org:jokargy-kenes"),
    ("The chairman of Turkmenistan's People's Council hosted the ceremony.", "org:halk-maslahaty"),
    ("The delegation met officials of the Ministry of Mines and Petroleum in Kabul.",
     "org:afg-ministry-of-mines-and-petroleum"),
    ("The State Committee for the Defence Industry signed the contract.", "org:uzb-defence-industry-committee"),
    ("Checkpoints were set up on the road to Khodjeyli.", "place:khodjeyli"),
    ("The delegation laid a wreath at the Tsitsernakaberd memorial.", "place:tsitsernakaberd"),
    ("The deal placed the Kempir-Abad reservoir under joint use.", "place:kempir-abad"),
    ("India's GAIL has signed a purchase agreement.", "company:gail"),
])
def test_rows(kb: Knowledge, text: str, eid: str) -> None:
    assert eid in _ids(kb, text), text


def test_rows_near_misses(kb: Knowledge) -> None:
    # the acronym needs its case; the generic word "gail" or "council" names nothing
    ids = _ids(kb, "A gail of wind hit the people's council hall.")
    assert "company:gail" not in ids and "org:halk-maslahaty" not in ids


@pytest.mark.parametrize("text, org, place", [
    ('"It is a portfolio," says Anvar Tursunov of the Fergana Policy Lab, a research group.',
     "org:fergana-policy-lab", "place:fergana-valley"),
    ("The Caucasus Governance Lab published the survey on Monday.", "org:caucasus-governance-lab", "place:caucasus"),
])
def test_lab_is_a_body_and_hides_its_place(kb: Knowledge, text: str, org: str, place: str) -> None:
    ids = _ids(kb, text)
    assert org in ids and place not in ids, ids


def test_lab_near_miss(kb: Knowledge) -> None:
    ids = _ids(kb, "Researchers in a lab in the Fergana Valley tested the water.")
    assert "place:fergana-valley" in ids and not any(i.endswith("-lab") for i in ids)


def test_former_state_is_a_region(kb: Knowledge) -> None:
    assert "state:SUN" not in _ids(kb, "The spa is known across the former Soviet Union for its springs.")
    assert "state:SUN" in _ids(kb, "The bridge was opened by the Soviet Union in 1982.")


@pytest.mark.parametrize("text, eid", [
    ("The commander of China's South Xinjiang military district attended the talks.",
     "org:south-xinjiang-military-district"),
    ("Uzbekistan kept the headquarters of the former Turkestan Military District.", "org:turkestan-military-district"),
    ("The Leh-based 14 Corps held talks with its counterpart.", "org:indian-army-14-corps"),
])
def test_military_formations(kb: Knowledge, text: str, eid: str) -> None:
    ids = _ids(kb, text)
    assert eid in ids and "place:xinjiang" not in ids, ids
