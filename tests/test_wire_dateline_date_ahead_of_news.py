"""A year-less wire dateline under a lead that names a later date of the same year with its
year ("… on Tuesday for the election on October 26, 2024" under "TBILISI, Oct 1"): that date
lies ahead of the news, so the dateline's day in that year is tried for the lead's weekday
before the reading that the news came the day before."""

from __future__ import annotations

from dateline_window import wire_estimate

from silkgraph.model import Section
from silkgraph.segment.published import reference_estimate


def test_later_date_of_the_same_year_is_ahead() -> None:
    # Oct 1 is a Tuesday in 2024 (and a Wednesday in 2025)
    text = ("BATUMI, Oct 1 (Coast Wire) - The ruling party opened its campaign on Tuesday for "
            "the municipal vote on October 26, 2024, promising new roads.")
    est = wire_estimate(text)
    assert est is not None and est.not_before == est.not_after == "2024-10-01"
    assert "ahead" in est.basis


def test_past_reference_later_in_the_calendar_keeps_the_later_year() -> None:
    # near miss: the weekday fits the year after the written date (March 3, 2025 is a
    # Monday): the written October 2024 is past, and the strict reading wins
    text = ("BATUMI, March 3 (Coast Wire) - Port workers went on strike on Monday over wages "
            "frozen since the devaluation of October 2024.")
    est = wire_estimate(text)
    assert est is not None and est.not_before == "2025-03-03"


def test_weekday_that_does_not_fit_the_written_year_is_read_as_before() -> None:
    # near miss: the weekday does not fit the written year (Oct 1, 2024 is a Tuesday): the
    # dateline's day in that year is not taken
    text = ("BATUMI, Oct 1 (Coast Wire) - The ruling party opened its campaign on Monday for "
            "the municipal vote on October 26, 2024, promising new roads.")
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    est = wire_estimate(text)
    assert est is None or est.not_before != "2024-10-01"
    assert reference_estimate(text, secs) is not None


def test_past_told_later_date_is_no_date_ahead() -> None:
    # near miss: "a deal signed in October 2024" is past: Oct 1, 2024 (a Tuesday) is not
    # taken for a lead told on Tuesday; the news came after the deal
    text = ("BATUMI, Oct 1 (Coast Wire) - Dockers went on strike on Tuesday over a pay deal "
            "signed on October 26, 2024, union officials said.")
    est = wire_estimate(text)
    assert est is None or est.not_before > "2024-10-26"
