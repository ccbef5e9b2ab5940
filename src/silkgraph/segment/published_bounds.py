"""Bounds of the publication date from an article's dated references (for
:mod:`silkgraph.segment.published`, whose module doc gives the rules).

Reads the :class:`~silkgraph.segment.published_refs.Ref` list: the lower bounds explicit
dates give (a day, a month's first day, a year's 1 January, a range's last year or its
figures' release, a fiscal year's first year, a span's reach from its anchor), the lower
bounds year-less dates give from their anchor or the article's present year (a news peg in
the lead moved past the latest dated reference), and the upper bounds (``not_after``): the
end of a date told ahead, and the year of a copyright notice in the boilerplate.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from silkgraph.model import Section
from silkgraph.nlp.dates import TimeExpr, first_day, fiscal_year
from silkgraph.segment.published_refs import Ref

__all__ = ["absolute_first_day", "ceiling_bounds", "explicit_bounds", "year_less_bounds"]


def _span_end(te: TimeExpr, d: date) -> date:
    """The last day of the span a year-less date names: the day itself, or its month's last day."""
    if te.day:
        return d
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


_Years = list[tuple[int, str]]  # years and the text that gives each


def explicit_bounds(refs: list[Ref]) -> tuple[list[tuple[date, Ref]], _Years, _Years]:
    """The lower bounds that explicit dates give (rule 3), with the years written with a month
    or a day (strong) and the bare years and range ends (weak)."""
    explicit: list[tuple[date, Ref]] = []
    strong: list[tuple[int, str]] = []  # years written with a month or day
    weak: list[tuple[int, str]] = []  # bare years and range ends
    for r in refs:
        te = r.expr
        if te.kind == "absolute" and te.year:
            explicit.append((first_day(te, te.year), r))
            (strong if te.month else weak).append((te.year, te.text))
            if r.elapsed is not None:
                # "a year after the clashes of 7 October 2023": that time has been reached
                explicit.append((r.elapsed[0], r))
                strong.append((r.elapsed[0].year, r.elapsed[1]))
        elif te.kind == "range" and te.year and fiscal_year(te):
            # "the budget for 2025–26": a fiscal year is current from its first year on
            explicit.append((date(te.year, 1, 1), r))
        elif te.kind == "range" and te.end_year:
            explicit.append((r.released or date(te.end_year, 1, 1), r))
            weak.append((te.end_year, te.text))
        elif te.unit == "years-after" and r.anchor is not None and r.anchor.year:
            # "over the subsequent four years" after "in 2020": 2024 has been reached
            y = r.anchor.year + te.offset
            explicit.append((date(y, 1, 1), r))
            strong.append((y, f"{te.text}' after '{r.anchor.text}"))
    strong += _rolled_years(refs)
    return explicit, strong, weak


def _rolled_years(refs: list[Ref]) -> _Years:
    """The years a narrative has moved into: a year-less date told after its anchor but earlier
    in the calendar takes the anchor's next year ("the revolution of November 2003 … on January
    4 he was elected": :func:`~silkgraph.nlp.dates.local_anchors`).  That date is told as past,
    so the article is written in that year or later: the year counts like a month-level year
    for the present year, and the year-less dates without an anchor that follow ("On July 7",
    "mid-August") are not put before the narrative's own step into it."""
    written = {r.expr.start: r.expr.year for r in refs if r.expr.kind == "absolute" and r.expr.year}
    out: _Years = []
    for r in refs:
        a = r.anchor
        if (r.expr.kind == "partial" and r.expr.month and a is not None and a.year
                and written.get(a.start) is not None and a.year > written[a.start]):
            out.append((a.year, f"{r.expr.text}' after '{a.text}"))
    return out


def year_less_bounds(refs: list[Ref], present: tuple[int, str], cap: int,
                      latest_explicit: date | None) -> list[tuple[date, str]]:
    """The lower bounds that year-less dates give (rules 4 and 5): a month or day from its
    anchor's year, else from the present year (a news peg in the lead moved past the latest
    dated reference), and "next year"-like dates from the present year."""
    bounds: list[tuple[date, str]] = []
    cy, cbasis = present
    for r in refs:
        te = r.expr
        if (te.kind == "partial" and te.month and te.unit != "month-name" and r.anchor
                and (r.anchor.year or 0) <= cap):
            ay = r.anchor.year or cy
            d = first_day(te, ay)
            bounds.append(
                (d, f"'{te.text}' → {d.isoformat()}, year from the preceding '{r.anchor.text}'")
            )
        elif te.kind == "partial" and te.month:
            y = cy
            if te.unit == "month-name" and te.offset:
                y = cy + te.offset if te.offset > 0 else cy
            d = first_day(te, y)
            why = f"'{te.text}' → {d.isoformat()}, {cbasis}"
            # the date names a span (a month, or a day): it precedes the latest dated
            # reference only when the whole span does ("in August" after "8 August 2025"
            # is that August, not the next one)
            if r.section == "lead" and latest_explicit and _span_end(te, d) < latest_explicit:
                while _span_end(te, d) < latest_explicit:
                    d = d.replace(year=d.year + 1)
                why = (
                    f"'{te.text}' in the lead → {d.isoformat()} (a news peg cannot precede "
                    f"the latest dated reference {latest_explicit.isoformat()})"
                )
            bounds.append((d, why))
        elif te.kind == "relative" and te.unit == "year":
            y = cy + te.offset
            bounds.append((date(y, 1, 1), f"'{te.text}' → {y}, {cbasis}"))
    return bounds



def absolute_first_day(te: TimeExpr) -> date:
    """The first day of an absolute date with its year ("1 July 2021" → itself, "July 2021" → 1 July)."""
    return date(te.year or 1, te.month or 1, te.day if te.month and te.day else 1)


# a copyright notice with its year: "© 2025 Regional Policy Forum", "Copyright 2024 …"
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b", re.I)


def ceiling_bounds(text: str, sections: list[Section], ahead: list[TimeExpr]) -> list[tuple[date, str]]:
    """Upper bounds of the publication date: the end of the span a date told ahead names
    with its year ("will meet again in October 2025" → 2025-10-31: written before it), and
    the year of a copyright notice among the article's boilerplate ("© 2025 …" → 2025-12-31;
    a page's notice carries its own year or a later one)."""
    out: list[tuple[date, str]] = []
    for te in ahead:
        y = te.year or 0
        if te.day and te.month:
            end = date(y, te.month, te.day)
        elif te.month:
            end = date(y, te.month, calendar.monthrange(y, te.month)[1])
        else:
            end = date(y, 12, 31)
        out.append((end, f"'{te.text}' is told ahead"))
    for sec in sections:
        if sec.kind != "boilerplate" or sec.end - sec.start > 300:
            continue
        m = COPYRIGHT.search(text, sec.start, sec.end)
        if m:
            out.append((date(int(m.group(1)), 12, 31), f"© {m.group(1)}"))
    return out
