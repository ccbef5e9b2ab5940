"""How a figure is framed: its period (the year range or year nearest to it, or the previous
statistic's for "in the same period"), its scope (another state or place whose total it is a
share of, or that it was sent to) and its measure (what the figure counts or is worth)."""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import indicators as I
from silkgraph.extract.statistics import measure_changes as MC
from silkgraph.extract.statistics import measure_phrases as MP
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.valuation import WORTH_OF_RE
from silkgraph.model import Mention
from silkgraph.nlp.dates import TimeExpr


def period(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
            prev: dict[str, Any]) -> list[int] | None:
    def usable(d: TimeExpr) -> bool:
        return d.kind in ("range", "relative") or (d.kind == "absolute" and d.month is None)

    dates = [d for d in sv.dates if usable(d)]
    sp = c.same_period.search(sv.text, st.end, min(hi, st.end + 60))
    if sp is not None and prev.get("period") and not any(st.end <= sv.rel(d.start) < sp.start() for d in dates):
        return list(prev["period"])  # "36 percent of X's imports in the period, down from …"
    asides = S._asides(sv.text)  # "Italy, which sold two in 2023, for 16 percent": not the figure's year
    dates = [d for d in dates if not any(x < sv.rel(d.start) < y <= st.start for x, y in asides)] or dates
    in_clause = [d for d in dates if lo <= sv.rel(d.start) < hi]
    # (a date of another clause, but not a deadline across a contrast: "X imported …, while Y aims to
    # export … by 2030")
    pool = in_clause or [d for d in dates if not deadline_across_contrast(sv.text, st, sv.rel(d.start))]
    right = [d for d in pool if sv.rel(d.start) >= st.end
             and re.fullmatch(r"\s*(?:\s+in\s*)?", sv.text[st.end:sv.rel(d.start)])]
    pool = right or pool  # "$7.1 billion in 2024": the date written right after the figure
    if pool:
        d = min(pool, key=lambda d: abs(sv.rel(d.start) - st.start))
        if d.kind == "range" and d.year and d.end_year:
            return [d.year, d.end_year]
        iso, _basis = ctx.date_of(d)
        if iso and re.match(r"^\d{4}", iso) and (d.kind != "relative" or d.unit == "year"):
            y = int(iso[:4])
            return [y, y]
    if c.same_period.search(sv.text) and prev.get("period"):
        return list(prev["period"])
    return None


def deadline_across_contrast(text: str, st: Stat, pos: int) -> bool:
    """Whether the date at ``pos`` is a deadline ("by 2030") with a contrastive clause boundary (",
    while", ", but") between it and the figure: another clause's target, not the figure's period."""
    a, b = (st.end, pos) if pos >= st.end else (pos, st.start)
    deadline = P.DEADLINE_BEFORE_RE.search(text, max(0, pos - 20), pos) or P.DEADLINE_RE.match(text, pos)
    return deadline is not None \
        and P.CONTRAST_CLAUSE_RE.search(text, a, b) is not None


def scope(sv: SentenceView, ctx: ArticleContext, subj: str, st: Stat, lo: int, hi: int) -> str | None:
    if st.peers:  # "Exports to X and Y grew …": a list's actor is no scope of its peer's figure
        return scope_of([(a, b, m) for a, b, m in sv.mentions_rel() if m.entity_id not in st.peers],
                         sv, ctx, subj, st, lo, hi)
    return scope_of(sv.mentions_rel(), sv, ctx, subj, st, lo, hi)


