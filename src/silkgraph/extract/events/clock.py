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
from silkgraph.extract.discourse import window_start
from silkgraph.extract.events.article import article_state
from silkgraph.nlp.dates import TimeExpr, resolve_anaphor
from silkgraph.nlp.dates.narrative import not_a_point, told_as_background

WRITTEN_YEAR_RE = re.compile(r"\b\d{4}\b")
BACK = 6  # sentences back to the narrative's last date
HALF_YEAR = 6


# "the 1971 war", "the Treaty of 1960", "the atrocities of 1971", "since 1971": a year that names or bounds a
# noun, not a time the narrative has reached
NOUN_BEFORE_RE = re.compile(r"\b[A-Za-z][\w\-’']+\s+$")
DET_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
NOUN_AFTER_RE = re.compile(r"[\s\-]+[a-z]")


def modifier_year(text: str, d: TimeExpr) -> bool:
    """Whether ``d`` is a year alone that modifies a noun ("the 1971 war", "the treaty of 1960") or
    bounds a span ("since 1971"), so that a later year-less date or anaphor is not counted from it."""
    if d.month is not None or d.year is None or d.kind in ("range", "decade"):
        return False
    prep = d.prep or ""
    if prep == "since":
        return True
    if prep == "of":
        return NOUN_BEFORE_RE.search(text, max(0, d.start - 40), d.start) is not None
    return not prep and DET_BEFORE_RE.search(text, max(0, d.start - 12), d.start) is not None and \
        NOUN_AFTER_RE.match(text, d.end) is not None


def _dates_before(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, back: int = 8) -> list[TimeExpr]:
    """The date expressions written before ``d``, nearest first (its sentence, then up to ``back`` before)."""
    out = sorted((x for x in sv.dates if x.end <= d.start), key=lambda x: -x.start)
    for j in range(sv.index - 1, max(-1, sv.index - 1 - back), -1):
        out += sorted(ctx.sentences[j].dates, key=lambda x: -x.start)
    return out


def past_modifier_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str,
                       basis: str) -> tuple[str, str]:
    """``d`` (a year-less date or an anaphor) counted from the date written before it when the
    nearest one is a year naming a noun (:func:`modifier_year`: "asked for an apology for the
    atrocities of 1971. When X came to Dhaka on 23 August, …"): from the date before that one."""
    prior = _dates_before(ctx, sv, d)
    if not prior or not modifier_year(ctx.text, prior[0]) or prior[0].year != int(iso[:4]):
        return iso, basis
    # an anaphor counted in days or hours ("Hours later", "the next day") needs a day to count from
    fine = d.kind == "anaphoric" and (d.unit or "day") not in ("year", "month")
    base: tuple[TimeExpr, str] | None = None
    for x in prior[1:]:
        if not_a_point(x) or modifier_year(ctx.text, x):
            continue
        got, _b = ctx.date_of(x)
        if got and "/" not in got and (len(got) == 10 or not fine):
            base = (x, got)
            break
    if base is None:
        if d.kind == "anaphoric" or not ctx.ref_date or len(iso) < 7:
            return iso, basis
        y = int(ctx.ref_date[:4]) - (1 if f"{ctx.ref_date[:4]}{iso[4:]}" > ctx.ref_date[:len(iso)] else 0)
        return f"{y:04d}{iso[4:]}", f"year from publication {ctx.ref_date[:10]}, not of '{prior[0].text}' " \
                                    f"(a year naming a noun)"
    x, got = base
    if d.kind == "anaphoric":
        new, why = resolve_anaphor(d, got, x.text)
        return (new, f"{why}; not from '{prior[0].text}', a year naming a noun") if new else (iso, basis)
    return f"{got[:4]}{iso[4:]}", f"year of '{x.text}' ({got}), not of '{prior[0].text}' (a year naming a noun)"


def narrative_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str, basis: str) -> tuple[str, str]:
    """``d`` (a year-less date whose year came from an anchor) in the year of the narrative's
    last event date told since the anchor, when the two differ (see the module)."""
    got = past_modifier_year(ctx, sv, d, iso, basis)
    if got[0] != iso:
        return got
    y = ctx.anchors.get(id(d))
    if y is None or d.month is None or any(x.year == y and x.end <= d.start for x in sv.dates):
        return iso, basis  # the anchor is in the same sentence
    st = article_state(ctx)
    ps = window_start(ctx, sv, BACK)
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
        if not_a_point(t):
            continue
        got, _basis = ctx.date_of(t)
        if got and "/" not in got:
            out.append((t, got))
    return out


def narrative_anaphor(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str, basis: str) -> tuple[str, str]:
    """``d`` counted from the narrative date told before the background date it was counted from."""
    got = past_modifier_year(ctx, sv, d, iso, basis)
    if got[0] != iso:
        return got
    pool = _points(ctx, sv, d.start)
    view = sv
    if not pool and sv.index > 0:
        view = ctx.sentences[sv.index - 1]
        pool = _points(ctx, view)
    if pool and pool[-1][0].kind == "anaphoric":
        return _chained(ctx, view, d, pool[-1], iso, basis)
    if len(pool) < 2 or not told_as_background(ctx.text, pool[-1][0]):
        return iso, basis
    for t, got in reversed(pool[:-1]):
        if not told_as_background(ctx.text, t):
            new, why = resolve_anaphor(d, got, t.text)
            return (new, f"{why}; not the background '{pool[-1][0].text}'") if new else (iso, basis)
    return iso, basis


def _chained(ctx: ArticleContext, view: SentenceView, d: TimeExpr, base: tuple[TimeExpr, str], iso: str,
             basis: str) -> tuple[str, str]:
    """``d`` counted from an anaphor told just before it ("A day earlier, X … The previous day, Y …"):
    from that anaphor's narrative date, when that was counted from another date than the one told
    just before it (its own base a background date) — the chain follows the narrative."""
    t, got = base
    if resolve_anaphor(d, got, t.text)[0] != iso:
        return iso, basis  # ``t`` is not the base ``d`` was resolved against
    memo = ctx.scratch.setdefault("events.anaphor_narrative", {})
    if id(t) not in memo:
        memo[id(t)] = narrative_anaphor(ctx, view, t, got, ctx.date_of(t)[1])
    new_base = memo[id(t)][0]
    if not new_base or new_base == got:
        return iso, basis
    new, why = resolve_anaphor(d, new_base, t.text)
    return (new, f"{why}, as the narrative counts it") if new else (iso, basis)
