"""A war told as an attack makes its parties adversaries: an article-level pass over the
article's attack events (:func:`silkgraph.extract.extract_article` calls it next to
``repeat_suppliers``).  An asserted (or reported) attack by one state on another, one of whose
evidence sentences tells a war, an offensive, an invasion or the seizure of territory
(``hostile_war`` in ``resources/ontology/relations.yaml``) and names one of the two states
("Armenian forces occupied Azerbaijan's Lachin district"), makes the pair adversaries, when the
article tells no other relation of the pair.  A war told in halves (its only attacker in one
sentence, "Kazakhstan's offensive", its only target in another, "strikes on Kyrgyz bunkers
during the war") joins that attacker and that target.

Measured on the development golds when it was added: a one-off strike or incident (a drone shot
down, a patrol fired on) is not recorded as a relation by the golds, nor is a border war of two
states the article tells as settled by a treaty (an attack of two unnamed sides or of two
coordinated actors), so only directed attacks (one attacking state, a target state) are read,
and only in a war sentence.  Development relations +3 TP / +0 FP (caci-dump-15, -17, -26), the
shared development gold unchanged.

No sentence states the relation, so its evidence is the attack's sentences and its kind is a
recorded inference ("adversary: attack by X on Y in this article (war)").

Two sentence-level passes follow (their pairs join ``told``): armed groups attacking the forces of
their home state (``insurgent.py``) and one state's forces striking another's (``strike_pair.py``);
then the friendly one: repeated friendly acts of a pair make partners (``friendly.py``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.relations.friendly import friendly_pairs
from silkgraph.extract.relations.insurgent import insurgent_pairs
from silkgraph.extract.relations.parties import MAKER_MOD_RE
from silkgraph.extract.relations.repeat import first_evidence, repeat_suppliers, told_pairs
from silkgraph.extract.relations.strike_pair import strike_pairs
from silkgraph.model import Fact
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")
_WAR = re.compile(_DATA["hostile_war"], re.I)
_MAKER = re.compile(_DATA["hostile_maker"], re.I)
_SOURCE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)  # "bought from X", "supplied by X"
_MODALITIES = ("asserted", "reported")


def _state(eid: object) -> str | None:
    s = str(eid)
    return s if s.startswith("state:") else None


def _sentences(f: Fact, ctx: ArticleContext) -> list[SentenceView]:
    """The sentences of the fact's evidence."""
    return list(ctx.sentences_over(f.evidence))


def _maker_only(state: str, f: Fact, ctx: ArticleContext) -> bool:
    """Whether the attack's sentences name the state only as the maker of weapons ("Turkish drones")."""
    ms = [m for sv in _sentences(f, ctx) for m in sv.mentions if m.entity_id == state]
    return bool(ms) and all(_MAKER.match(ctx.text, m.end) for m in ms)


def _war_told(f: Fact, parties: set[str], ctx: ArticleContext) -> bool:
    """Whether a sentence of the attack's evidence tells a war and names one of its parties (a
    merged second sentence about another war does not count)."""
    return any(_WAR.search(sv.text) and any(m.entity_id in parties for m in sv.mentions)
               for sv in _sentences(f, ctx))


def _source_only(state: str, f: Fact, ctx: ArticleContext) -> bool:
    """Whether the attack's sentences name the state only as a source ("weapons bought from X")."""
    ms = [m for sv in _sentences(f, ctx) for m in sv.mentions if m.entity_id == state]
    return bool(ms) and all(_SOURCE.search(ctx.text, max(0, m.start - 12), m.start) for m in ms)


def _modifier_only(state: str, f: Fact, ctx: ArticleContext) -> bool:
    """Whether the attack's sentences name the state only as the maker or backer of another party
    ("a war against a Turkish-equipped Azerbaijan": the target is Azerbaijan, told by the sentence)."""
    ms = [m for sv in _sentences(f, ctx) for m in sv.mentions if m.entity_id == state]
    return bool(ms) and all(_MODIFIER_RE.match(ctx.text, m.end) for m in ms)


