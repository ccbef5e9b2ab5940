"""Statistics: shares, money amounts, counts and ranks with the actor they describe.

For every percentage, amount of money (not the value of a deal), counted measure
("685 security personnel killed", "nearly 40 countries") and rank in a ranking
("ranked Pakistan second"), the extractor finds:

* the *subject*: the first actor of the number's clause that is not a source ("according
  to SIPRI", "SIPRI data show") nor governed by a preposition; "this figure" takes the
  previous statistic's subject, "the country's" the article's main state;
* the *period*: a year range nearest to the number ("2011-2020", "between 2011 and 2020"),
  else a year ("in 2024" → [2024, 2024]), else "during this period" → the previous
  statistic's period;
* the *scope*: another state or place after the number ("of Armenia's arms imports") or
  before it after "to" ("exports to Central Asia").
"""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.patterns import Cues, Stat, cues
from silkgraph.model import Fact, Mention
from silkgraph.nlp.dates import TimeExpr
from silkgraph.nlp.numbers import (
    ORDINALS,
    WORD_NUMBERS,
    Number,
    find_counts,
    find_money,
    find_percents,
)


def _gate(sv: SentenceView, pattern: re.Pattern[str], twin: re.Pattern[str] | None,
          words: tuple[str, ...] | None = None) -> bool:
    """``pattern.search(sv.text)``, as a truth value. ``twin`` is the pattern's twin on
    ``sv.low``; ``words`` (optional) strings one of which every match holds in ``low``."""
    low = sv.low
    if low is not None and twin is not None:
        if words is not None and not any(w in low for w in words):
            return False
        return twin.search(low) is not None
    return pattern.search(sv.text) is not None


def _may_hold_numbers(sv: SentenceView) -> bool:
    """``P.PREFILTER.search(sv.text)``, as a truth value: a digit, else one of its words."""
    return P.DIGIT_RE.search(sv.text) is not None \
        or _gate(sv, P.PREFILTER, P._PREFILTER_LOW, P.PREFILTER_WORDS)


# --------------------------------------------------------------------------- entry point


def extract_statistics(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    if not _may_hold_numbers(sv):
        return []
    c = cues()
    bounds = [m.start() for m in P.CLAUSE_RE.finditer(sv.text)]
    out: list[Fact] = []
    for st in _numbers(sv, ctx, c, bounds):
        f = _fact(sv, ctx, c, bounds, st)
        if f is not None:
            out.append(f)
    return out


# --------------------------------------------------------------------------- numbers


def _numbers(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int]) -> list[Stat]:
    text = sv.text
    out = [Stat(n.start, n.end, n.value, "percent") for n in find_percents(text)] \
        if _gate(sv, P.PERCENT_GATE_RE, P._PERCENT_GATE_LOW, P.PERCENT_GATE_WORDS) else []
    if _gate(sv, P.MONEY_GATE_RE, P._MONEY_GATE_LOW):
        money = find_money(text)
        out += [Stat(n.start, n.end, n.value, n.unit) for n in money
                if not _deal_money(sv, ctx, n, c, bounds)
                and not P.ACT_MONEY_RE.search(text[max(0, n.start - 40):n.start])
                and not _project_cost(text, n) and not _baseline(text, n)
                and not _glossed(text, n, money)
                and not P.DEAL_VALUED_RE.search(text[max(0, n.start - 80):n.start])
                and not _appos_cost(sv, ctx, n)]
    if _gate(sv, P.COUNT_GATE_RE, P._COUNT_GATE_LOW, P.COUNT_GATE_WORDS):
        out += [Stat(n.start, n.end, n.value, "count") for n in find_counts(text)
                if _counted(text, n, c, bounds)]
    if "put " in text or "from " in text:
        out += _scaled_counts(sv, ctx)
    out += _ranks(sv, ctx, c)
    if "kilomet" in text or "km" in text:
        for m in P.LENGTH_RE.finditer(text):
            g = "n" if m.group("n") else "m"
            out.append(Stat(m.start(g), m.end(g), float(re.sub(r"[^\d.]", "", m.group(g).split()[0])), "km"))
    if " of " in text and P.HOLD_GATE_RE.search(text):
        out += _holdings(sv, ctx)
    out += [Stat(m.start(), m.end(), _num(m.group("n")), "ratio") for m in c.ratio.finditer(text)]
    taken: list[Stat] = []
    for s in sorted(out, key=lambda s: (s.start, -(s.end - s.start))):
        if not any(t.start <= s.start < t.end for t in taken):
            taken.append(s)
    return taken


