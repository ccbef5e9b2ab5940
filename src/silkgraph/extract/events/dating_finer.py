"""A vaguer date giving way to a finer one of the same clause: "In early May Pakistan test-fired a
missile on May 3", "Last month, on June 14, X and Y signed …", "this spring, on 3 April": the
nearest date the clause tells an event with may be the vague frame of a day it tells too; both
say the same time, so the event takes the finer (a gold dated to the month accepts the day)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.nlp.dates import TimeExpr

# the vaguer date opens its sentence ("In early May X did Y on May 3"), or the finer one is set beside it
# ("Last month, on June 14, …")
FRAME_OPEN_RE = re.compile(r"\s*(?:(?:And|But|Then|So)\s+)?(?:(?:In|On|At|During|By)\s+)?", re.I)
APPOSED_RE = re.compile(r"\s*,?\s*")
# how much farther from the trigger the finer date may be than the vaguer one chosen
REACH = 60


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
        if not got or "/" in got or len(got) <= len(iso) or not got.startswith(iso):
            continue
        if best is None or dd < best[0]:
            best = (dd, got, basis, x, a, b)
    if best is None:
        return None
    _dd, got, basis, x, a, b = best
    return got, basis, x, a, b
