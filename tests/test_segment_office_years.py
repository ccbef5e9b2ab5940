"""Office-holders named with a current title bound the year of a year-less wire dateline."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from silkgraph.knowledge.office_terms import (
    OfficeTermsError,
    office_titles,
    package_table,
    parse_terms,
)
from silkgraph.model import Section
from silkgraph.resources import read_text
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.office_years import OfficeMention, narrow_by_offices, office_mentions
from silkgraph.segment.published import reference_estimate

PRESENT = date(2026, 6, 1)


def _secs(text: str) -> list[Section]:
    return [Section(kind="body", label="", start=0, end=len(text))]


def _est(text: str):
    secs = _secs(text)
    return dateline_estimate(text, secs, reference_estimate(text, secs), PRESENT)


def _names(text: str) -> list[str]:
    return [m.text for m in office_mentions(text, _secs(text))]


# March 4 is a Monday in 2013, 2019 and 2024; Hassan Rouhani was president of Iran 2013-2021


def test_office_holder_picks_the_year_of_his_term() -> None:
    text = ("TEHRAN, March 4 (Test Wire) – President Hassan Rouhani opened the new session "
            "of parliament on Monday, state media said.")
    est = _est(text)
    assert est is not None and (est.not_before, est.not_after) == ("2019-03-04", "2019-03-04")
    assert "President Hassan Rouhani" in est.basis


def test_without_office_holders_the_latest_year() -> None:
    text = ("TEHRAN, March 4 (Test Wire) – Lawmakers opened the new session of parliament on "
            "Monday, state media said.")
    est = _est(text)
    assert est is not None and est.not_before == "2024-03-04"


@pytest.mark.parametrize("title", ["Former President", "former Iranian President",
                                   "ex-President", "then-President", "Iran's late President",
                                   "Vice President", "acting President"])
def test_a_title_not_held_now_gives_no_bound(title: str) -> None:
    text = (f"TEHRAN, March 4 (Test Wire) – {title} Hassan Rouhani criticised the budget on "
            "Monday, state media said.")
    assert _names(text) == []
    est = _est(text)
    assert est is not None and est.not_before == "2024-03-04"


def test_a_mention_in_a_sentence_with_a_year_is_history() -> None:
    text = ("TEHRAN, March 4 (Test Wire) – Lawmakers opened the new session of parliament on "
            "Monday. In 2017, President Hassan Rouhani had promised to cut the budget.")
    assert _names(text) == []
    est = _est(text)
    assert est is not None and est.not_before == "2024-03-04"


def test_title_forms_and_diacritics() -> None:
    text = ("Turkish President Tayyip Erdoğan met Prime Minister of Armenia Nikol Pashinyan. "
            "Supreme Leader Ayatollah Ali Khamenei spoke. President Recep Tayyip Erdogan left.")
    assert _names(text) == ["President Tayyip Erdoğan", "Prime Minister of Armenia Nikol Pashinyan",
                            "Supreme Leader Ayatollah Ali Khamenei", "President Recep Tayyip Erdogan"]


def test_the_wrong_office_gives_no_bound() -> None:
    # Pashinyan holds no presidency in the table; a deputy is not the office-holder
    assert _names("President Nikol Pashinyan and Deputy Prime Minister Nikol Pashinyan met.") == []


def test_no_weekday_keeps_the_years_from_the_term_start() -> None:
    # no weekday in the lead: the office-holder's term bounds the year from below
    text = ("YEREVAN, August 11 (Test Wire) – Iranian President Masoud Pezeshkian has been "
            "invited to Yerevan, officials said.")
    est = _est(text)
    assert est is not None
    assert (est.not_before, est.not_after) == ("2024-08-11", "2025-08-11")
    assert "no weekday" in est.basis


def test_no_weekday_and_no_office_holder_leaves_the_estimate() -> None:
    text = "YEREVAN, August 11 (Test Wire) – Officials have invited a delegation to Yerevan."
    assert _est(text) is None


def test_a_contradicted_mention_is_outvoted() -> None:
    y19, y24 = date(2019, 3, 4), date(2024, 3, 4)
    old = OfficeMention("A", 0, (("person:a",), "president"), ((date(2013, 1, 1), date(2021, 1, 1)),))
    new1 = OfficeMention("B", 5, (("person:b",), "president"), ((date(2022, 1, 1), None),))
    new2 = OfficeMention("C", 9, (("person:c",), "prime_minister"), ((date(2023, 1, 1), None),))
    keep, why = narrow_by_offices([y19, y24], [old, new1, new2])
    assert keep == [y24] and why is not None
    # the same person named twice is one vote
    keep, _ = narrow_by_offices([y19, y24], [old, old, old, new1])
    assert keep == [y19, y24]


def test_shipped_terms_are_valid() -> None:
    people = {r["id"] for r in csv.DictReader(io.StringIO(read_text("gazetteer/people.csv")))}
    terms = package_table().terms
    assert terms
    for t in terms:
        assert t.person_id in people, t.person_id
        assert t.office in office_titles()
        assert t.end is None or t.start <= t.end
    assert set(package_table().names) == {t.person_id for t in terms}


@pytest.mark.parametrize("bad", [
    "person_id,office,start,end\n",
    "person_id,office,from,to\nperson:x,king of all,2020-01-01,\n",
    "person_id,office,from,to\nperson:x,president,2020-13-01,\n",
    "person_id,office,from,to\nperson:x,president,2021-01-01,2020-01-01\n",
    "person_id,office,from,to\nstate:ARM,president,2021-01-01,\n",
])
def test_malformed_rows_are_rejected(bad: str) -> None:
    with pytest.raises(OfficeTermsError):
        parse_terms(bad, "t.csv")


def test_a_title_in_apposition() -> None:
    assert _names("Masoud Pezeshkian, Iran's president, spoke.") == ["Masoud Pezeshkian, Iran's president"]
    assert _names("Nikol Pashinyan, the Armenian prime minister, left.") == [
        "Nikol Pashinyan, the Armenian prime minister"]
    assert _names("Hassan Rouhani, the former president, spoke.") == []
    # a list is no apposition: Medvedev is not named president here
    assert _names("They met Dmitry Medvedev, President Vladimir Putin and others.") == [
        "President Vladimir Putin"]
    assert _names("Shehbaz Sharif, at 3 pm, left.") == []
