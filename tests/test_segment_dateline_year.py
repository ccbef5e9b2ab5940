"""The year of a year-less wire dateline, from the weekday of the lead's news."""

from __future__ import annotations

from datetime import date

from silkgraph.model import PublishedEstimate, Section, Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_year import dateline_estimate, yearless_dateline
from silkgraph.segment.published import estimate_published, reference_estimate

PRESENT = date(2026, 6, 1)


def _est(text: str, estimate: PublishedEstimate | None = None, *, explicit: bool = True):
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    if explicit and estimate is None:
        estimate = reference_estimate(text, secs)
    return dateline_estimate(text, secs, estimate, PRESENT)


def test_same_day_within_explicit_bound() -> None:
    # "in 2019" bounds the year from below: of the years in which March 4 is a Monday
    # (2019, 2024), only 2024 is left
    text = ("KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Monday "
            "after a week of talks. The crossing had been shut since clashes in 2019.")
    est = _est(text)
    assert est is not None
    assert (est.not_before, est.not_after) == ("2024-03-04", "2024-03-04")
    assert "Monday" in est.basis and "only such year" in est.basis


def test_weekday_after_the_leads_means_filed_next_day() -> None:
    text = ("KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Sunday. "
            "The governor welcomed the move on Monday, his office said.")
    est = _est(text)
    assert est is not None and est.not_before == "2024-03-04"  # a Monday: filed the next day
    assert "day before the dateline" in est.basis


def test_same_day_reading_by_default() -> None:
    text = "KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Sunday."
    est = _est(text)
    assert est is not None and est.not_before == "2018-03-04"  # the latest Sunday March 4


def test_future_weekday_is_no_evidence_of_next_day_filing() -> None:
    text = ("KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Sunday. "
            "The two delegations will meet again on Monday.")
    est = _est(text)
    assert est is not None and est.not_before == "2018-03-04"


def test_ambiguous_years_take_the_latest() -> None:
    # October 9 is a Wednesday in 2013, 2019 and 2024: the dateline leaves out the reader's
    # year, so the latest one up to the present is taken; the basis names the others
    text = ("ASTANA, October 9 (Test Wire) – The defence ministers met on Wednesday. "
            "The pact was first drafted in 2010.")
    est = _est(text)
    assert est is not None
    assert (est.not_before, est.not_after) == ("2024-10-09", "2024-10-09")
    assert "2013, 2019, 2024, the latest" in est.basis


def test_bound_after_the_present_is_ignored() -> None:
    text = "KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Monday."
    est = _est(text, PublishedEstimate("2030-01-01", None, "a target"))
    assert est is not None and est.not_before == "2024-03-04"


def test_no_weekday_in_lead_gives_nothing() -> None:
    text = "KABUL, March 4 (Test Wire) – Border officials have reopened the crossing. It shut on Monday."
    assert _est(text) is None


def test_only_year_less_datelines() -> None:
    assert yearless_dateline("KABUL, March 4 (Test Wire) – Officials said on Monday …", 0)
    assert yearless_dateline("GORIS, Armenia, Sept 29 (Test Wire) - Officials said …", 0)
    assert yearless_dateline("KABUL, March 4, 2024 (Test Wire) – Officials said on Monday …", 0) is None
    assert yearless_dateline("In Moscow, May 9 - parades were held on Friday.", 0) is None


def test_segment_dates_the_wire_item() -> None:
    text = ("Crossing reopens after talks\n\n"
            "KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Monday "
            "after a week of talks. The crossing had been shut since clashes in 2019.\n")
    (art,) = segment(Source(name="t", text=text))
    assert art.published_estimate is not None
    assert art.published_estimate.not_before == "2024-03-04"
    assert art.reference_date() == "2024-03-04"


def test_last_weekday_is_not_the_days_news() -> None:
    # "last Sunday" is a week back: the news day is Monday's
    text = ("KABUL, March 4 (Test Wire) – The attack last Sunday killed five, officials said on "
            "Monday. The crossing had been shut since clashes in 2019.")
    est = _est(text)
    assert est is not None and est.not_before == "2024-03-04"


def test_the_present_is_data_not_the_clock(monkeypatch) -> None:
    # without an explicit present, the date of resources/ontology/present.yaml bounds the
    # years, so the same text gives the same date whatever day it is ingested
    import silkgraph.segment.dateline_year as dy

    text = "KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Monday."
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    first = dateline_estimate(text, secs, None)
    monkeypatch.setattr(dy, "_PRESENT", date(2035, 1, 1))
    later = dateline_estimate(text, secs, None)
    assert first is not None and later is not None
    assert first.not_before == "2024-03-04"  # the latest Monday March 4 up to the data's date
    assert later.not_before == "2030-03-04"  # moved only by moving the data's date


def test_the_public_estimate_includes_the_dateline_reading() -> None:
    # estimate_published, as any caller uses it, applies the dateline reading on top of the
    # references' bound, the same as segment() does
    text = ("KABUL, March 4 (Test Wire) – Border officials reopened the crossing on Monday "
            "after a week of talks. The crossing had been shut since clashes in 2019.")
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    est = estimate_published(text, secs)
    assert est is not None and (est.not_before, est.not_after) == ("2024-03-04", "2024-03-04")
    ref = reference_estimate(text, secs)
    assert ref is not None and ref.not_after is None  # the references alone give only a bound