def _project_cost(text: str, n: Number) -> bool:
    """"X spent $70 million refurbishing the airfield": what a project cost."""
    return bool(P.PROJECT_COST_RE.search(text[max(0, n.start - 40):n.start])) \
        and bool(P.GERUND_AFTER_RE.match(text[n.end:]))


def _appos_cost(sv: SentenceView, ctx: ArticleContext, n: Number) -> bool:
    """"…, the X Centre, a $70 million free-trade zone": the cost of a thing in apposition (not
    of an actor named right before the comma)."""
    m = P.APPOS_COST_RE.search(sv.text, max(0, n.start - 8), n.start)
    if m is None or m.end() != n.start:
        return False
    return not any(b == m.start() and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES for _a, b, mm in S._mentions_rel(sv))


def _baseline(text: str, n: Number) -> bool:
    """"…, against less than Rs 1,000 crore ten years earlier": the baseline of a comparison."""
    return bool(P.BASELINE_RE.search(text[max(0, n.start - 30):n.start]))


def _glossed(text: str, n: Number, money: list[Number]) -> bool:
    """"Rs 23,622 crore, about $2.8 billion": the local amount glossed in dollars is one figure."""
    return n.unit != "USD" and any(o.unit == "USD" and 0 < o.start - n.end <= 40
                                   and re.fullmatch(r"[^,;$]*,\s*(?:(?:about|some|around|roughly|nearly|"
                                                    r"almost|or|approximately)\s+)?(?:US)?", text[n.end:o.start])
                                   for o in money)


def _num(word: str) -> float:
    w = word.lower()
    return float(WORD_NUMBERS.get(w, 0) or w)


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    lo = max([0] + [b for b in bounds if b <= pos])
    hi = min([n] + [b for b in bounds if b > pos])
    return lo, hi


def _deal_money(sv: SentenceView, ctx: ArticleContext, n: Number, c: Cues, bounds: list[int]) -> bool:
    """Money that is the price of a deal or project, not a measure of an actor. Money an actor
    lends, invests or pays ("would lend €1.3 billion", "a 12 billion euro investment package")
    is a deal's value only in a sentence about arms; elsewhere it measures who commits it."""
    text = sv.text
    lo, hi = _clause(bounds, n.start, len(text))
    finance = c.finance_money.search(text[max(lo, n.start - 30):min(hi, n.end + 25)])
    if finance is not None and not _about_arms(sv, ctx, c):
        return False
    near = text[max(lo, n.start - 60):min(hi, n.end + 40)]
    return bool(c.deal_money.search(near) or c.finance_money.search(near))


def _about_arms(sv: SentenceView, ctx: ArticleContext, c: Cues) -> bool:
    return bool(c.arms_context.search(sv.text)) or any(ctx.etype(m.entity_id) == "weapon_system"
                                                       for m in sv.mentions)


def _counted(text: str, n: Number, c: Cues, bounds: list[int]) -> bool:
    """A count is a statistic when it counts a measured noun with a counting cue."""
    if not c.count_nouns.match(text[n.end:]):
        return False
    if P.DESIGNATION_RE.match(text, n.end):
        return False  # "40 J-35 stealth fighters": aircraft of a type, not fighters (people)
    lo, hi = _clause(bounds, n.start, len(text))
    clause = text[lo:hi]
    if P.FATAL_RE.search(clause):
        return bool(P.COUNTING_RE.search(clause))  # a toll, not one event's dead
    return bool(c.count_cues.search(clause))


