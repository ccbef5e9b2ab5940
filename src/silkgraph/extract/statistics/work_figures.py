"""Figures told of a named work (a canal, dam, plant, pipeline, railway, corridor, port,
programme): its dimensions ("the X canal, 285 kilometres long,", "Planned at 285 km long, about
100 metres wide and 8.5 metres deep, the canal …"), the area it irrigates ("is meant to irrigate
550,000 hectares"), its capacity ("has a capacity of 3,600 MW") and its cost or value ("X,
estimated at $158 million,", "X, which cost $4.8 billion,", "X was financed with a $2 billion
loan", "the cost of X has risen to $7 billion", "X, valued at $3 billion", "now carrying a
headline value of $62 billion").

A work's figure is the work's own, not the state that builds or owns it.  The work is the
programme, place or company named right before the cue in the figure's clause whose name (or the
noun after it) is a work's noun, else a definite work noun there ("the canal") standing for the
work named before (``works.work_for_noun``); dimensions in a fronted participle take the work
that opens the main clause right after them ("Planned at 285 km long, the canal is …").
Every cue is gated on a literal of its own (" long", "irrigat", "capacity", money).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import named_before
from silkgraph.extract.statistics.works import work_for_noun, work_noun_alt
from silkgraph.model import Entity, Mention
from silkgraph.nlp.numbers import Number

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?"
_N = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_WORK = work_noun_alt()
# work nouns besides ``work_nouns`` that a programme or plant name may end in
_EXTRA = r"(?:project|programme|program|scheme|station|hydropower\s+plant|power\s+plant|reservoir)"
_WORK_WORD_RE = re.compile(r"\b(?:" + _WORK + r"|" + _EXTRA + r")s?\b", re.I)
# the words a named work may carry after its recognised name: "(XP)", "gas pipeline", "project"
_TAIL_RE = re.compile(r"(?:\s*\([A-Z][\w\-]*\))?(?:\s+(?:gas\s+|oil\s+|rail\s+|power\s+|hydropower\s+)?(?:" + _WORK + r"|"
                      + _EXTRA + r")\b)?")
# "285 kilometres long", "100 metres wide", "8.5 m deep"
DIM_RE = re.compile(_APPROX + r"(?P<n>" + _N + r")[\s-]?(?P<u>kilomet(?:er|re)s|km|met(?:er|re)s|m)[\s-]"
                    r"(?P<d>long|wide|deep|high|tall)\b")
_DIM_NOUN = {"long": "length", "wide": "width", "deep": "depth", "high": "height", "tall": "height"}
IRRIGATE_RE = re.compile(r"\birrigat(?:e|es|ed|ing)\s+" + _APPROX + r"(?P<n>" + _N + r")(?:\s+(?P<s>million|thousand))?\s+"
                         r"(?:hectares|ha)\b")
CAPACITY_RE = re.compile(r"\bcapacity\s+of\s+" + _APPROX + r"(?P<n>" + _N + r")\s*(?P<u>MW|megawatts|GW|gigawatts)\b")
# the cue right before a work's money: "estimated at", "which cost", "financed with a", "risen to"
COST_CUE_RE = re.compile(
    r"(?:\b(?:estimated|valued|priced|costed|budgeted|put)\s+at"
    r"|\b(?:cost|costs|costing)"
    r"|\b(?:financed|funded)\s+(?:with|by)(?:\s+an?)?"
    r"|\b(?:risen|rose|climbed|grown|grew|increased|jumped|soared|swelled)\s+to"
    r"|\b(?:a|its)\s+(?:\w+\s+)?(?:value|cost|price\s+tag)\s+of"
    # "approved in March 2023 with $600 million": the money a work was set up with
    r"|\b(?:approved|launched|started|set\s+up|created|endowed)\s+(?:in\s+[^,;()]{3,25}\s+)?with(?:\s+an?)?"
    r"(?:\s+(?:initial|total|first)?\s*(?:budget|allocation|outlay)\s+of)?"
    r"|\bcost\s+estimates?\s+(?:have|has|had)\s+(?:climbed|risen|grown|increased|swelled|jumped)\s+from"
    r"|\bcost\s+estimates?\s+(?:have|has|had)\s+(?:climbed|risen|grown|increased|swelled|jumped)\s+from\s+[^,;]{2,30}?\s+to"
    r")\s+" + _APPROX + r"(?:US\s?)?$", re.I)
# a cost cue's gap from the work: a short clause without another actor or a break (after the
# bracket of an acronym: "X (XC), launched in 2015 and now carrying …")
_GAP_RE = re.compile(r"\)?[^;:()\"]{0,90}")
# "targets 2,967 villages", "covers 120 districts": the places a work or programme reaches
REACH_RE = re.compile(r"\b(?:targets|targeted|covers|covered|serves|served|includes|included|reaches|reached|spans|spanned)\s+"
                      + _APPROX + r"(?P<n>" + _N + r")\s+(?:\w+\s+)?(?:villages|settlements|districts|households|towns|"
                      r"communities|provinces|schools|hospitals|homes)\b")
# "X, a network of sea, rail and road links of roughly 7,200 kilometres", "X, an 826-kilometre line"
APPOS_LENGTH_RE = re.compile(r"\)?,\s+an?\s+(?:[a-z][\w\-]*,?\s+){0,9}?(?:of\s+)?" + _APPROX + r"(?P<n>" + _N
                             + r")[\s-](?:kilomet(?:er|re)s?|km)\b")
_SCALE = {"million": 1e6, "thousand": 1e3}
_WORK_TYPES = ("program", "place", "company")
BACK = 3  # sentences searched back for the work whose cost estimates a sentence tells


def work_figures(sv: SentenceView, ctx: ArticleContext, money: list[Number]) -> list[Stat]:
    """The figures of the sentence told of a named work (dimensions, area irrigated, capacity,
    cost), each with the work as its subject hint."""
    text = sv.text
    out: list[Stat] = []
    if " long" in text or " wide" in text or " deep" in text:
        out += _dimensions(sv, ctx)
    if "irrigat" in text:
        for m in IRRIGATE_RE.finditer(text):
            val = float(m.group("n").replace(",", "")) * (_SCALE[m.group("s")] if m.group("s") else 1.0)
            out += _with_work(sv, ctx, m.start("n"), m.end("n"), val, "hectares", "area irrigated", m.start())
    if "capacity" in text:
        for m in CAPACITY_RE.finditer(text):
            val = float(m.group("n").replace(",", "")) * (1000.0 if m.group("u").startswith("G") else 1.0)
            out += _with_work(sv, ctx, m.start("n"), m.end("n"), val, "MW", "capacity", m.start())
    if " a" in text and ("kilomet" in text or "km" in text):
        for _a, b, m in sv.mentions_rel():
            tail = _TAIL_RE.match(text, b)
            am = APPOS_LENGTH_RE.match(text, tail.end() if tail else b)
            if am is not None and _is_work(sv, ctx, m):
                out.append(Stat(am.start("n"), am.end("n"), float(am.group("n").replace(",", "")), "km", m.entity_id,
                                "length"))
    if "target" in text or "cover" in text or "serve" in text or "includ" in text or "reach" in text or "span" in text:
        for m in REACH_RE.finditer(text):
            out += _with_work(sv, ctx, m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count",
                              "places reached", m.start())
    if "stake" in text:
        out += _stakes(sv, ctx)
    for n in money:
        cue = COST_CUE_RE.search(text, max(0, n.start - 60), n.start)
        if cue is not None:
            got = _with_work(sv, ctx, n.start, n.end, n.value, n.unit, "cost", cue.start())
            if not got and "estimate" in cue.group(0) and not any(sv.rel(m.start) < cue.start() for m in sv.mentions):
                # "Cost estimates have climbed from $4.8 billion to $7 billion": the work the text is about
                wk = named_before(ctx, sv, cue.start(), BACK, _WORK_TYPES, lambda e, mm: _is_work_entity(e, mm))
                if wk is not None:
                    got = [Stat(n.start, n.end, n.value, n.unit, wk[0].id, "cost",
                                why=f"'{wk[1].text}', the work named before whose cost is estimated")]
            out += got
    return out


def _dimensions(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"the X canal, 285 km long and 100 metres wide": each dimension, the work's; coordinated
    dimensions share one work, and fronted ones ("Planned at 285 km long, …, the canal is") take
    the work that opens the main clause after them."""
    dims = list(DIM_RE.finditer(sv.text))
    if not dims:
        return []
    got = _work_at(sv, ctx, dims[0].start())
    if got is None:
        comma = sv.text.find(",", dims[-1].end())
        after = sv.text[dims[-1].end():comma] if comma >= 0 else "x"
        if comma >= 0 and not after.strip() and _fronted(sv.text[:dims[0].start()]):
            got = _work_opening(sv, ctx, comma + 1)
    if got is None:
        return []
    out = []
    for m in dims:
        unit = "km" if m.group("u").startswith("k") else "m"
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), unit, got[0],
                        _DIM_NOUN[m.group("d")], why=got[1]))
    return out


