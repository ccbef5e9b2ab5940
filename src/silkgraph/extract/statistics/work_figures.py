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
from silkgraph.extract.statistics import work_cues as C
from silkgraph.extract.statistics.capacities import GATE as CAP_GATE
from silkgraph.extract.statistics.capacities import capacities
from silkgraph.extract.statistics.dimension_nouns import GATE as DIM_GATE
from silkgraph.extract.statistics.dimension_nouns import dimension_nouns
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import named_before
from silkgraph.extract.statistics.work_stakes import stakes
from silkgraph.extract.statistics.works import work_for_noun
from silkgraph.model import Entity, Mention
from silkgraph.nlp.numbers import Number

_SCALE = {"million": 1e6, "thousand": 1e3}
_WORK_TYPES = ("program", "place", "company")
_LENDEE_TYPES = ("state", "organization", "company")
BACK = 3  # sentences searched back for the work whose cost estimates a sentence tells


def work_figures(sv: SentenceView, ctx: ArticleContext, money: list[Number]) -> list[Stat]:
    """The figures of the sentence told of a named work (dimensions, area irrigated, capacity,
    cost), each with the work as its subject hint."""
    text = sv.text
    out: list[Stat] = []
    if " long" in text or " wide" in text or " deep" in text or " high" in text or " tall" in text:
        out += _dimensions(sv, ctx)
    if "hectare" in text or " ha " in text:
        for m in C.IRRIGATE_RE.finditer(text):
            val = float(m.group("n").replace(",", "")) * (_SCALE[m.group("s")] if m.group("s") else 1.0)
            out += _with_work(sv, ctx, m.start("n"), m.end("n"), val, "hectares", "area irrigated", m.start(), True)
    if any(g in text for g in DIM_GATE):
        out += dimension_nouns(sv, ctx, _work_at, _work_opening, _is_work_entity)
    if any(g in text for g in CAP_GATE):
        out += capacities(sv, ctx, _is_work, _work_at, _is_work_entity)
    if " a" in text and ("kilomet" in text or "km" in text):
        for _a, b, m in sv.mentions_rel():
            tail = C.TAIL_RE.match(text, b)
            am = C.APPOS_LENGTH_RE.match(text, tail.end() if tail else b)
            if am is not None and _is_work(sv, ctx, m):
                out.append(Stat(am.start("n"), am.end("n"), float(am.group("n").replace(",", "")), "km", m.entity_id,
                                "length"))
    if any(g in text for g in C.REACH_GATE):
        for m in C.REACH_RE.finditer(text):
            out += _with_work(sv, ctx, m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count",
                              "places reached", m.start(), True)
    if "stake" in text:
        out += stakes(sv, ctx)
    for n in money:
        cue = C.COST_CUE_RE.search(text, max(0, n.start - 60), n.start)
        if cue is None or (cue.group("rise") and not _cost_noun_before(text, cue.start())) or _lent(sv, ctx, n.end):
            continue
        got = _with_work(sv, ctx, n.start, n.end, n.value, n.unit, "cost", cue.start())
        if not got and "estimate" in cue.group(0) and not any(sv.rel(m.start) < cue.start() for m in sv.mentions):
            # "Cost estimates have climbed from $4.8 billion to $7 billion": the work the text is about
            wk = named_before(ctx, sv, cue.start(), BACK, _WORK_TYPES, lambda e, mm: _is_work_entity(e, mm))
            if wk is not None:
                got = [Stat(n.start, n.end, n.value, n.unit, wk[0].id, "cost",
                            why=f"'{wk[1].text}', the work named before whose cost is estimated")]
        out += got
    return out


def _cost_noun_before(text: str, cue: int) -> bool:
    """Whether the clause of a rising verb at ``cue`` names a cost ("the cost of X has risen to"),
    not trade, revenue or freight ("Trade along X has risen to")."""
    start = max(text.rfind(",", 0, cue), text.rfind(";", 0, cue), 0)
    return C.RISE_NOUN_RE.search(text, start, cue) is not None


def _lent(sv: SentenceView, ctx: ArticleContext, end: int) -> bool:
    """Whether the money ending at ``end`` is a loan to another party ("a $2 billion loan to
    Turkmenistan"): financing of that party, not the work's cost."""
    lm = C.LOAN_TO_RE.match(sv.text, end)
    if lm is None:
        return False
    return any(a == lm.end() and ctx.etype(m.entity_id) in _LENDEE_TYPES for a, _b, m in sv.mentions_rel())


