"""Friendly acts make partners: an article-level pass over the article's events and arms transfers
(:func:`silkgraph.extract.relations.hostile.hostile_pairs` runs it after its hostile passes).

Two states the article shows in friendly acts with each other (a meeting, an agreement, cooperation,
aid: ``friendly_acts`` in ``resources/ontology/relations.yaml``), told in two sentences or more, or in
one sentence and an arms transfer between them, are partners when no hostile act (an attack, an
accusation, a sanction ...) joins them, no paragraph tells a war or an armed conflict of the two
(``war_words``: a paragraph naming both, no other state in the war word's sentence) and the article
tells no other relation of the pair.  An act
told in a sentence of the pair's arms transfer is the sale's contract, not another act; the sales of
a supplier the article shows arming ``SURVEY_MIN`` states or more survey a market (as in ``repeat.py``).  The
golds record such a pair as partners though no sentence names the relation ("Modi visited Malé and
handed over patrol boats ... the two governments signed a credit line").  An act whose paragraph
tells a conflict being managed (a peace treaty, a ceasefire, border talks, a condolence call) does
not count: adversaries meet and sign too.

Measured on the development golds (unseen_dev + dev_old + shared) before it was added, over the
exported facts of the twenty-fourth session's base: 15 TP / 2 FP (P .88); without the sale and survey
exclusions 19 TP / 11 FP; kind ally instead of partner P .33; one friendly act alone P .28,
transfers alone (one or two) P .12-.24, hostile acts (attack, accusation, sanction) of a pair
below P .33: not landed.

No sentence states the partnership, so the evidence is the acts' sentences and the kind is a
recorded inference ("partner: friendly acts of the pair (meeting, agreement) told in 2 sentences in
this article")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first, same_paragraph
from silkgraph.extract.relations.repeat import SURVEY_MIN, first_evidence
from silkgraph.model import Fact
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")["friendly_acts"]
FRIENDLY = frozenset(_DATA["friendly_events"])
HOSTILE = frozenset(_DATA["hostile_events"])
_SETTLEMENT = re.compile(_DATA["settlement"], re.I)
WAR_RE = re.compile(_DATA["war_words"], re.I)
_MODALITIES = ("asserted", "reported")
ACTS_MIN = 2  # friendly acts told in this many sentences make partners without a transfer


def _states(refs: object) -> list[str]:
    """The distinct states among an event's actor or target references, in order."""
    out: list[str] = []
    for r in refs if isinstance(refs, list) else []:
        s = str(r)
        if s.startswith("state:") and s not in out:
            out.append(s)
    return out


def _event_pairs(f: Fact) -> set[frozenset[str]]:
    """The state pairs an event joins: each actor with each target, and two co-acting states."""
    actors, targets = _states(f.args.get("actors")), _states(f.args.get("targets"))
    pairs = {frozenset((x, y)) for x in actors for y in targets if x != y}
    if len(actors) == 2:
        pairs.add(frozenset(actors))
    return pairs


def _paragraph(ctx: ArticleContext, sv: SentenceView) -> list[SentenceView]:
    """The sentences of ``sv``'s paragraph."""
    last = sv.index
    while last + 1 < len(ctx.sentences) and same_paragraph(ctx, ctx.sentences[last], ctx.sentences[last + 1]):
        last += 1
    return ctx.sentences[paragraph_first(ctx, sv):last + 1]


def _settles(f: Fact, ctx: ArticleContext, pair: frozenset[str]) -> bool:
    """Whether the act's sentence, or another sentence of its paragraph naming no state or both of
    the pair, tells a conflict being managed or settled (the border, the war may be told next to the
    act; "Russia's war in Ukraine" told next to it is not the pair's)."""
    return any(_SETTLEMENT.search(p.text) if p is sv else _state_ids(ctx, p) in (set(), pair) and any(
        m.group(0)[0].islower() for m in _SETTLEMENT.finditer(p.text))  # (not a name: "Border Roads Organisation")
        for sv in ctx.sentences_over(f.evidence) for p in _paragraph(ctx, sv))


def _state_ids(ctx: ArticleContext, sv: SentenceView) -> set[str]:
    return {m.entity_id for m in sv.mentions if ctx.etype(m.entity_id) == "state"}


def _between(ctx: ArticleContext, sv: SentenceView) -> bool:
    """Whether a war word of the sentence stands between its mentions of two states."""
    at = [sv.rel(m.start) for m in sv.mentions if ctx.etype(m.entity_id) == "state"]
    return any(min(at) < w.start() < max(at) for w in WAR_RE.finditer(sv.text))


