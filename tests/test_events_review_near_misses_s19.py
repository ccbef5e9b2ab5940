"""Near misses a reviewer found for the ground-taken, pledge and accession triggers (invented sentences):
negated pledges and decisions, people and ships taken, other senses of "captured", a council or the
residents of a city, joining sanctions or joining a state in a scheme, and a call "for" troops."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _events(sentence: str) -> list[tuple[str, str]]:
    text = "Test headline\n\nBAKU, March 6, 2024 (Wire) - " + sentence + "\n"
    return [(f.args["event_type"], f.modality) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "event"]


@pytest.mark.parametrize("sentence, absent", [
    ("Turkey pledged on Monday not to support Armenia in any form.", "support"),
    ("Ukraine decided in 2010 not to join NATO.", "accession"),
    ("Azerbaijan agreed on Monday never to join the CSTO, Aliyev said.", "accession"),
    ("A Ukrainian ship was seized by Russian forces near Kerch on Sunday.", "attack"),
    ("Three Azerbaijani soldiers were captured by Armenian troops on Sunday.", "attack"),
    ("Kyrgyz border guards were taken prisoner by Tajik forces on Thursday.", "attack"),
    ("The parade in Baku was captured on camera by Armenian soldiers on Sunday.", "attack"),
    ("Kazakh officials took the city's residents by surprise with the new tax on Monday.", "attack"),
    ("Kazakhstan agreed on Monday to join the sanctions against Iran.", "accession"),
    ("Armenia agreed in 2015 to join Russia in a joint air defence system.", "accession"),
    ("Tokayev's call to Russia for troops came on Wednesday.", "meeting"),
])
def test_near_misses_make_no_such_event(sentence: str, absent: str) -> None:
    assert absent not in {t for t, _ in _events(sentence)}


@pytest.mark.parametrize("sentence, present", [
    ("The village was captured by Russian troops on Monday.", "attack"),
    ("Kazakhstan agreed on Monday to join the Eurasian Economic Union.", "accession"),
    ("Turkey pledged on Monday to support Azerbaijan.", "support"),
])
def test_the_readings_themselves_stay(sentence: str, present: str) -> None:
    assert present in {t for t, _ in _events(sentence)}


def _dated(sentence: str) -> list[tuple[str, str | None]]:
    text = "Test headline\n\nBAKU, March 6, 2024 (Wire) - " + sentence + "\n"
    return sorted((f.args["event_type"], f.args.get("date")) for aa in analyse_source(Source("t.txt", text))
                  for f in aa.extraction.facts if f.type == "event")


def test_a_second_date_fronting_its_own_clause_is_no_repetition() -> None:
    got = _dated("Azerbaijani troops shelled Armenian villages on 3 December 2023, and on 19 December Armenia "
                 "accused Baku of provocation.")
    assert ("attack", "2023-12-19") not in got and ("attack", "2023-12-03") in got


def test_an_event_repeated_on_coordinated_dates_stays_two_events() -> None:
    got = _dated("Putin met Aliyev in Sochi in May 2022 and again in June 2023 in Moscow.")
    assert ("meeting", "2022-05") in got and ("meeting", "2023-06") in got