_THE_WORK_RE = re.compile(r"\b[Tt]he\s+(" + _WORK + r")\b")
_OPENING_WORK_RE = re.compile(r"\s*the\s+(" + _WORK + r")\b", re.I)
_FRONT_RE = re.compile(r"^\s*(?:[A-Z][a-z]+ed|Built|Designed|Planned|At)\b[^,;]{0,40}$")


def _fronted(head: str) -> bool:
    """Whether ``head`` (the sentence up to the first dimension) opens a fronted participle or
    "At": "Planned at", "Designed to be", "At"."""
    return _FRONT_RE.match(head) is not None


def _work_opening(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str | None] | None:
    """The work that opens the clause at ``pos``: a named work, or "the <work noun>"."""
    for a, _b, m in sv.mentions_rel():
        if a >= pos:
            if sv.text[pos:a].strip().lower() in ("", "the") and _is_work(sv, ctx, m):
                return m.entity_id, None
            break
    dm = _OPENING_WORK_RE.match(sv.text, pos)
    if dm is not None:
        return work_for_noun(sv, ctx, dm.start(1), dm.group(1).lower().split()[-1])
    return None


def _with_work(sv: SentenceView, ctx: ArticleContext, start: int, end: int, value: float, unit: str,
               noun: str, cue: int) -> list[Stat]:
    """The figure at ``start``-``end`` as the work's, when a work is what the cue at ``cue`` tells of."""
    got = _work_at(sv, ctx, cue)
    if got is None:
        return []
    return [Stat(start, end, value, unit, got[0], noun, why=got[1])]


