"""The year of a wire item in a series, from a sibling item of the same text that states it.

A text may hold a series of wire items of one episode (one agency, one story, datelines a
few days apart: "OSH, Sept 10 (X Wire) - …", "OSH, Sept 12 (X Wire) - …").  Often only one
item writes what dates it (the years of the episode's background, "this year, in 2007", an
office-holder); the others tell only a weekday, which fits one year in five or six, and
:mod:`silkgraph.segment.dateline_year` then takes the latest such year up to the present.
A sibling dated by its own evidence fixes the episode: of the years a weekday allows, the
one whose date lies within ``_SPAN`` days of a sibling's date is taken (only when exactly
one does).  Siblings are only items dated by their own text (never one this step dated), so
the result does not depend on the order of the items.  The step reads the estimates'
bases, which :func:`~silkgraph.segment.dateline_year.dateline_estimate` writes.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.model import Article, PublishedEstimate

__all__ = ["align_series"]

_SPAN = 45  # days: the datelines of one episode's items
# "… of 2005, 2011, 2016, the latest such year …": the years the weekday allowed
_UNDECIDED = re.compile(r"^year-less dateline \d\d-\d\d: .*?; of ((?:\d{4}, )+)the latest such year")
_DATELINE = "year-less dateline "


def _decided(est: PublishedEstimate | None) -> date | None:
    """The day of an estimate a year-less dateline's item dated by its own text."""
    if (est is None or not est.basis.startswith(_DATELINE) or est.not_after != est.not_before
            or _UNDECIDED.match(est.basis)):
        return None
    return date.fromisoformat(est.not_before)


def align_series(arts: list[Article]) -> None:
    """Re-date, in place, the items of ``arts`` (one text's articles) whose year-less
    dateline's weekday left several years, by a sibling item dated by its own text."""
    if len(arts) < 2:
        return
    anchors = [d for d in (_decided(a.published_estimate) for a in arts) if d is not None]
    if not anchors:
        return
    for art in arts:
        est = art.published_estimate
        m = _UNDECIDED.match(est.basis) if est is not None else None
        if est is None or m is None:
            continue
        day = date.fromisoformat(est.not_before)
        years = [int(y) for y in m.group(1).rstrip(", ").split(", ")]
        near = []
        for y in years:
            try:
                d = day.replace(year=y)
            except ValueError:
                continue
            if any(abs((d - a).days) <= _SPAN for a in anchors):
                near.append(d)
        if len(near) == 1 and near[0] != day:
            d = near[0]
            art.published_estimate = PublishedEstimate(
                not_before=d.isoformat(), not_after=d.isoformat(),
                basis=(f"{est.basis.split(' → ')[0]}; but a sibling wire item of this text dated by its own "
                       f"evidence lies within {_SPAN} days of {d.isoformat()} → {d.isoformat()}"),
            )
