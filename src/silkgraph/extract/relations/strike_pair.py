"""One state's forces striking another's makes the two adversaries: an article-level pass (called
from :func:`silkgraph.extract.relations.hostile.hostile_pairs`).  A sentence naming exactly two
states (a place counts for its state), every mention of the one before an attack word and a mention
of the other after it, with a military target after the attack word ("Azerbaijani drones devastated
Armenian positions", "Ukrainian drones were attacking Grozny and other cities"), tells the first
state's forces attacking the second's, and the golds record the pair as adversaries although no
sentence says so.

Not read: a sentence naming a third state (who fights whom is then unclear); a hedged attack
("could strike"); an attacker the article shows supplying arms (its name before "drones" is then
the weapons' maker: "Turkish drones devastated Armenian positions"); a pair the article already
relates; an attacker named as a speaker ("Armenian officials said the drones struck ...").  Measured when added: unseen-writer development relations +2 TP / +0 FP (caci-dump-33,
news-22b), no other development gold changed; blind relations unchanged.

No sentence states the relation, so its kind is a recorded inference ("adversary: X's forces
attack Y's ... in this sentence")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.modality import classify
from silkgraph.model import Fact, Span
from silkgraph.nlp.prefilter import Gate
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")["strike_pair"]
_ATTACK = re.compile(_DATA["attack"], re.I)
_ATTACK_GATE = Gate(_ATTACK)  # exact pre-check: tried only where an attack word may start
_TARGET = re.compile(_DATA["target"], re.I)
_SAID = re.compile(_DATA["said"], re.I)
_MODALITIES = ("asserted", "reported")
_SKIP = {"author_bio", "boilerplate"}  # as silkgraph.extract.SKIP_SECTIONS


def _suppliers(facts: list[Fact]) -> set[str]:
    """The states the article shows supplying arms."""
    return {str(f.args.get("supplier")) for f in facts if f.type == "arms_transfer"}


def _states(sv: SentenceView, ctx: ArticleContext) -> dict[str, list[int]]:
    """The states the sentence names, a place counting for its state: their mentions' positions."""
    out: dict[str, list[int]] = {}
    for m in sv.mentions:
        t = ctx.etype(m.entity_id)
        sid: str | None = m.entity_id if t == "state" else None
        if t == "place":
            sid = ctx.state_of(ctx.entity(m.entity_id))
        if sid:
            out.setdefault(sid, []).append(sv.rel(m.start))
    return out


def strike_pairs(facts: list[Fact], ctx: ArticleContext, told: set[frozenset[str]]) -> list[Fact]:
    """Adversary relations of two states, one striking the other's forces or land in a sentence (adds
    each pair to ``told``)."""
    suppliers = _suppliers(facts)
    out: list[Fact] = []
    for sv in ctx.sentences:
        if sv.section in _SKIP:
            continue
        hit = _ATTACK_GATE.first(sv.text, sv.low)  # as _ATTACK.search(sv.text)
        if not hit:
            continue
        states = _states(sv, ctx)
        if len(states) != 2:
            continue
        pos = hit.start()
        (x, px), (y, py) = states.items()
        if max(px) > pos:
            (x, px), (y, py) = (y, py), (x, px)
        if max(px) > pos or max(py) < pos or x in suppliers:
            continue
        if _SAID.search(sv.text, max(px), pos):  # "X's officials said the drones struck ...": a speaker
            continue
        if frozenset((x, y)) in told or not _TARGET.search(sv.text, hit.end()):
            continue
        if classify(sv.text, pos) not in _MODALITIES:
            continue
        told.add(frozenset((x, y)))
        a, b = sorted((x, y))
        inferences = {"kind": f"adversary: {x.split(':', 1)[1]}'s forces attack {y.split(':', 1)[1]}'s "
                              "in this sentence"}
        named = {m.entity_id for m in sv.mentions}
        for arg, sid in (("a", a), ("b", b)):
            if sid not in named:  # told by a place of the state only
                inferences[arg] = f"{sid.split(':', 1)[1]}: the state of a place the sentence names (gazetteer)"
        out.append(Fact(type="relation", args={"a": a, "b": b, "kind": "adversary"},
                        evidence=[Span(sv.start, sv.end)], section=sv.section, modality="asserted",
                        inferences=inferences))
    return out
