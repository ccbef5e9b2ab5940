"""Shared by the wire-dateline tests: the publication estimate of one short test text whose
dateline has no year, as the segmenter makes it (the estimate and the dates written in the
text first, then the dateline's year)."""

from __future__ import annotations

from datetime import date

from silkgraph.model import PublishedEstimate, Section
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.published import estimate_and_written

PRESENT = date(2026, 6, 1)


def wire_estimate(text: str, present: date = PRESENT) -> PublishedEstimate | None:
    """The dateline's estimate for ``text`` read as one body section."""
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    est, written = estimate_and_written(text, secs)
    return dateline_estimate(text, secs, est, present, written=written)


def wire_window(text: str, present: date = PRESENT) -> tuple[str | None, str | None]:
    """(not_before, not_after) of the dateline's estimate for ``text`` (which must exist)."""
    got = wire_estimate(text, present)
    assert got is not None
    return got.not_before, got.not_after
