"""Statistics: large counts of people told with a general noun or a plural demonym ("more than
800,000 undocumented Afghans", "1,600 people in 2024"), and a state organ reporting "its" people."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_plural_demonym_counted_for_the_acting_state() -> None:
    got = _stats("Iran has expelled more than 900,000 undocumented Afghans since January.")
    assert ("state:IRN", 900000.0, "count") in got


def test_toll_over_a_year_is_a_statistic() -> None:
    got = _stats("Insurgents killed more than 2,300 people in 2023, most of them in Balochistan.")
    assert ("state:PAK", 2300.0, "count") in got


def test_people_near_misses() -> None:
    assert not _stats("A bomb killed 1,200 people in Kabul on 3 May.")  # one attack's dead: an event
    assert not _stats("Some 300 people gathered outside parliament in Tbilisi.")  # a crowd, not a measure
    assert not _stats("More than 5,000 people attended the rally in Yerevan.")  # no counting cue
    assert not _stats("France delivered 2,000 Rafales to nobody in 1999.")  # no people, no demonym


def test_state_organ_reports_its_people() -> None:
    got = _stats("The Afghan defence ministry said 30 of its soldiers had been killed.")
    assert ("state:AFG", 30.0, "count") in got
