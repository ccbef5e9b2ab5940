"""A year-less wire dateline: a year the text tells ahead ("support beyond 2014", "after the troops
leave in 2014") is no past year that bounds the dateline's year, and the office-holders the text
names must all be in office in the year taken.  Invented texts; weekdays checked by calendar."""

from __future__ import annotations

from datetime import date

import pytest

from silkgraph.model import Section
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.published import reference_estimate

PRESENT = date(2026, 6, 1)
OFFICES = ("Afghan President Hamid Karzai and Pakistani President Asif Ali Zardari spoke by "
           "telephone later in the day.")


def _est(text: str):
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    return dateline_estimate(text, secs, reference_estimate(text, secs), PRESENT)


def _wire(mon: str, day: int, weekday: str, middle: str, tail: str = OFFICES) -> str:
    return (f"ISLAMABAD, {mon} {day} (Indus Test Wire) - The cabinet decided on {weekday} to reopen the "
            f"supply routes, officials said. {middle} {tail}")


@pytest.mark.parametrize("middle", [
    "Donors pledged support beyond 2014.",
    "The talks will chart the future after foreign troops leave in 2014.",
    "Officials expect the mission to end once the last units pull out in 2014.",
    "The alliance hopes the mandate runs out in 2014 without incident.",
])
def test_a_year_told_ahead_is_no_past_year(middle: str) -> None:
    # Sunday, December 11: 2011 (Karzai and Zardari in office), 2016, 2022
    est = _est(_wire("Dec", 11, "Sunday", middle))
    assert est is not None
    assert (est.not_before, est.not_after) == ("2011-12-11", "2011-12-11")


def test_near_miss_a_past_departure_still_bounds_the_year() -> None:
    # "left in 2014" is told in the past: the years start there (2016 and 2022 are Sundays)
    est = _est(_wire("Dec", 11, "Sunday", "The last foreign troops left in 2014.", "No statement followed."))
    assert est is not None and est.not_before >= "2016-12-11"


def test_office_holders_outweigh_a_bare_year_told_ahead() -> None:
    # "the 2014 withdrawal" may be past or ahead; two office-holders who held office together
    # only before 2014 decide: Tuesday, March 6 is 2012 in their terms (2018 from the bound)
    est = _est(_wire("March", 6, "Tuesday", "At the conference, the 2014 withdrawal was discussed."))
    assert est is not None
    assert est.not_before == "2012-03-06"
    assert "all in office" in est.basis


def test_near_miss_one_office_holder_does_not_outweigh_the_bound() -> None:
    # a single named office-holder (a title the cues may have missed as historical) does not
    # pull the year before the dates written
    est = _est(_wire("March", 6, "Tuesday", "The withdrawal of 2014 was discussed.",
                     "Afghan President Hamid Karzai was mentioned in the debate."))
    assert est is None or est.not_before >= "2014-01-01"


@pytest.mark.parametrize("sentence, kept", [
    ("Donors pledged to keep paying beyond 2014.", False),
    ("The road will be finished beyond the end of 2030.", False),
    ("The army must be ready after the foreign contingents leave in 2014.", False),
    ("Planning continues for when the mission hands over in 2015.", False),
    # near misses: told in the past, or "to" + base form: the year is reached
    ("The foreign contingents left in 2014.", True),
    ("The war dragged on in 2014 and the troops withdrew.", True),
    ("Parliament agreed to let the last units withdraw in 2014 after a long debate.", True),
])
def test_years_told_ahead_are_no_references(sentence: str, kept: bool) -> None:
    from silkgraph.segment.published_refs import collect_refs

    secs = [Section(kind="body", label="", start=0, end=len(sentence))]
    years = {r.expr.year for r in collect_refs(sentence, secs)}
    assert (2014 in years or 2015 in years or 2030 in years) is kept
