"""Counted goods a transfer sentence names without a party of its own: their parties carried
from the discourse.

A sentence with a transfer word often counts goods that no trigger of its own takes in: a list
whose later items the verb does not reach ("A package followed in 2011, covering 100 S tanks and
118 T vehicles"), goods in a clause apart ("…, and two T arrived in 2023"), goods as the subject
of a status told far from them.  When such goods are a named system with a count before it, and
the sentence names no state but the goods' supplier, the deal is the one the discourse is
telling: the supplier is the sentence's (its draft's, the system's maker, else its origin), the
recipient the one of the transfer told just before in the paragraph, else the discourse's
(``parties._context_recipient``).  Every carried argument is recorded in ``Fact.inferences``.

Narrowed (review of the twenty-fourth session): a verb of holding ("operates", "has 200") is no
transfer word; goods whose holder or buyer is their own origin state (or its forces) named before
their verb are that state's own, not a supply; a designation's digits ("F-35") are no count; the
status and date are those of the verb in the goods' own clause, the weaker "ordered" when the goods
are told as not yet delivered, and "ordered" with no date when their clause has no verb; and no carry
is made for a pair whose aggregate ("arms") transfer the carried fact would absorb.

Measured on the development golds (twenty-fourth session): of the candidates the extractor
dropped, named systems with a count in a sentence with a transfer word and no other state were
right far more often than not; uncounted goods, categories and sentences naming other states
were not, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.transfers.build import _build
from silkgraph.extract.transfers.drafts import trigger_hits
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.merge import same_family
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.parties import _context_recipient
from silkgraph.extract.transfers.systems import find_items
from silkgraph.model import Fact
from silkgraph.nlp.count_words import count_alt
from silkgraph.resources import load_yaml

# a count right before the goods, past up to three words ("118 BMP-3", "two second-hand Type-053H2");
# not a year ("in 2018 S …")
COUNT_BEFORE_RE = re.compile(r"(?:(?<![\w\-])(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:" + count_alt(2, 12, 15, 20, 30, 40, 50)
                             + r"|a\s+dozen|dozens\s+of|hundreds\s+of)\b)\s+(?:[\w\-’']+\s+){0,3}$", re.I)

# the count counts people who work the goods, not the goods: "24 S crews were trained"
PEOPLE_AFTER_RE = re.compile(r"\s+(?:[\w\-]+\s+)?(?:crews?|pilots?|operators?|personnel|technicians?|instructors?|"
                             r"engineers?|specialists?|trainees?|gunners?)\b", re.I)


def carried_goods(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                  drafts: list[Draft]) -> list[Fact]:
    """Transfers of the counted named goods of a transfer sentence that no fact of the sentence
    covers, with parties carried from the discourse (see the module's docstring)."""
    items = [it for it in find_items(sv, ctx, lex, low) if not it.category and it.mention is not None
             and COUNT_BEFORE_RE.search(sv.text, max(0, it.start - 40), it.start)
             and not PEOPLE_AFTER_RE.match(sv.text, it.end)]
    if not items:
        return []
    told = _told_systems(sv, ctx)
    items = [it for it in items if not any(same_family(ctx, t, it.system) for t in told)]
    if not items:
        return []
    hits = trigger_hits(sv, lex, low)
    if not any(h.trig.role != "use" for h in hits):
        return []  # a verb of holding ("Russia operates 120 S") tells no transfer
    states = {m.entity_id for m in sv.mentions if ctx.etype(m.entity_id) == "state"}
    out: list[Fact] = []
    for it in items:
        if any(same_family(ctx, t, it.system) for t in told):
            continue  # "31 MQ-9B drones – 15 SeaGuardians …": a variant of goods the sentence tells
        told.add(it.system)
        own = next((d for d in drafts if d.item.start == it.start and d.item.end == it.end), None)
        if own is not None and own.supplier is not None and any(r.eid != own.supplier.eid for r in own.recipients):
            continue  # a draft with its parties, left out by a rule of its own
        sup = own.supplier if own is not None and own.supplier is not None else (
            maker_modifier(sv, ctx, it) or gazetteer_origin(ctx, it))
        if sup is None:
            continue
        rec = _carried_recipient(sv, ctx, it, sup, own)
        if rec is None or states - {sup.eid, rec.eid}:
            continue  # "… sent S to Z": a state of the sentence's own, not the discourse's deal
        if _held_apart(sv, lex, it, rec.eid):
            continue  # "…; its neighbours field other types: 120 S": the goods' clause has its own holder
        if _pair_has_aggregate(ctx, lex, sup.eid, rec.eid):
            continue  # "X accounted for 81 percent of Y's arms imports": the aggregate keeps its date and value
        h = own.hit if own is not None else _nearest_in_clause(sv, hits, it)
        told_apart = h is None  # no verb in the goods' own clause: their status and date are not told
        if h is None:
            h = _nearest([h for h in hits if h.trig.role != "use"], it)
        if h.trig.role != "sell" and _holder_named(sv, ctx, sup.eid, _clause_start(sv, it), max(h.start, it.start)):
            continue  # "Pakistan's air force is still receiving 50 S", "China's army has 200 S": its own goods
        status = own.status if own is not None else h.trig.status
        if status in ("delivered", "in_service") and (told_apart or _clause_cues().not_done.search(
                sv.text, max(0, it.start - 30), min(len(sv.text), it.end + 80))):
            status = "ordered"  # "two S that have yet to be delivered", "the undelivered S": the weaker status
        d = Draft(it, h, status, sup, [rec], hits, own.items if own is not None else [it])
        f = _build(sv, ctx, replace(d, recipients=[rec]), rec, None)
        if f is not None:
            if told_apart:
                f.args.pop("date", None)  # another clause's verb: its date is another item's
                f.args.pop("date_text", None)
            out.append(f)
    return out


def _told_systems(sv: SentenceView, ctx: ArticleContext) -> set[str]:
    """The systems of the transfers this sentence tells (its own or merged into earlier ones)."""
    out = {str(f.args.get("system")) for i, f in ctx.scratch.get("transfers_told", []) if i == sv.index}
    for f in ctx.scratch.get("transfers", []):
        if any(e.start < sv.end and sv.start < e.end for e in f.evidence):
            out.add(str(f.args.get("system")))
    return out


def _nearest(hits: list[Hit], it: Item) -> Hit:
    """The sentence's trigger nearest the goods."""
    return min(hits, key=lambda h: min(abs(h.start - it.end), abs(it.start - h.end)))


SOURCE_BEFORE_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)  # "ordered from Russia": the source


