"""A year-less wire dateline with no weekday in its lead: a weekday written with its own
year-less date ("on Friday, January 27", "on Saturday (February 8)", "on May 7, a
Saturday") lies near the dateline and keeps the years in which it falls on that weekday;
past weekdays alone ("late on Saturday") fix no year, and then the estimate is an honest
window from the first year the written dates allow to the latest up to the present."""

from __future__ import annotations

from datetime import date

from dateline_window import wire_window

from silkgraph.model import Section
from silkgraph.segment.dateline_told import fits_weekday_dates, weekday_dates

_LEAD = ("BAKU, Jan 30 (Caspian Wire) - The ministry has recalled its diplomats from the "
         "neighbouring capital, a deputy minister said. ")


def test_weekday_with_its_date_fixes_the_year() -> None:
    # January 27 is a Friday in 2017 and 2023; "since 2021" leaves 2023
    text = _LEAD + ("A guard was shot dead on Friday, January 27, at the gate. "
                    "Ties have been strained since 2021.")
    assert wire_window(text) == ("2023-01-30", "2023-01-30")


def test_weekday_with_its_date_in_brackets() -> None:
    # February 8 is a Saturday in 2020 and 2025; "since 2021" leaves 2025
    text = ("ASHGABAT, Feb 12 (Karakum Wire) - Gas deliveries have resumed, the state company said. "
            "They were cut on Saturday (February 8) after a blast. Exports have grown since 2021.")
    assert wire_window(text) == ("2025-02-12", "2025-02-12")


def test_date_then_its_weekday() -> None:
    # May 7 is a Saturday in 2016 and 2022; Japarov is president from October 2020
    text = ("BISHKEK, May 9 (Ala-Too Wire) - Veterans laid wreaths in the capital, officials said. "
            "A rehearsal was held on May 7, a Saturday. President Sadyr Japarov spoke.")
    assert wire_window(text) == ("2022-05-09", "2022-05-09")


def test_several_fitting_years_give_a_window() -> None:
    # February 8 is a Saturday in 2014, 2020 and 2025: nothing else chooses
    text = ("ASHGABAT, Feb 12 (Karakum Wire) - Gas deliveries have resumed, the state company said. "
            "They were cut on Saturday (February 8) after a blast. Exports have grown since 2013.")
    assert wire_window(text) == ("2014-02-12", "2025-02-12")


def test_past_weekdays_alone_keep_an_honest_window() -> None:
    text = _LEAD + ("A guard was shot dead on Friday at the gate. The staff landed late on Sunday, "
                    "and a drone hit a depot late on Saturday, officials said on Sunday. "
                    "Ties have been strained since 2021.")
    assert wire_window(text) == ("2021-01-30", "2026-01-30")


def test_weekday_date_pairs_read() -> None:
    text = "It began on Friday, March 20, and ended on 22 March, a Sunday. Talks on Monday failed."
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    assert [t[:3] for t in weekday_dates(text, secs)] == [(4, 3, 20), (6, 3, 22)]
    # near misses: a weekday and a date apart, a date with its year
    other = "Talks on Friday went well. On March 20 a deal followed. It was signed on Sunday, March 22, 2020."
    assert weekday_dates(other, [Section(kind="body", label="", start=0, end=len(other))]) == []


def test_the_date_is_taken_in_the_year_nearest_the_dateline() -> None:
    told = [(4, 12, 29, "on Friday, December 29")]  # a Friday in 2023
    assert fits_weekday_dates(date(2024, 1, 3), told)  # the previous December
    assert not fits_weekday_dates(date(2023, 1, 3), told)
