"""A bare year told as an aside does not date the year-less dates after it (for
:mod:`silkgraph.segment.published_refs`).

A paragraph that tells its narrative in one year often looks back with a bare year in a
sentence of its own ("In January 2024, the ministers endorsed the corridor.  In 2009, a similar
plan had collapsed.  On June 3 the first convoy crossed."): the look-back is the nearest dated
reference before "On June 3", but the narrative's year is still 2024.  Taking the aside's year
pulls the publication-date estimate years back.  So when a year-less date's nearest anchor is a
bare year in an earlier sentence, and an earlier anchor of the same paragraph that is told in
the narrative (not in a subordinate clause) names a later year, the latest such anchor dates it.
When no such narrative anchor stands before it but some dated reference of the paragraph before
the bare year names a later year ("… opened in 2022.  In 2019 the state had bought two tugs.  In
late May, …"), the paragraph surveys years rather than telling a narrative, and the year-less
date is left to the article's present year.  A date that names the year again ("in October of that year") keeps it, and a bare year in the date's own sentence ("ordered
in 2008 and delivered in November") and a paragraph that moves forward ("In 2009 … In 2011 … in
March") keep the nearest anchor.
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates import TimeExpr, can_anchor, paragraph_start
from silkgraph.nlp.dates.anchorable import SENTENCE_CUT, background
from silkgraph.segment.schedule import pluperfect

__all__ = ["skip_aside_years"]

# a year-less date that names its anchor's year again ("in October of that year", "later the
# same year") refers to the year told before it, aside or not
_SAME_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)


def _leans(te: TimeExpr) -> bool:
    return (
        te.kind == "partial"
        and te.month is not None
        and te.unit != "month-name"
        and te.year is None
    )


def _looks_back(text: str, year: TimeExpr, ps: int) -> bool:
    """Whether the bare ``year`` is an aside: a year inside its sentence ("… and two radars
    were ordered in 2008"), or one that opens a sentence told in the pluperfect, a look-back
    from the narrative ("In 2014 an earlier tariff had been abandoned").  A year that opens a
    sentence told in the simple past ("In 2004 the Bundeswehr opened a camp") has moved the
    narrative back, and the dates after it go on from that year."""
    a = max([ps] + [m.end() for m in SENTENCE_CUT.finditer(text, ps, year.start + 1) if m.end() <= year.start])
    if text[a : year.start].strip():
        return True
    cut = SENTENCE_CUT.search(text, year.end)
    return pluperfect(text[a : cut.start() if cut is not None else len(text)].lower())


def skip_aside_years(
    text: str, exprs: list[TimeExpr], near: list[TimeExpr | None], lo: int = 0
) -> list[TimeExpr | None]:
    """``near`` (the anchors :func:`~silkgraph.nlp.dates.local_anchors` gave ``exprs``) with a
    look-back bare year replaced by the paragraph's later narrative anchor (see module doc)."""
    out = list(near)
    for i, (te, cand) in enumerate(zip(exprs, near, strict=True)):
        if (
            cand is None
            or not _leans(te)
            or cand.kind != "absolute"
            or cand.month is not None
            or cand.year is None
            or SENTENCE_CUT.search(text, cand.end, te.start + 1) is None
        ):
            continue
        if _SAME_YEAR.search(text, te.end, min(len(text), te.end + 25)) or _SAME_YEAR.search(
            text, max(0, te.start - 25), te.start
        ):
            continue
        ps = paragraph_start(text, te.start, lo)
        if not _looks_back(text, cand, ps):
            continue  # the narrative stepped back and goes on from there ("In 2004 … opened. In June …")
        stepped_back = (
            False  # a dated reference before the anchor in the paragraph names a later year
        )
        best: TimeExpr | None = None  # the latest narrative anchor before it in the paragraph
        for a in reversed(exprs[:i]):
            if a.start < ps:
                break
            if a.end > cand.start:
                continue
            if (a.end_year or a.year or 0) > cand.year:
                stepped_back = True
            if (
                a.kind == "absolute"
                and a.year is not None
                and a.year
                > (best.year if best is not None and best.year is not None else cand.year)
                and can_anchor(text, a)
                and not background(text, a)
            ):
                best = a
        if best is not None:
            out[i] = best
        elif stepped_back:
            out[i] = None  # a survey of years, no narrative: the date is the article's present's
    return out