def _holder_named(sv: SentenceView, ctx: ArticleContext, eid: str, lo: int, hi: int) -> bool:
    """Whether the state ``eid`` or one of its own bodies ("the Pakistan Air Force") is named
    between ``lo`` and ``hi`` (before the goods' verb: their holder or buyer, not a supplier); a
    demonym modifies a noun ("Russian contracts") and holds nothing, unless it is the state's forces
    ("the Russian Air Force")."""
    for a, _b, m in sv.mentions_rel():
        if lo <= a < hi and not SOURCE_BEFORE_RE.search(sv.text, max(0, a - 12), a) and (m.kind != "demonym" or _clause_cues().forces.match(sv.text, _b)) and ctx.etype(m.entity_id) in ("state", "organization") and (
                m.entity_id == eid or ctx.state_of(ctx.entity(m.entity_id)) == eid):
            return True
    return False


def _clause_start(sv: SentenceView, it: Item) -> int:
    """Where the clause the goods stand in begins (past the last clause boundary before them)."""
    return max((m.end() for m in _clause_cues().boundary.finditer(sv.text, 0, it.start) if m.group().strip() != ":"),
               default=0)  # a list after a colon is led into by the clause before it


def _nearest_in_clause(sv: SentenceView, hits: list[Hit], it: Item) -> Hit | None:
    """The trigger of the goods' own clause nearest them (its status and date are theirs), None
    when their clause has none: another clause's verb tells another item's status."""
    lo = _clause_start(sv, it)
    hi = next((m.start() for m in _clause_cues().boundary.finditer(sv.text, it.end) if m.group().strip() != ":"),
              len(sv.text))
    own = [h for h in hits if lo <= h.start and h.end <= hi]
    return min(own, key=lambda h: min(abs(h.start - it.end), abs(it.start - h.end))) if own else None


def _pair_has_aggregate(ctx: ArticleContext, lex: Lexicon, sup: str, rec: str) -> bool:
    """Whether the article already has a generic ("arms") transfer of the pair, which a carried
    specific fact would otherwise absorb (losing its date, value and status)."""
    return any(g.args.get("supplier") == sup and g.args.get("recipient") == rec and g.args.get("system") in lex.generic
               for g in ctx.scratch.get("transfers", []))


