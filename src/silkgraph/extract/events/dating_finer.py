"""A vaguer date giving way to a finer one of the same clause, read at two points of event dating.

* While the date is chosen (:func:`finer_date`, from :func:`dates.own_date`): "In early May Pakistan
  test-fired a missile on May 3", "Last month, on June 14, X and Y signed …", "this spring, on 3 April":
  the nearest date the clause tells an event with may be the vague frame of a day it tells too; both
  say the same time, so the event takes the finer (a gold dated to the month accepts the day).
* After it is chosen (:func:`refined_date`): "A year later Belarus joined at the Astana summit of July
  2024": the count "a year later" dates the joining to 2024, and the occasion told right after the verb
  to its month.  When the date chosen is a year or a month worked out (counted, carried over, not
  written for it), and a date written after the trigger in the same clause (within 60 characters, no
  comma, semicolon, colon or dash between) falls within it and is more precise, the event takes the
  precise date.  A date that contradicts the chosen one is left alone (it may be another event's:
  "joined in 2015 the pact of March 2009").  An act told "overnight" after a saying's day is then moved
  to the day before (:mod:`date_overnight`).

Both take a date only when it lies inside the one chosen and is more precise (:func:`narrower`)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.date_overnight import overnight_shift
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.nlp.dates import TimeExpr

# the vaguer date opens its sentence ("In early May X did Y on May 3"), or the finer one is set beside it
# ("Last month, on June 14, …")
FRAME_OPEN_RE = re.compile(r"\s*(?:(?:And|But|Then|So)\s+)?(?:(?:In|On|At|During|By)\s+)?", re.I)
APPOSED_RE = re.compile(r"\s*,?\s*")
# how much farther from the trigger the finer date may be than the vaguer one chosen
REACH = 60
# (refined_date) how far after the trigger the precise date may be written, and what ends the clause
MAX_GAP = 60
CLAUSE_STOP_RE = re.compile(r"[,;:()—–]|\b(?:and|but|while|which|who|when|after|before|until|since)\b")


def narrower(got: str | None, iso: str) -> bool:
    """Whether the date ``got`` lies inside ``iso`` and is more precise (not an interval)."""
    return bool(got) and "/" not in got and len(got) > len(iso) and got.startswith(iso)  # type: ignore[arg-type, union-attr]


def finer_date(ctx: ArticleContext, sv: SentenceView, iso: str, dist: int,
               pool: list[tuple[int, TimeExpr, int, int]]) -> tuple[str, str, TimeExpr, int, int] | None:
    """Among the candidate dates ``pool`` ((distance, expression, start, end), all already found to be
    of the event's clause, distance with penalties), the nearest one within ``REACH`` of the chosen
    distance ``dist`` whose date falls inside the chosen ``iso`` and is finer: (iso, basis, d, a, b)."""
    from silkgraph.extract.events.timeline import narrative_date

    if len(iso) == 10 or dist >= 500:
        return None
    chosen = next((p for p in pool if p[0] == dist), None)
    if chosen is None:
        return None
    _d0, _x0, a0, b0 = chosen
    dm = DATELINE_RE.match(sv.text) if sv.index < 3 else None  # (a wire lead opens after its dateline)
    frame = FRAME_OPEN_RE.fullmatch(sv.text, dm.end() if dm else 0, a0) is not None
    best = None
    for dd, x, a, b in pool:
        if dd >= 500 or dd > dist + REACH or x.kind == "anaphoric" or a < b0:
            continue
        if not (frame or APPOSED_RE.fullmatch(sv.text, b0, a)):
            continue  # "this week's hijacking … on Friday": the vaguer date is the noun's own, not a frame
        got, basis = narrative_date(ctx, sv, x)
        if not narrower(got, iso):
            continue
        if best is None or dd < best[0]:
            best = (dd, got, basis, x, a, b)
    if best is None:
        return None
    _dd, got, basis, x, a, b = best
    return got, basis, x, a, b


def refined_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The event's chosen date ``c.date``, made more precise by a date of its clause told right after
    the trigger; an act told "overnight" after a saying's day, the day before (:mod:`date_overnight`)."""
    return overnight_shift(sv, ctx, c, _refined(sv, ctx, c))


def _refined(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    iso, _text, basis = c.date
    if not iso or len(iso) >= 10 or basis == "as written":
        return c.date  # (a date written for the event is its own: "the war of 2020 ended with a truce on …")
    for d in sv.dates:
        a = sv.rel(d.start)
        if a < c.end or a - c.end > MAX_GAP or d.kind not in ("absolute", "partial") or d.month is None:
            continue
        if CLAUSE_STOP_RE.search(sv.text, c.end, a):
            return c.date
        got, why = ctx.date_of(d)
        if narrower(got, iso):
            return got, d.text, why
        return c.date
    return c.date
