"""The year of a year-less date, read from what the text says about it (event dating's clock,
:mod:`silkgraph.extract.events.clock`, asks here first).

* "that year" said of the date ("In December that year", "in October of that year", "The pattern
  was repeated at the end of that year. On 24 December …"): the year is the last year written
  before the phrase, even one that names a noun ("the 2020 war, and in October of that year"),
  not the anchor the date would otherwise take (a nearer month of another year, a year told
  further back).
* A flashback told in the pluperfect ("X had banned the group in 2003 …") is no time the narrative
  has reached: a year-less date of the next sentence, told in the simple past ("In April, the
  court suspended the ban"), takes the year of the narrative time told before the flashback (a
  date of the article, or its publication), when that is later than the flashback's year.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.nlp.dates import TimeExpr, paragraph_start
from silkgraph.nlp.dates.narrative import not_a_point, told_as_background

# "that year", "the same year", written right after the date ("December that year", "October of that year")
THAT_YEAR_AFTER_RE = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the same)\s+year\b", re.I)
THAT_YEAR_RE = re.compile(r"\b(?:that|the same)\s+year\b", re.I)
# a clause told in the pluperfect up to its date ("Russia had listed the Taliban … in 2003")
PLUPERFECT_CLAUSE_RE = re.compile(r"\b(?:had|’d|'d)\s+(?:(?:not|never|already|also|long|first)\s+)?(?:been\s+)?[a-z]+",
                                  re.I)
CLAUSE_CUT_RE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas)\b|\b(?:but|and then)\b")
BACK = 6


def _year_before(ctx: ArticleContext, index: int, pos: int) -> tuple[int, str] | None:
    """The year of the last date written with a year before offset ``pos`` (relative to sentence
    ``index``): in that sentence, then up to ``BACK`` sentences before it (a span or an anaphor names
    no single year)."""
    for j in range(index, max(-1, index - 1 - BACK), -1):
        view = ctx.sentences[j]
        for t in sorted(view.dates, key=lambda x: -x.start):
            if j == index and view.rel(t.end) > pos:
                continue
            if t.kind in ("range", "decade", "anaphoric", "relative") or t.year is None:
                continue
            return t.year, t.text
    return None


def _with_year(d: TimeExpr, y: int) -> str:
    return f"{y:04d}-{d.month:02d}" + (f"-{d.day:02d}" if d.day else "")


def that_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr) -> tuple[str, str] | None:
    """``d`` (a year-less date with its month) in the year "that year" names (see the module)."""
    if d.kind != "partial" or d.month is None or d.year is not None:
        return None
    a, b = sv.rel(d.start), sv.rel(d.end)
    if THAT_YEAR_AFTER_RE.match(sv.text, b):
        got = _year_before(ctx, sv.index, a)
        return (_with_year(d, got[0]), f"'{d.text} … that year': the year of '{got[1]}'") if got else None
    # the phrase told just before the date, in its sentence or the one before, with no other date between
    if any(sv.rel(x.end) <= a for x in sv.dates + sv.anaphors if x is not d):
        return None
    hits = list(THAT_YEAR_RE.finditer(sv.text, 0, a))
    index = sv.index
    if not hits and sv.index > 0:
        prev = ctx.sentences[sv.index - 1]
        if prev.dates or prev.anaphors or prev.section != sv.section:
            return None
        hits, index = list(THAT_YEAR_RE.finditer(prev.text)), prev.index
    if not hits:
        return None
    pos = hits[-1].start()
    got = _year_before(ctx, index, pos)
    if got is None:
        return None
    base = _last_month(ctx, index, pos, got)
    if base is not None and base > d.month:  # "On 30 October 2023 … at the end of that year. On 3 February": on
        return _with_year(d, got[0] + 1), f"'{d.text}' after 'that year' ({got[0]}, from '{got[1]}'): the next year"
    return _with_year(d, got[0]), f"'{d.text}' after 'that year': the year of '{got[1]}'"


def _last_month(ctx: ArticleContext, index: int, pos: int, got: tuple[int, str]) -> int | None:
    """The month of the date whose year "that year" names, when it has one."""
    for j in range(index, max(-1, index - 1 - BACK), -1):
        view = ctx.sentences[j]
        for t in sorted(view.dates, key=lambda x: -x.start):
            if j == index and view.rel(t.end) > pos:
                continue
            if t.text == got[1]:
                return t.month
    return None


def past_flashback_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str) -> tuple[str, str] | None:
    """``d`` (year-less, its year ``iso[:4]`` from an anchor) moved out of a pluperfect flashback told in
    the sentence before it (see the module)."""
    if d.kind != "partial" or d.month is None or sv.index == 0:
        return None
    y = int(iso[:4])
    if any(x.year == y for x in sv.dates if x.end <= d.start) or PLUPERFECT_CLAUSE_RE.search(sv.text):
        return None  # its anchor in its own sentence; a flashback told in its own sentence
    prev = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, prev.start) > prev.start:
        return None
    anchor = next((t for t in sorted(prev.dates, key=lambda x: -x.start) if t.year == y and
                   t.kind not in ("range", "decade")), None)
    if anchor is None:
        return None
    at = prev.rel(anchor.start)
    lo = 0
    for cm in CLAUSE_CUT_RE.finditer(prev.text, 0, at):
        lo = cm.end()
    if not PLUPERFECT_CLAUSE_RE.search(prev.text, lo, at):
        return None
    base = _narrative_before(ctx, prev, prev.rel(anchor.start), y)
    if base is None:
        return None
    by, bm, bd = base[0]
    ny = by - (1 if (d.month, d.day or 1) > (bm, bd or 31) else 0)
    if ny <= y:
        return None
    return _with_year(d, ny), f"year of the narrative's time ('{base[1]}'), not of the flashback's '{anchor.text}'"


def _narrative_before(ctx: ArticleContext, view: SentenceView, pos: int,
                      y: int) -> tuple[tuple[int, int, int | None], str] | None:
    """The point date told before the flashback (in its sentence before ``pos``, or up to ``BACK``
    sentences back), else the publication date: (year, month, day) and its text, when later than ``y``."""
    for j in range(view.index, max(-1, view.index - 1 - BACK), -1):
        v = ctx.sentences[j]
        for t in sorted(v.dates, key=lambda x: -x.start):
            if j == view.index and v.rel(t.end) > pos:
                continue
            if not_a_point(t) or told_as_background(ctx.text, t):
                continue
            got, _basis = ctx.date_of(t)
            if t.kind == "relative" and got and len(got) == 4:
                continue  # "nearly four years ago", "last year": a time looked back to, not the narrative's
            if got and "/" not in got and int(got[:4]) > y:  # (a year alone: its December bounds it)
                return (int(got[:4]), int(got[5:7]) if len(got) >= 7 else 12,
                        int(got[8:10]) if len(got) == 10 else None), t.text
            if got and "/" not in got:
                return None  # the narrative was at the flashback's time or before it
    ref = ctx.ref_date
    if ref and len(ref) >= 7 and int(ref[:4]) > y:
        return (int(ref[:4]), int(ref[5:7]), int(ref[8:10]) if len(ref) == 10 else None), f"publication {ref}"
    return None