def scope_of(mentions: list[tuple[int, int, Mention]], sv: SentenceView, ctx: ArticleContext, subj: str,
              st: Stat, lo: int, hi: int) -> str | None:
    """The scope among ``mentions`` (sentence offsets, mention)."""
    for a, _b, m in mentions:  # "X's share of Y's imports … at 42 percent": Y
        if lo <= a < st.start and m.entity_id != subj and ctx.etype(m.entity_id) == "state" \
                and P.SHARE_OF_RE.search(sv.text, max(0, a - 20), a):
            return m.entity_id
    for a, _b, m in mentions:
        if st.end <= a and P.POSS_FIGURE_AFTER_RE.match(sv.text, _b):
            continue  # "… and China's at 35 percent": the next figure's own subject
        if st.end <= a and P.COMPARED_BEFORE_RE.search(sv.text, max(0, a - 20), a):
            break  # "… ahead of Y with 10 percent and Z with 5 percent": rivals listed, no scope
        if st.end <= a and (P.AFTER_PAREN_FIGURE_RE.fullmatch(sv.text, st.end, a)
                            or P.PEER_FIGURE_AFTER_RE.match(sv.text, _b)):
            continue  # "Behind X (30 percent), Y was …", "X (5 percent), Y (4 percent)": a peer, no scope
        if st.end <= a < hi and m.entity_id != subj and ctx.etype(m.entity_id) in P.SCOPE_TYPES \
                and S.prev_word(sv.text, a) not in P.COMPARATOR_PREPS and not S.is_source(sv.text, a, _b):
            return m.entity_id
    for a, _b, m in mentions:
        if lo <= a < st.start and m.entity_id != subj and S.prev_word(sv.text, a) == "to" \
                and ctx.etype(m.entity_id) in P.SCOPE_TYPES and not S.is_source(sv.text, a, _b):
            return m.entity_id
    return None


def measure(sv: SentenceView, subj: Mention | None, st: Stat, lo: int | None = None) -> str:
    text = sv.text
    after = text[st.end:]
    if (pm := MP.phrase_measure(text, st)) is not None:
        return pm  # "puts X's GDP at", "a 45 percent rise in X's imports", "spent … on defence"
    if st.unit not in ("percent", "count", "rank", "ratio"):
        am = I.ATTRIB_AFTER_RE.match(text, st.end) or WORTH_OF_RE.match(text, st.end)
        if am is not None:  # "the Rs 17.6 trillion budget", "$7.1 billion worth of equipment"
            return re.sub(r"^\s*(?:worth\s+of\s+)?", "", am.group(0)).strip()
        mm = P.MONEY_MEASURE_RE.search(text[max(0, st.start - 90):st.start])
        if mm:
            return mm.group("np").strip()
        pm = P.PUT_AT_RE.search(text, max(0, st.start - 80), st.start)
        if pm:
            return pm.group("np").strip()
    if st.unit == "percent" and re.search(r"\bturnout\s+(?:of\s+)?(?:[a-z]+\s+)?$", text[max(0, st.start - 30):st.start]):
        return "turnout"
    m = re.match(r"\s+of\s+(?P<np>(?:the\s+)?[^,;.()]{3,80}?)(?=\s+(?:in|between|during|from|over|since|"
                 r"after|before|and|while|with|respectively)\b|[,;.(]|$)", after)
    if m:
        return ("share of " if st.unit == "percent" else "") + m.group("np").strip()
    if subj is not None:
        of = re.search(r"(?:the\s+)?(?P<np>[\w\- ]{3,40}?)\s+of\s+$", text[max(0, sv.rel(subj.start) - 45):sv.rel(subj.start)])
        if of:
            return of.group("np").strip()
        b = sv.rel(subj.end)
        rest = re.sub(r"^['’]s?\s*", "", text[b:st.start])
        stop = P.MEASURE_STOP_RE.search(rest)
        phrase = (rest[:stop.start()] if stop else rest).strip()
        if phrase and len(phrase) < 80:
            return phrase
    if st.unit == "percent" and lo is not None and MC.tells_change(text, lo, st) \
            and (cm := MC.change_measure(text, lo, st)) is not None:
        return cm  # "hospital admissions for flu fell by 13 percent": the measure that changed
    return MP.counted_words(after) if st.unit in ("count", "ratio") else st.unit