def _carried_recipient(sv: SentenceView, ctx: ArticleContext, it: Item, sup: Party, own: Draft | None) -> Party | None:
    """The recipient of the transfer told last before this sentence in its paragraph (or in the
    previous sentence), else the discourse's recipient; never the supplier."""
    log: list[tuple[int, str, str]] = ctx.scratch.get("transfer_parties", [])
    lo = min(paragraph_first(ctx, sv), sv.index - 1)
    for i, _s, r in reversed(log):
        if lo <= i < sv.index and r != sup.eid:
            e = ctx.entity(r)
            return Party(r, f"recipient of the previous transfer sentence: '{e.name if e else r}'")
    upto = min(it.start, own.hit.start) if own is not None else it.start
    p = _context_recipient(sv, ctx, {sup.eid}, upto, True, True, False)
    return p if p is not None and p.eid != sup.eid else None


@dataclass(frozen=True)
class _ClauseCues:
    boundary: re.Pattern[str]
    holder: re.Pattern[str]  # a holder subject opening a clause: "its neighbours", "other states"
    anaphors: frozenset[str]
    adverbs: re.Pattern[str]
    not_done: re.Pattern[str]  # the goods' own status short of delivery: "yet to be delivered"
    forces: re.Pattern[str]  # after a demonym, the state's own forces: "the Russian Air Force"


@lru_cache(maxsize=1)
def _clause_cues() -> _ClauseCues:
    data = load_yaml("ontology/transfers.yaml")["carried_clauses"]
    heads = "|".join(re.escape(h) for h in data["holder_heads"])
    adverbs = "|".join(re.escape(a) for a in data["subject_adverbs"])
    return _ClauseCues(re.compile("|".join(f"(?:{b})" for b in data["boundaries"]), re.I),
                       re.compile(r"^\W*(?:[\w\-’']+\s+){0,3}?(?:" + heads + r")\b", re.I),
                       frozenset(a.lower() for a in data["recipient_anaphors"]),
                       re.compile(r"(?:\s+(?:" + adverbs + r"|\w+ly))+$", re.I),
                       re.compile(r"\b(?:" + "|".join(data["not_done"]) + r")\b", re.I),
                       re.compile(r"\s+(?:" + "|".join(data["own_forces"]) + r")\b", re.I))


def _goods_clause(sv: SentenceView, cues: _ClauseCues, it: Item) -> tuple[int, int] | None:
    """The clause the goods stand in, or that leads into them when they open a list after a colon:
    the last stretch with words between clause boundaries before the goods; None when that is the
    sentence's first clause (the transfer's own)."""
    cuts = [0] + [m.end() for m in cues.boundary.finditer(sv.text, 0, it.start)]
    ends = [m.start() for m in cues.boundary.finditer(sv.text, 0, it.start)] + [it.start]
    for lo, hi in reversed(list(zip(cuts, ends, strict=True))):
        if re.search(r"[A-Za-z]", sv.text[lo:hi]):
            return None if lo == 0 else (lo, hi)
    return None


def _held_apart(sv: SentenceView, lex: Lexicon, it: Item, rec: str) -> bool:
    """True when the goods' clause (past a ";", ":", dash or contrast word) has a subject of its own
    that holds goods and is not the carried recipient: a holder noun ("its neighbours", "the rebels")
    opening it, or a verb of holding (the lexicon's ``use`` triggers: "field", "operate", "have 20")
    after a subject that neither names the recipient nor stands for it ("it", "its army")."""
    cues = _clause_cues()
    span = _goods_clause(sv, cues, it)
    if span is None:
        return False
    lo, hi = span
    text = sv.text[:hi]
    if cues.holder.search(text[lo:]) and not _names(sv, rec, lo, hi):
        return True
    for trig in lex.triggers:
        if trig.role != "use" or trig.after:
            continue
        m = trig.pattern.search(text, lo)
        if m is None:
            continue
        subject = cues.adverbs.sub("", text[lo:m.start()].strip(" ,")).strip(" ,").lower()
        if subject and subject not in cues.anaphors and not _names(sv, rec, lo, m.start()):
            return True
    return False


def _names(sv: SentenceView, eid: str, lo: int, hi: int) -> bool:
    """Whether a mention of ``eid`` stands between ``lo`` and ``hi`` of the sentence."""
    return any(m.entity_id == eid and lo <= a < hi for a, _b, m in sv.mentions_rel())
