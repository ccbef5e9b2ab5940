"""A year-less wire dateline takes its year from the years the text writes, not from the
"a bare year names a past year" convention, when the lead's weekday says so; a weekday
of another week ("on Tuesday last week") is not the day's news."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.published import estimate_and_written, estimate_published, reference_estimate


def _est(text: str):
    return estimate_published(text, [Section(kind="body", label="", start=0, end=len(text))])


def test_bare_year_may_be_the_datelines_own_year() -> None:
    # February 3 is a Thursday in 2022: the written "early 2022" is the dateline's year,
    # although alone (no dateline) a bare year is read as a past one
    text = ("ASTANA, Feb 3 (Test Wire) - Miners went on strike on Thursday over wages that "
            "had fallen behind since early 2022, union officials said.")
    est = _est(text)
    assert est is not None and (est.not_before, est.not_after) == ("2022-02-03", "2022-02-03")
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    ref = reference_estimate(text, secs)
    assert ref is not None and ref.not_before >= "2023-01-01"  # the convention, without the weekday


def test_bare_year_before_the_datelines_year_still_allowed() -> None:
    # February 3 is a Friday in 2023 (not in 2022): the weekday picks the later year
    text = ("ASTANA, Feb 3 (Test Wire) - Miners went on strike on Friday over wages that "
            "had fallen behind since early 2022, union officials said.")
    est = _est(text)
    assert est is not None and est.not_before == "2023-02-03"


def test_weekday_of_last_week_is_not_the_day_after() -> None:
    # "on Wednesday last week" is no evidence that the item was filed the day after the
    # lead's Tuesday: February 8 2022 is a Tuesday
    text = ("ASTANA, Feb 8 (Test Wire) - Parliament approved a new cabinet on Tuesday, a week "
            "after the government resigned on Wednesday last week amid protests that began in "
            "early 2022.")
    est = _est(text)
    assert est is not None and est.not_before == "2022-02-08"


def test_weekday_after_the_leads_still_means_next_day() -> None:
    # near miss: the next day told on its own ("on Wednesday") is still a filing cue
    text = ("ASTANA, Feb 9 (Test Wire) - Parliament approved a new cabinet on Tuesday. The "
            "president thanked the deputies on Wednesday for acting quickly after the protests "
            "of early 2022.")
    est = _est(text)
    assert est is not None and est.not_before == "2022-02-09"  # a Wednesday: filed next day
    assert "day before the dateline" in est.basis


def test_no_weekday_keeps_the_written_year_open() -> None:
    # no weekday, no office-holder: the dateline's day in the written year is not ruled out
    text = ("ASTANA, Feb 3 (Test Wire) - Miners have stayed away from the pits over wages "
            "that have fallen behind since early 2022, union officials said.")
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    ref, written = estimate_and_written(text, secs)
    # the window closes at the dateline's day in the latest year up to the present (given here,
    # not read from present.yaml)
    for present, last in ((date(2026, 6, 1), "2026-02-03"), (date(2027, 1, 15), "2026-02-03"),
                          (date(2027, 3, 1), "2027-02-03")):
        est = dateline_estimate(text, secs, ref, present, written=written)
        assert est is not None and (est.not_before, est.not_after) == ("2022-02-03", last), present


def test_month_level_dates_still_bound_the_year() -> None:
    # a date written with its month and year after the dateline's day rules that year out
    text = ("ASTANA, Feb 3 (Test Wire) - Miners went on strike on Thursday over a pay deal "
            "signed in March 2022, union officials said.")
    est = _est(text)
    assert est is not None and est.not_before > "2022-03-01"
