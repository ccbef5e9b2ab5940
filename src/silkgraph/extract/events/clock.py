"""The narrative's clock for year-less dates and anaphors (the event dating of :mod:`timeline`).

* A year-less date ("On 7 May") takes its year from the last date written with a year before it
  (``ctx.anchors``).  When the narrative has moved since then to another year by a date counted
  from an event or an anaphor ("… only in March 2022. Two days after the clashes [2021-04-30] X
  accused Y. On 7 May …"), the year is the narrative's: that of the last event date told in the
  paragraph since the anchor, when the date falls within half a year after it.
* An anaphor ("Later that year", "That month") counts from the date told just before it; when
  that date is told as background (", a step Moscow had taken on 21 February", ", an event first
  reported in 2021") and its sentence tells a narrative date before it, it counts from that one.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.nlp.dates import TimeExpr, paragraph_start, resolve_anaphor
from silkgraph.nlp.dates.narrative import NOT_POINT_PREPS, told_as_background

WRITTEN_YEAR_RE = re.compile(r"\b\d{4}\b")
BACK = 6  # sentences back to the narrative's last date
HALF_YEAR = 6


def narrative_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str, basis: str) -> tuple[str, str]:
    """``d`` (a year-less date whose year came from an anchor) in the year of the narrative's
    last event date told since the anchor, when the two differ (see the module)."""
    y = ctx.anchors.get(id(d))
    if y is None or d.month is None or any(x.year == y and x.end <= d.start for x in sv.dates):
        return iso, basis  # the anchor is in the same sentence
    st = article_state(ctx)
    lo = ctx.sentences[max(0, sv.index - BACK)].start
    ps = paragraph_start(ctx.text, sv.start, lo)
    for j in range(sv.index - 1, max(-1, sv.index - 1 - BACK), -1):
        view = ctx.sentences[j]
        if view.start < ps:
            break
        told = st.last_dates.get(j)
        if told is not None and len(told[0]) >= 7:
            ny, nm = int(told[0][:4]), int(told[0][5:7])
            if ny == y or WRITTEN_YEAR_RE.search(told[1]) or not 0 <= d.month - nm <= HALF_YEAR:
                return iso, basis
            got = f"{ny:04d}{iso[4:]}"
            return got, f"year of the narrative's last date ('{told[1]}', {told[0]}), not of the earlier {y}"
        if any(x.year == y for x in view.dates):
            break  # the anchor's sentence
    return iso, basis


def _points(ctx: ArticleContext, view: SentenceView, before: int | None = None) -> list[tuple[TimeExpr, str]]:
    """The point dates of ``view`` (before the offset ``before``), resolved, in order."""
    out = []
    for t in sorted(view.dates + view.anaphors, key=lambda x: x.start):
        if before is not None and t.start >= before:
            break
        if t.kind in ("range", "decade") or (t.prep or "") in NOT_POINT_PREPS:
            continue
        got, _basis = ctx.date_of(t)
        if got and "/" not in got:
            out.append((t, got))
    return out


def narrative_anaphor(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str, basis: str) -> tuple[str, str]:
    """``d`` counted from the narrative date told before the background date it was counted from."""
    pool = _points(ctx, sv, d.start)
    if not pool and sv.index > 0:
        pool = _points(ctx, ctx.sentences[sv.index - 1])
    if len(pool) < 2 or not told_as_background(ctx.text, pool[-1][0]):
        return iso, basis
    for t, got in reversed(pool[:-1]):
        if not told_as_background(ctx.text, t):
            new, why = resolve_anaphor(d, got, t.text)
            return (new, f"{why}; not the background '{pool[-1][0].text}'") if new else (iso, basis)
    return iso, basis