_MODIFIER_RE = re.compile(MAKER_MOD_RE.pattern + r"(?:the\s+)?(?-i:[A-Z])")


def hostile_pairs(facts: list[Fact], ctx: ArticleContext) -> list[Fact]:
    """Adversary relations of the attacker and target states of the article's war attacks."""
    told = told_pairs(facts)
    attacks = [f for f in facts if f.type == "event" and f.args.get("event_type") == "attack"
               and f.modality in _MODALITIES and f.evidence]
    out: list[Fact] = []
    attacker_only: dict[str, Fact] = {}  # a war attack told with its attacker only, by state
    target_only: dict[str, Fact] = {}  # ... with its target only
    for f in attacks:
        actors = [s for s in map(_state, f.args.get("actors") or []) if s and not _maker_only(s, f, ctx)]
        targets = [s for s in map(_state, f.args.get("targets") or []) if s and not _source_only(s, f, ctx)]
        if targets and all(_modifier_only(s, f, ctx) for s in targets):
            continue  # its target misread from a modifier: the sentence's own cue tells the war
        targets = [s for s in targets if not _modifier_only(s, f, ctx)]
        if not _war_told(f, set(actors) | set(targets), ctx):
            continue
        if not actors and len(targets) == 1:
            target_only.setdefault(targets[0], f)
        if len(actors) != 1:  # several attackers, or none named: not a directed attack
            continue
        x = actors[0]
        if not targets:
            attacker_only.setdefault(x, f)
        for y in targets:
            pair = frozenset((x, y))
            if y == x or pair in told:
                continue
            told.add(pair)
            a, b = sorted(pair)
            inferences = {"kind": f"adversary: attack by {x.split(':', 1)[1]} on {y.split(':', 1)[1]} "
                                  "in this article (war)"}
            for arg, role in (("a", "actors" if a == x else "targets"), ("b", "actors" if b == x else "targets")):
                if role in f.inferences:  # a party told by a pronoun or a place: its inference
                    inferences[arg] = f.inferences[role]
            out.append(Fact(type="relation", args={"a": a, "b": b, "kind": "adversary"},
                            evidence=first_evidence([f]), section=f.section, modality="asserted",
                            inferences=inferences))
    out.extend(_one_war(attacker_only, target_only, told))
    out.extend(insurgent_pairs(facts, ctx, told))  # armed groups fighting their home state's forces
    out.extend(strike_pairs(facts, ctx, told))  # one state's forces striking another's
    told |= told_pairs(repeat_suppliers(facts))  # (the repeated suppliers' partners, added next to these)
    out.extend(friendly_pairs(facts, ctx, told))  # friendly acts of a pair: partners
    return out


def _one_war(attacker_only: dict[str, Fact], target_only: dict[str, Fact],
             told: set[frozenset[str]]) -> list[Fact]:
    """One war told in halves: the article's only attacker told without its target ("Azerbaijan's
    offensive") and its only target told without its attacker ("strikes on Armenian air
    defences during the war") are the two sides of one war."""
    if len(attacker_only) != 1 or len(target_only) != 1:
        return []
    (x, fx), (y, fy) = next(iter(attacker_only.items())), next(iter(target_only.items()))
    pair = frozenset((x, y))
    if x == y or pair in told:
        return []
    a, b = sorted(pair)
    inferences = {"kind": f"adversary: attack by {x.split(':', 1)[1]} and attack on {y.split(':', 1)[1]} "
                          "in this article's war, the only attacker and target told (war)"}
    for arg, eid in (("a", a), ("b", b)):
        f, role = (fx, "actors") if eid == x else (fy, "targets")
        if role in f.inferences:
            inferences[arg] = f.inferences[role]
    return [Fact(type="relation", args={"a": a, "b": b, "kind": "adversary"}, evidence=first_evidence([fx, fy]),
                 section=fx.section, modality="asserted", inferences=inferences)]
