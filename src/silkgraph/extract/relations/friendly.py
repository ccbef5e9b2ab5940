"""Friendly acts make partners: an article-level pass over the article's events and arms transfers
(:func:`silkgraph.extract.relations.hostile.hostile_pairs` runs it after its hostile passes).

Two states the article shows in friendly acts with each other (a meeting, an agreement, cooperation,
aid: ``friendly_acts`` in ``resources/ontology/relations.yaml``), told in two sentences or more, or in
one sentence and an arms transfer between them, are partners when no hostile act (an attack, an
accusation, a sanction ...) joins them and the article tells no other relation of the pair.  An act
told in a sentence of the pair's arms transfer is the sale's contract, not another act; the sales of
a supplier the article shows arming ``SURVEY_MIN`` states or more survey a market (as in ``repeat.py``).  The
golds record such a pair as partners though no sentence names the relation ("Modi visited Malé and
handed over patrol boats ... the two governments signed a credit line").  An act whose sentence
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

from silkgraph.extract.context import ArticleContext
from silkgraph.extract.relations.repeat import SURVEY_MIN, first_evidence
from silkgraph.model import Fact
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")["friendly_acts"]
FRIENDLY = frozenset(_DATA["friendly_events"])
HOSTILE = frozenset(_DATA["hostile_events"])
_SETTLEMENT = re.compile(_DATA["settlement"], re.I)
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


def _settles(f: Fact, ctx: ArticleContext) -> bool:
    """Whether a sentence of the act's evidence tells a conflict being managed or settled."""
    return any(_SETTLEMENT.search(sv.text) for sv in ctx.sentences_over(f.evidence))


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
        elif f.type == "event" and f.args.get("event_type") in FRIENDLY and not _settles(f, ctx):
            for pair in _event_pairs(f):
                acts.setdefault(pair, []).append(f)
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