def _work_at(sv: SentenceView, ctx: ArticleContext, cue: int) -> tuple[str, str | None] | None:
    """The work the cue at ``cue`` tells of: the last mention before it in its clause, when it is a
    work and no break or other actor stands between ("X, estimated at", "the cost of X has risen
    to"); else a definite work noun right before it ("the canal is meant to irrigate")."""
    before = [(a, b, m) for a, b, m in sv.mentions_rel() if b <= cue]
    if before:
        a, b, m = before[-1]
        tail = _TAIL_RE.match(sv.text, b)
        gap_from = tail.end() if tail else b
        if _is_work(sv, ctx, m) and _GAP_RE.fullmatch(sv.text, gap_from, cue) \
                and not _other_clause(sv.text[gap_from:cue]):
            return m.entity_id, None
    found = list(_THE_WORK_RE.finditer(sv.text, 0, cue)) if "he " in sv.text[:cue] else []
    dm = found[-1] if found else None  # the last one before the cue
    if dm is not None and not any(dm.end() <= a < cue for a, _b, _m in before) \
            and _GAP_RE.fullmatch(sv.text, dm.end(), cue) and not _other_clause(sv.text[dm.end():cue]):
        return work_for_noun(sv, ctx, dm.start(), dm.group(1).lower().split()[-1])
    return None


