"""A year-less wire dateline with no weekday in its lead takes its year from the time the
text counts to its day ("nearly four years since August 2021", "for the first time in more
than four years" after the latest dated event, "earlier this year, in February 2024"); a
count told of another episode (its sentence writes another year) moves nothing."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section
from silkgraph.segment.dateline_elapsed import elapsed_years, fits_elapsed, this_year
from silkgraph.segment.published import estimate_published


def _est(text: str):
    est = estimate_published(text, [Section(kind="body", label="", start=0, end=len(text))])
    assert est is not None
    return est


def test_years_since_a_dated_event_fix_the_year() -> None:
    est = _est("Border talks resume\n\nMOSCOW, August 12 (Test Wire) - Negotiators met in the capital "
               "to resume border talks. It has been nearly four years since August 2021, when the last "
               "round collapsed. Officials said the agenda covered water sharing.")
    assert (est.not_before, est.not_after) == ("2025-08-12", "2025-08-12")
    assert "nearly four years since August 2021" in est.basis


def test_first_time_in_years_counts_from_the_latest_written_date() -> None:
    est = _est("Patrols resume\n\nSRINAGAR, November 5 (Test Wire) - Troops patrolled the ridge for the "
               "first time in more than four years, the army said. Patrols had been blocked since April "
               "2020, when the standoff began. Officers said talks would continue.")
    assert est.not_before == "2024-11-05" and "in more than four years" in est.basis


def test_this_year_with_its_number_names_the_datelines_year() -> None:
    assert this_year("Earlier this year, in February 2024, duties were cut.") == (2024, "this year, in February 2024")
    assert this_year("Last year (2023) the harvest failed.")[0] == 2024
    assert this_year("This year, unlike 2019, the harvest was strong.") == (None, "")


def test_count_of_another_episode_moves_nothing() -> None:
    # the count's sentence writes another year: a past episode's count
    assert elapsed_years("In 2019, four years after the 2015 deal, the first round collapsed.") == []
    assert elapsed_years("The first visit in four years came in 2019.", date(2021, 1, 1)) == []
    base = ("Border talks resume\n\nMOSCOW, August 12 (Test Wire) - Negotiators met in the capital to "
            "resume border talks. The last round, in 2019, came nearly four years after August 2015, when "
            "the first collapsed. Officials said transit fees were discussed in 2021.")
    est = _est(base)
    assert est.not_before == "2021-08-12" and "counted" not in est.basis


def test_counts_that_fit_no_allowed_year_keep_the_candidates() -> None:
    cands = [date(y, 8, 12) for y in range(2021, 2027)]
    kept, why = fits_elapsed(cands, elapsed_years("It is ten years since August 2021."))
    assert kept == cands and why == ""
    kept, why = fits_elapsed(cands, elapsed_years("It is more than two years since March 2022."))
    assert kept == [date(2024, 8, 12)] and why