def _anchored(sv: SentenceView) -> bool:
    """A year range ("in 2020–2024") or a share figure ("with 8.3 percent") in the sentence."""
    return any(d.kind == "range" for d in sv.dates) or _gate(sv, P.PERCENT_GATE_RE, P._PERCENT_GATE_LOW, P.PERCENT_GATE_WORDS)


def _ranks(sv: SentenceView, ctx: ArticleContext, c: Cues) -> list[Stat]:
    """Places in a ranking: "ranked Pakistan second", "ranks fifth in the index", "in second place"."""
    out: list[Stat] = []
    text = sv.text
    for m in (P.RANKED_RE.finditer(text) if "rank" in text else ()):  # literal pre-check
        hint = None
        for mm in sv.mentions:
            if m.start("who") <= sv.rel(mm.start) < m.end("who"):
                hint = mm.entity_id
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank", hint))
    for m in (P.IN_PLACE_RE.finditer(text) if "place" in text else ()):
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank"))
    # a place in a ranking is a measurement when the sentence anchors it: a year range
    # ("in 2020–2024") or the share figure it rests on ("with 8.3 percent")
    if ("largest" in text or "biggest" in text) and _anchored(sv):
        for m in P.LARGEST_RE.finditer(text):
            hint = None
            who = P.RANKED_WHO_RE.search(text[max(0, m.start() - 60):m.start()])
            if who is not None:
                off = max(0, m.start() - 60)
                for mm in sv.mentions:
                    if off + who.start("who") <= sv.rel(mm.start) < off + who.end("who") \
                            and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES:
                        hint = mm.entity_id
            g = "o" if m.group("o") else "top"
            out.append(Stat(m.start(g), m.end(g), float(_ordinal(m.group(g))), "rank", hint))
    return out


