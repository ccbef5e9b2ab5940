"""Office-holders that date a year-less wire item: a sentence that tells a year ahead ("would be
finished by 2030", "well past 2017") still names the office-holders of its own time; a title
written before the name with its owner and set off by commas ("Pakistan's prime minister, Nawaz
Sharif,") names an office-holder as the title-first form does; transliteration variants of the
office-holders' names are read.  Invented texts; weekdays checked by calendar."""

from __future__ import annotations

from datetime import date

import pytest

from silkgraph.model import Section
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.office_years import office_mentions
from silkgraph.segment.published import reference_estimate

PRESENT = date(2026, 6, 1)


def _secs(text: str) -> list[Section]:
    return [Section(kind="body", label="", start=0, end=len(text))]


def _people(text: str) -> set[str]:
    return {pid for m in office_mentions(text, _secs(text)) for pid in m.key[0]}


@pytest.mark.parametrize("sentence", [
    "Prime Minister Nawaz Sharif insisted the corridor would be finished by 2030.",
    "President Barack Obama said American advisers would stay well past 2017.",
    "Defence Minister Sergei Ivanov said the lease runs until 2042.",
    "President Hamid Karzai said the elections due in 2014 would go ahead.",
    "Prime Minister Nawaz Sharif said the vote scheduled for 2018 would not be delayed.",
    "Prime Minister Nawaz Sharif wants the dam running no later than 2025.",
])
def test_a_year_told_ahead_keeps_the_office_holder(sentence: str) -> None:
    assert _people(sentence), sentence


@pytest.mark.parametrize("sentence", [
    # near misses: the year sets the sentence's own time, a past one
    "In 2009, President Hamid Karzai made the same request.",
    "Since 2008 President Hamid Karzai has opposed the plan.",
    "By 2010, President Hamid Karzai had dismissed the governor.",
    "President Hamid Karzai visited the province in March 2009 and promised a road.",
])
def test_a_year_of_the_sentence_s_own_time_drops_the_office_holder(sentence: str) -> None:
    assert not _people(sentence), sentence


@pytest.mark.parametrize("sentence, pid", [
    ("Pakistan's prime minister, Nawaz Sharif, said the talks went well.", "person:nawaz-sharif"),
    ("The group's leader, Mullah Akhtar Mohammad Mansour, rejected the offer.", "person:akhtar-mansour"),
    ("the Kyrgyz president, Almazbek Atambayev, called for calm.", "person:almazbek-atambayev"),
    ("Officials met Iran's foreign minister, Mohammad Javad Zarif.", "person:mohammad-javad-zarif"),
    ("The UN secretary-general, Ban Ki-moon, urged restraint.", "person:ban-ki-moon"),
])
def test_a_title_first_apposition_names_the_office_holder(sentence: str, pid: str) -> None:
    assert pid in _people(sentence)


@pytest.mark.parametrize("sentence", [
    "The former president, Hamid Karzai, was absent.",  # not held now
    "Pakistan's president, Nawaz Sharif, spoke.",  # an office he never held: no term
    "Pakistan's prime minister, Nawaz Sharif's brother, spoke.",  # no apposition of the name
    "Aides of the prime minister, lawyers and Nawaz Sharif met.",  # a list, not an apposition
])
def test_near_misses_of_the_apposition(sentence: str) -> None:
    assert "person:nawaz-sharif" not in _people(sentence)
    assert "person:hamid-karzai" not in _people(sentence)


@pytest.mark.parametrize("sentence, pid", [
    ("Prime Minister Yousuf Raza Gilani toured the district.", "person:yousaf-raza-gilani"),
    ("Prime Minister Yusuf Raza Gillani toured the district.", "person:yousaf-raza-gilani"),
    ("President Nursultan Nazarbaev opened the forum.", "person:nursultan-nazarbayev"),
    ("President Mahmoud Ahmadinezhad hailed the launch.", "person:mahmoud-ahmadinejad"),
    ("Defence Minister Sergey Shoygu watched the drill.", "person:sergei-shoigu"),
    ("Foreign Minister Mohammed Javad Zarif left for Vienna.", "person:mohammad-javad-zarif"),
    ("CSTO Secretary-General Yuri Khachaturov opened the meeting.", "person:yuri-khachaturov"),
    ("Afghan Foreign Minister Zalmai Rassoul led the delegation.", "person:zalmai-rassoul"),
])
def test_name_variants_and_added_terms(sentence: str, pid: str) -> None:
    assert pid in _people(sentence)


def _wire(mon: str, day: int, weekday: str, body: str) -> str:
    return f"ALMATY, {mon} {day} (Steppe Test Wire) - The delegations met on {weekday}, officials said. {body}"


def _est(text: str):
    return dateline_estimate(text, _secs(text), reference_estimate(text, _secs(text)), PRESENT)


def test_the_year_told_ahead_no_longer_hides_the_office_holder() -> None:
    # Saturday, May 11: 1991, 1996, 2002, 2013, 2019, 2024; Obama in office: 2013 only
    est = _est(_wire("May", 11, "Saturday",
                     "President Barack Obama said the troops would stay well past 2017, in remarks to reporters."))
    assert est is not None and (est.not_before, est.not_after) == ("2013-05-11", "2013-05-11")


def test_the_apposition_dates_the_item() -> None:
    est = _est(_wire("Sept.", 4, "Friday",
                     "The group's leader, Mullah Akhtar Mohammad Mansour, said the talks went well."))
    # Friday, September 4: 1992, 1998, 2009, 2015, 2020, 2026; Mansour led the group in 2015 only
    assert est is not None and (est.not_before, est.not_after) == ("2015-09-04", "2015-09-04")


def test_near_miss_without_the_office_holder_the_latest_year_stays() -> None:
    est = _est(_wire("Sept.", 4, "Friday", "The group's spokesman said the talks went well."))
    # no office-holder: of the Fridays, the latest up to the present (2026-09-04 lies after it)
    assert est is not None and (est.not_before, est.not_after) == ("2020-09-04", "2020-09-04")