def _dimensions(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"the X canal, 285 km long and 100 metres wide": each dimension, the work's; coordinated
    dimensions share one work (a dimension after other words, as in a relative clause on another
    thing, finds its own), and fronted ones ("Planned at 285 km long, …, the canal is") take the
    work that opens the main clause after them."""
    dims = list(C.DIM_RE.finditer(sv.text))
    runs: list[list[re.Match[str]]] = []
    for m in dims:
        if runs and C.DIM_JOIN_RE.fullmatch(sv.text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for i, run in enumerate(runs):
        got = _work_at(sv, ctx, run[0].start())
        if got is None and i == 0:
            comma = sv.text.find(",", run[-1].end())
            after = sv.text[run[-1].end():comma] if comma >= 0 else "x"
            if comma >= 0 and not after.strip() and _fronted(sv.text[:run[0].start()]):
                got = _work_opening(sv, ctx, comma + 1)
        if got is None:
            continue
        for m in run:
            unit = "km" if m.group("u").startswith("k") else "m"
            out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), unit, got[0],
                            C.DIM_NOUN[m.group("d")], why=got[1]))
    return out


_THE_WORK_RE = re.compile(r"\b[Tt]he\s+(" + C.WORK + r")\b")
_OPENING_WORK_RE = re.compile(r"\s*the\s+(" + C.WORK + r")\b", re.I)
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
               noun: str, cue: int, verb: bool = False) -> list[Stat]:
    """The figure at ``start``-``end`` as the work's, when a work is what the cue at ``cue`` tells
    of; a ``verb`` cue ("irrigates", "covers") with a subject of its own right before it ("… say
    the river irrigates") tells of that subject, not of the work."""
    if verb and (om := C.OWN_SUBJECT_RE.search(sv.text, max(0, cue - 60), cue)) is not None \
            and not C.WORK_WORD_RE.search(om.group(0)):
        return []  # (but "the canal is meant to irrigate": the work's own noun)
    got = _work_at(sv, ctx, cue)
    if got is None:
        return []
    return [Stat(start, end, value, unit, got[0], noun, why=got[1])]


def _work_at(sv: SentenceView, ctx: ArticleContext, cue: int) -> tuple[str, str | None] | None:
    """The work the cue at ``cue`` tells of: the last mention before it in its clause, when it is a
    work, no break or other actor stands between ("X, estimated at", "the cost of X has risen
    to") and it is no part of a comma-opened modifier of another head ("Tajikistan, which built
    the X Dam, is"); else a definite work noun right before it ("the canal is meant to irrigate")."""
    before = [(a, b, m) for a, b, m in sv.mentions_rel() if b <= cue]
    if before:
        a, b, m = before[-1]
        tail = C.TAIL_RE.match(sv.text, b)
        gap_from = tail.end() if tail else b
        if _is_work(sv, ctx, m) and C.GAP_RE.fullmatch(sv.text, gap_from, cue) \
                and not _other_clause(sv.text[gap_from:cue]) and not _embedded(sv.text, a, gap_from):
            return m.entity_id, None
    found = list(_THE_WORK_RE.finditer(sv.text, 0, cue)) if "he " in sv.text[:cue] else []
    dm = found[-1] if found else None  # the last one before the cue
    if dm is not None and not any(dm.end() <= a < cue for a, _b, _m in before) \
            and C.GAP_RE.fullmatch(sv.text, dm.end(), cue) and not _other_clause(sv.text[dm.end():cue]):
        return work_for_noun(sv, ctx, dm.start(), dm.group(1).lower().split()[-1])
    return None


def _embedded(text: str, a: int, after: int) -> bool:
    """Whether the work at ``a`` sits in a comma-opened relative, participial or prepositional
    phrase that a comma right after it (at ``after``) closes: "Tajikistan, which built the Rogun
    Dam, is …", "the grid, fed by the X plant, has …" tell of the phrase's head."""
    return re.match(r"\)?\s*,", text[after:after + 3]) is not None \
        and C.EMBEDDING_RE.search(text, max(0, a - 80), a) is not None


def _other_clause(gap: str) -> bool:
    """Whether the words between a work and its cue open another clause or tell of another actor's
    doing (a payment, a pledge, a saying) rather than of the work."""
    return C.OTHER_RE.search(gap) is not None


def _is_work(sv: SentenceView, ctx: ArticleContext, m: Mention) -> bool:
    """Whether the mention names a work: a programme, place or company whose name, mention or the
    noun right after it is a work's noun ("the X railway", "X Dam", "CPEC"), or a programme."""
    ent = ctx.entity(m.entity_id)
    if ent is None or ent.type not in _WORK_TYPES:
        return False
    if ent.type == "program":
        return True
    end = sv.rel(m.end)
    tail = C.TAIL_RE.match(sv.text, end)
    return C.WORK_WORD_RE.search(ent.name + " " + m.text + " " + sv.text[end:tail.end() if tail else end]) is not None


def _is_work_entity(ent: Entity, m: Mention) -> bool:
    """Whether an entity named before is a work: a programme, or a place or company whose name or
    mention holds a work's noun."""
    return ent.type == "program" or C.WORK_WORD_RE.search(ent.name + " " + m.text) is not None