def _holdings(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of a named force's equipment or people: "22 aircraft and 24 helicopters of the
    X Air Force, carrying 585 servicemen" (the force, an organisation or armed group, is the subject)."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in S._mentions_rel(sv):
        if ctx.etype(m.entity_id) not in ("organization", "armed_group"):
            continue
        head = P.HOLDINGS_RE.search(text[max(0, a - 120):a])
        if head is None:
            continue
        off = max(0, a - 120) + head.start("list")
        for im in P.HOLD_ITEM_RE.finditer(head.group("list")):
            n = find_counts(im.group("n"))
            if n:
                noun = im.group(0)[len(im.group("n")):].strip()
                out.append(Stat(off + im.start("n"), off + im.end("n"), n[0].value, "count", m.entity_id, noun))
        cm = P.CARRYING_RE.match(text[b:])
        if cm and (n := find_counts(cm.group("n"))):
            noun = cm.group(0)[cm.end("n") - cm.start():].strip()
            out.append(Stat(b + cm.start("n"), b + cm.end("n"), n[0].value, "count", m.entity_id, noun))
    return out


def _scaled_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of people told without a counted noun ("put their number at 1.7 million") or as
    movements out of a state ("more than a million returns from Iran": that state's)."""
    out: list[Stat] = []
    text = sv.text
    for m in P.NUMBER_AT_RE.finditer(text):
        out.append(Stat(m.start("n"), m.end(), _scaled(m), "count"))
    for m in P.FLOW_FROM_RE.finditer(text):
        hint = next((mm.entity_id for a, _b, mm in S._mentions_rel(sv)
                     if a == m.end() and ctx.etype(mm.entity_id) == "state"), None)
        if hint is not None:
            out.append(Stat(m.start("n"), m.end("s") if m.group("s") else m.end("n"), _scaled(m), "count", hint))
    return out


def _scaled(m: re.Match[str]) -> float:
    raw = m.group("n").lower()
    base = 0.5 if raw.startswith("half") else 1.0 if raw in ("a", "one") else _num(raw.replace(",", ""))
    return base * P.SCALE_WORDS.get((m.group("s") or "").lower(), 1.0)


def _ordinal(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    return int(re.sub(r"\D", "", w) or 0)


# --------------------------------------------------------------------------- subject, period, scope


def _period(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
            prev: dict[str, Any]) -> list[int] | None:
    def usable(d: TimeExpr) -> bool:
        return d.kind in ("range", "relative") or (d.kind == "absolute" and d.month is None)

    dates = [d for d in sv.dates if usable(d)]
    in_clause = [d for d in dates if lo <= sv.rel(d.start) < hi]
    pool = in_clause or dates
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


def _scope(sv: SentenceView, ctx: ArticleContext, subj: str, st: Stat, lo: int, hi: int) -> str | None:
    for a, _b, m in S._mentions_rel(sv):
        if st.end <= a < hi and m.entity_id != subj and ctx.etype(m.entity_id) in P.SCOPE_TYPES \
                and S._prev_word(sv.text, a) not in P.COMPARATOR_PREPS:
            return m.entity_id
    for a, _b, m in S._mentions_rel(sv):
        if lo <= a < st.start and m.entity_id != subj and S._prev_word(sv.text, a) == "to" \
                and ctx.etype(m.entity_id) in P.SCOPE_TYPES and not S._is_source(sv.text, a, _b):
            return m.entity_id
    return None


def _measure(sv: SentenceView, subj: Mention | None, st: Stat) -> str:
    text = sv.text
    after = text[st.end:]
    if st.unit not in ("percent", "count", "rank", "ratio"):
        mm = P.MONEY_MEASURE_RE.search(text[max(0, st.start - 90):st.start])
        if mm:
            return mm.group("np").strip()
    m = re.match(r"\s+of\s+(?P<np>(?:the\s+)?[^,;.()]{3,80}?)(?=\s+(?:in|between|during|from|over|since|"
                 r"after|before|and|while|with)\b|[,;.(]|$)", after)
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
    words = re.findall(r"[\w\-]+", after)[:4]
    return " ".join(words) if st.unit in ("count", "ratio") else st.unit


# --------------------------------------------------------------------------- facts


def _fact(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int], st: Stat) -> Fact | None:
    prev: dict[str, Any] = ctx.scratch.setdefault("last_statistic", {})
    lo, hi = _clause(bounds, st.start, len(sv.text))
    inf: dict[str, str] = {}
    same = prev.get("index") == sv.index and prev.get("end", len(sv.text)) <= st.start
    scope: str | None = None
    measure: str | None = None
    if same and st.unit == prev.get("unit") and st.unit not in ("count", "rank") and prev.get("subject") \
            and P.COORD_FIGURE_RE.match(re.sub(r"^\s*of\s+", " ", sv.text[prev["end"]:st.start])):
        # "95 percent of its P and 20 percent of its Q", "$5.5 billion in 2023 and $7.1 billion in 2024"
        subj_id, subj_m = prev["subject"], None
        inf["subject"] = "subject of the figure coordinated before it"
        scope = prev.get("scope")
        measure = prev.get("measure") if st.unit != "percent" else None
    else:
        subj_id, subj_m = _pick_subject(sv, ctx, c, st, lo, hi, prev, inf)
    if subj_id is None:
        return None
    if subj_id in c.acting_for and ctx.entity(c.acting_for[subj_id]) is not None:
        inf["subject"] = f"{ctx.entity(subj_id).name} acts for {ctx.entity(c.acting_for[subj_id]).name}"  # type: ignore[union-attr]
        subj_id = c.acting_for[subj_id]
    period = _period(sv, ctx, c, st, lo, hi, prev)
    unit = st.unit
    if unit == "INR" and subj_id in P.RUPEE_STATES and not re.search(r"Indian|₹|INR", sv.text[st.start:st.end + 12]):
        unit = P.RUPEE_STATES[subj_id]  # "2.55 trillion rupees" in Pakistan's budget
    args: dict[str, Any] = {
        "subject": subj_id,
        "measure": measure or st.noun or ("length of the border" if st.unit == "km" else _measure(sv, subj_m, st)),
        "value": float(st.value),
        "unit": unit,
        "period": period,
        "scope": scope or (None if st.noun else _scope(sv, ctx, subj_id, st, lo, hi)),
    }
    prev.update(subject=subj_id, period=period, index=sv.index, unit=st.unit, end=st.end, scope=args["scope"],
                measure=args["measure"])
    return ctx.fact("statistic", sv, args, sv.abs(st.start), inferences=inf)


def _pick_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                  prev: dict[str, Any], inf: dict[str, str]) -> tuple[str | None, Mention | None]:
    if st.subject_hint:
        return st.subject_hint, None
    if st.unit not in ("percent", "count", "rank", "ratio", "km"):
        fm = S._funder(sv, ctx, c, st)
        if fm is not None:
            return fm.entity_id, fm
    if st.unit == "percent" and prev.get("index") == sv.index and prev.get("unit") == "rank" \
            and prev.get("subject") and P.WITH_FIGURE_RE.search(sv.text[:st.start]):
        inf["subject"] = "the ranked actor the figure is attached to ('with')"
        return prev["subject"], None
    types = P.SUBJECT_TYPES + (("weapon_system",) if st.unit == "ratio" else ())
    for a, b, m in S._mentions_rel(sv):  # "gave Y 53.9 percent": the receiving actor
        if ctx.etype(m.entity_id) in types and P.GIVE_GAP_RE.fullmatch(sv.text[b:st.start]) \
                and P.GIVE_VERB_RE.search(sv.text[max(0, a - 30):a]):
            return m.entity_id, m
    if st.unit == "percent" and P.OWNED_SHARE_RE.match(sv.text[st.end:]) and (main := S._main_state(sv, ctx)):
        inf["subject"] = "the article's main state (for 'the country's')"
        return main, None
    if st.unit == "count" and P.FATAL_RE.search(sv.text[lo:hi]):
        fm = S._fatal_place(sv, ctx, st, hi)
        if fm is not None:
            return fm.entity_id, None
    head = sv.text[lo:st.start]
    if c.anaphora.search(head) and prev.get("subject") and sv.index - prev.get("index", -9) <= 2:
        inf["subject"] = "antecedent of '" + c.anaphora.search(head).group(0) + "' (previous statistic)"  # type: ignore[union-attr]
        return prev["subject"], None
    if st.unit == "ratio":
        cands = [m for a, b, m in S._mentions_rel(sv) if b <= st.start and st.start - b < 40]
        return (cands[-1].entity_id, cands[-1]) if cands else (None, None)
    counted = st.unit == "count"
    m = S._source_after(sv, ctx, st, types) or S._relative_subject(sv, ctx, st, types) \
        or S._verb_subject(sv, ctx, st, types) or S._gapped_subject(sv, ctx, st, types) \
        or (S._it_antecedent(sv, ctx, lo, st, types) if not counted else None)
    if m is None and st.unit != "count":  # counts: often an attribute of a thing, not of "it"
        it = S._it_subject(sv, ctx, lo, st)
        if it is not None:
            inf["subject"] = it[1]
            return it[0], None
        m = S._subject(sv, ctx, lo, st.start, types, counted)
    if m is None and not S._headless_relative(sv, ctx, st):
        m = S._subject(sv, ctx, 0, st.start, types, counted)
    if m is not None:
        return m.entity_id, m
    cm = P.COUNTRY_RE.search(sv.text[:st.start])
    if cm and not (st.unit == "count" and cm.group(0).lower() == "its"):
        # "its 7,000 personnel": a possessive names the owner of a thing, not the country
        main = S._main_state(sv, ctx)
        if main:
            inf["subject"] = f"the article's main state (for '{cm.group(0)}')"
            return main, None
    return None, None
