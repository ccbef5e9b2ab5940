"""An armed group fighting its home state's forces is that state's adversary: an article-level
pass (called from :func:`silkgraph.extract.relations.hostile.hostile_pairs`).  A sentence naming an
armed group the gazetteer places in a country, followed by an attack word, with the forces of a
state as victims ("the TTP has killed hundreds of soldiers and police", "which has stepped up
attacks on security forces"), tells the group fighting the state it operates in, when nothing in
the sentence points to another state: no other state, demonym or capital, and no place outside the
group's country (a place of no known country, "Kashmir", counts as outside); and the group's
country is named in the sentence or is the state the article is about so far.  The golds record
such insurgents as adversaries of their state although no sentence says "adversary".

Not read: a group that acts for its home state in the article (an event with the group and that
state among its actors: the Taliban as Afghanistan's government); a group named after the attack
word only ("the assault was claimed by X"); a force word inside a name ("Baloch Liberation Army");
a pair the article already relates.  Measured when added: unseen-writer development relations
+3 TP / +0 FP (news-21b, news-24, news-24c), no other development gold changed (two optional
gold items of two other writers agree: news-3, news-14b); blind relations unchanged.

No sentence states the relation, so its kind is a recorded inference ("adversary: armed group X
attacks the forces of its home state Y"), and the state, when the sentence does not name it, is a
recorded inference too."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.modality import classify
from silkgraph.model import Fact, Span
from silkgraph.nlp.prefilter import Gate
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")["insurgent"]
_ATTACK = re.compile(_DATA["attack"], re.I)
_FORCES = re.compile(_DATA["forces"], re.I)
_PREFILTER = re.compile(_DATA["prefilter"], re.I)
_PREFILTER_GATE = Gate(_PREFILTER)  # exact pre-check of _PREFILTER
_MODAL = re.compile(_DATA["modal"], re.I)
_MODALITIES = ("asserted", "reported", "claimed")  # a group claiming its attack tells it
_SKIP = {"author_bio", "boilerplate"}  # as silkgraph.extract.SKIP_SECTIONS


def _acting_for_home(facts: list[Fact]) -> set[tuple[str, str]]:
    """(group, state) pairs that act together in an event of the article (a group that is its
    state's government)."""
    out: set[tuple[str, str]] = set()
    for f in facts:
        if f.type != "event":
            continue
        actors = [str(a) for a in f.args.get("actors") or []]
        for g in actors:
            if g.startswith("armed:"):
                out.update((g, s) for s in actors if s.startswith("state:"))
    return out


def _victims(sv: SentenceView, after: int) -> bool:
    """Whether a force word outside every name follows the position ``after`` (sentence-relative)."""
    names = [(sv.rel(m.start), sv.rel(m.end)) for m in sv.mentions]
    return any(not any(a <= m.start() < b for a, b in names)
               for m in _FORCES.finditer(sv.text, after))


def _foreign(sv: SentenceView, ctx: ArticleContext, home: str, country: str) -> bool:
    """Whether the sentence names another state, or a place not known to lie in the group's country."""
    for m in sv.mentions:
        t = ctx.etype(m.entity_id)
        if t == "state" and m.entity_id != home:
            return True
        if t == "place":
            e = ctx.entity(m.entity_id)
            if e is None or e.country != country:
                return True
    return False


def insurgent_pairs(facts: list[Fact], ctx: ArticleContext, told: set[frozenset[str]]) -> list[Fact]:
    """Adversary relations of armed groups attacking their home state's forces (adds each pair to ``told``)."""
    acting = _acting_for_home(facts)
    out: list[Fact] = []
    for sv in ctx.sentences:
        if sv.section in _SKIP or not _PREFILTER_GATE.search(sv.text, sv.low):
            continue
        for m in sv.mentions:
            g = m.entity_id
            if not g.startswith("armed:"):
                continue
            ent = ctx.entity(g)
            country = ent.country if ent else None
            if not country:
                continue
            home = f"state:{country}"
            if ctx.entity(home) is None or (g, home) in acting or frozenset((g, home)) in told:
                continue
            hit = _ATTACK.search(sv.text, sv.rel(m.end))
            if not hit or not _victims(sv, hit.start()) or _foreign(sv, ctx, home, country):
                continue
            if _MODAL.search(sv.text, sv.rel(m.end), hit.start()):  # "X might attack": no attack told
                continue
            named = any(x.entity_id == home for x in sv.mentions)
            if not named and ctx.main_state(sv) != home:
                continue
            if classify(sv.text, hit.start()) not in _MODALITIES:
                continue
            told.add(frozenset((g, home)))
            a, b = sorted((g, home))
            inferences = {"kind": f"adversary: armed group {g.split(':', 1)[1]} attacks the forces of "
                                  f"its home state {country} (gazetteer)"}
            if not named:
                inferences["a" if a == home else "b"] = (f"{country}: the group's home state (gazetteer) "
                                                          "and the state the article is about")
            out.append(Fact(type="relation", args={"a": a, "b": b, "kind": "adversary"},
                            evidence=[Span(sv.start, sv.end)], section=sv.section, modality="asserted",
                            inferences=inferences))
    return out