# a gap that opens another clause or a new subject: "…, and the government", "…, while"
_OTHER_RE = re.compile(r"(?:,|\b)\s*(?:and|but|while|whereas|although|though|after|before|when|because|since|as)\s+"
                       r"(?:the\s+)?(?:[A-Z]|it\b|they\b|he\b|she\b)|\b(?:said|says|signed|agreed|paid|spent|loaned|lent|"
                       r"invested|offered|pledged|provided|granted)\b")


def _other_clause(gap: str) -> bool:
    """Whether the words between a work and its cue open another clause or tell of another actor's
    doing (a payment, a pledge) rather than of the work."""
    return _OTHER_RE.search(gap) is not None


def _is_work(sv: SentenceView, ctx: ArticleContext, m: Mention) -> bool:
    """Whether the mention names a work: a programme, place or company whose name, mention or the
    noun right after it is a work's noun ("the X railway", "X Dam", "CPEC"), or a programme."""
    ent = ctx.entity(m.entity_id)
    if ent is None or ent.type not in _WORK_TYPES:
        return False
    if ent.type == "program":
        return True
    end = sv.rel(m.end)
    tail = _TAIL_RE.match(sv.text, end)
    return _WORK_WORD_RE.search(ent.name + " " + m.text + " " + sv.text[end:tail.end() if tail else end]) is not None


def _is_work_entity(ent: Entity, m: Mention) -> bool:
    """Whether an entity named before is a work: a programme, or a place or company whose name or
    mention holds a work's noun."""
    return ent.type == "program" or _WORK_WORD_RE.search(ent.name + " " + m.text) is not None


# "a 49 percent stake": a share of a work or firm held by a firm
STAKE_RE = re.compile(r"(?P<p>(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:percent|per\s+cent|%))(?:\s+|-)(?:equity\s+)?(?:stake|share\s+holding|holding)\b")
# the holder before the stake: "a consortium led by X", "X holds", "X took"
_CONSORTIUM_RE = re.compile(r"\bconsortium\s+(?:led\s+by|headed\s+by|of|including|that\s+includes)\s+(?:the\s+)?$", re.I)
_HOLD_VERB_RE = re.compile(r"^\s+(?:(?:will|would|is\s+to|is\s+set\s+to|now|already)\s+)?(?:holds?|held|owns?|owned|took|takes?|"
                           r"acquired|acquires?|bought|buys?|secured|secures?|won|wins?|controls?)\s+(?:an?\s+)?"
                           r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$")
_HOLDER_TYPES = ("company", "organization")


def _stakes(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"A consortium led by X holds a 49 percent stake in Y", "X took a 49 percent stake", "X's 20
    percent stake": the stake is the holding firm's (a company or organisation named as the leader
    of the consortium, the subject of a verb of holding, or the owner before the figure)."""
    out: list[Stat] = []
    for st in STAKE_RE.finditer(sv.text):
        holder = None
        for a, b, m in sv.mentions_rel():
            if b > st.start() or ctx.etype(m.entity_id) not in _HOLDER_TYPES:
                continue
            gap = sv.text[b:st.start()]
            if _HOLD_VERB_RE.match(gap) or re.fullmatch(r"[’']s\s+", gap) \
                    or (_CONSORTIUM_RE.search(sv.text, max(0, a - 40), a) and st.start() - b < 160
                        and not re.search(r"[;:]", gap)):
                holder = m
        if holder is not None:
            out.append(Stat(st.start("p"), st.end("p"), float(st.group("n")), "percent", holder.entity_id, "stake"))
    return out