def _war_pairs(ctx: ArticleContext, friendly: dict[frozenset[str], list[Fact]]) -> set[frozenset[str]]:
    """The state pairs a paragraph tells a war or an armed conflict of: the two states the sentence
    of the war word names on either side of it ("Azerbaijani incursions into Armenian territory"), or, when it names
    fewer, the only two states its paragraph names ("the intrusion came to light …" in a paragraph
    naming India's and Pakistan's troops; "Russia's war" makes no war of Russia with a third state
    named next to it).  A sentence telling a friendly act or a transfer of the two is no war of
    theirs ("X rushed equipment to Y while the fighting was still under way")."""
    kind = {sv.index for fs in friendly.values() for f in fs for sv in ctx.sentences_over(f.evidence)}
    out: set[frozenset[str]] = set()
    i = 0
    while i < len(ctx.sentences):
        para = _paragraph(ctx, ctx.sentences[i])
        i = para[-1].index + 1 if para else i + 1
        named = set().union(*(_state_ids(ctx, sv) for sv in para))
        for sv in para:
            if len(named) < 2 or not WAR_RE.search(sv.text):
                continue
            own = _state_ids(ctx, sv)
            if len(own) == 2 and sv.index not in kind and _between(ctx, sv) or len(own) < 2 and len(named) == 2:
                out.add(frozenset(own if len(own) == 2 else named))
    return out


def friendly_pairs(facts: list[Fact], ctx: ArticleContext, told: set[frozenset[str]]) -> list[Fact]:
    """Partner relations of the state pairs of repeated friendly acts, or of a friendly act and an
    arms transfer (``told``: the pairs already related, extended with the ones added)."""
    acts: dict[frozenset[str], list[Fact]] = {}
    transfers: dict[frozenset[str], list[Fact]] = {}
    hostile: set[frozenset[str]] = set()
    for f in facts:
        if f.modality not in _MODALITIES or not f.evidence:
            continue
        if f.type == "arms_transfer":
            s, r = str(f.args.get("supplier", "")), str(f.args.get("recipient", ""))
            if s.startswith("state:") and r.startswith("state:") and s != r:
                transfers.setdefault(frozenset((s, r)), []).append(f)
        elif f.type == "event" and f.args.get("event_type") in HOSTILE:
            hostile |= _event_pairs(f)
        elif f.type == "event" and f.args.get("event_type") in FRIENDLY:
            for pair in _event_pairs(f):
                if not _settles(f, ctx, pair):
                    acts.setdefault(pair, []).append(f)
    if acts:
        hostile |= _war_pairs(ctx, {**acts, **transfers})
    surveyed = _surveying_suppliers(facts)
    out: list[Fact] = []
    for pair, fs in acts.items():
        moved = transfers.get(pair, [])
        sale = {e.start for t in moved for e in t.evidence}  # an act told with the sale is its contract
        fs = [f for f in fs if f.evidence[0].start not in sale]
        sentences = {f.evidence[0].start for f in fs}
        moved = [t for t in moved if str(t.args.get("supplier")) not in surveyed]
        if pair in told or pair in hostile or not sentences or not (len(sentences) >= ACTS_MIN or moved):
            continue
        told.add(pair)
        a, b = sorted(pair)
        kinds = ", ".join(dict.fromkeys(str(f.args.get("event_type")) for f in fs))
        why = f"partner: friendly acts of the pair ({kinds}) told in {len(sentences)} sentence{'s' if len(sentences) > 1 else ''}"
        if moved:
            why += f" and {len(moved)} arms transfer{'s' if len(moved) > 1 else ''} between them"
        inferences = {"kind": why + " in this article"}
        for arg, eid in (("a", a), ("b", b)):  # a state told by its leader or a pronoun: that inference
            got = _told_as(eid, fs + moved)
            if got:
                inferences[arg] = got
        out.append(Fact(type="relation", args={"a": a, "b": b, "kind": "partner"},
                        evidence=first_evidence(fs + moved), section=fs[0].section, modality="asserted",
                        inferences=inferences))
    return out


def _surveying_suppliers(facts: list[Fact]) -> set[str]:
    """The suppliers the article shows arming ``SURVEY_MIN`` states or more: a survey of a market,
    whose sales tell no partnership (as in ``repeat.py``)."""
    clients: dict[str, set[str]] = {}
    for f in facts:
        if f.type == "arms_transfer" and f.modality in _MODALITIES:
            s, r = str(f.args.get("supplier", "")), str(f.args.get("recipient", ""))
            if s.startswith("state:") and r.startswith("state:") and s != r:
                clients.setdefault(s, set()).add(r)
    return {s for s, rs in clients.items() if len(rs) >= SURVEY_MIN}


def _told_as(eid: str, facts: list[Fact]) -> str | None:
    """The inference by which the first of the facts naming ``eid`` in an inferred role read it."""
    for f in facts:
        for role in ("actors", "targets", "supplier", "recipient"):
            v = f.args.get(role)
            if (eid in v if isinstance(v, list) else v == eid) and role in f.inferences:
                return f.inferences[role]
    return None
