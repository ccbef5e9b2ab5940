"""The actors a verb's clause leaves unnamed: a bare institution ("the government asked …"), an
implicit subject, a pronoun subject and a pronoun as the one met (split from
:mod:`silkgraph.extract.events.arguments`)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.claims import UNNAMED_AGENT_RE, article_claimant
from silkgraph.extract.events.implicit import _implicit_subject
from silkgraph.extract.events.institution import institution_subject
from silkgraph.extract.events.pronouns import coordinated_pronoun, object_pronoun, pronoun_subject

PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are|be|being|got|get)\s+(?:\w+ly\s+)?$", re.I)


def unnamed_actors(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int, s: int, e: int) -> None:
    """The actors a verb's clause does not name: a bare institution ("the government"), an implicit
    subject, a pronoun subject (alone, or beside the party met, or coordinated with a named one) and
    a pronoun as the one met ("hosted him")."""
    trig, text = cand.trig, sv.text
    inst = trig.kind == "verb" and trig.subject == "actor" and institution_subject(sv, ctx, cand, cs)
    if trig.kind == "verb" and not cand.actors and trig.subject != "place" and not inst:
        _implicit_subject(sv, ctx, cand, cs)
    if trig.kind == "verb" and trig.subject == "actor" and not cand.actors and not cand.extra_actors and \
            not PASSIVE_RE.search(text, max(0, s - 20), s):
        pron = pronoun_subject(sv, ctx, cs, s)  # "He accused …", "It also rejected …", "Its troops shelled …"
        if pron:
            cand.extra_actors += [i for i in pron[0] if i not in {t.eid for t in cand.targets}]
            cand.inferences["actors"] = pron[1]
    if trig.kind == "verb" and trig.etype == "attack" and not cand.actors and not cand.extra_actors and \
            UNNAMED_AGENT_RE.search(text, max(cs, s - 40), s):
        claimed = article_claimant(ctx, sv)  # "The bomber blew himself up on Sunday" near "X claimed …"
        if claimed:
            cand.extra_actors.append(claimed[0])
            cand.inferences["actors"] = claimed[1]
    if trig.kind == "verb" and trig.symmetric and cand.actors and not inst and not cand.extra_actors and \
            all(p.start >= s for p in cand.actors) and not PASSIVE_RE.search(text, max(0, s - 20), s):
        # "A month later he met Xi Jinping": the pronoun subject is a party as well as the one met
        _add_pronoun_party(cand, pronoun_subject(sv, ctx, cs, s))
    if trig.kind == "verb" and trig.symmetric and not inst and not cand.extra_actors:
        # "where he and Putin signed": the pronoun is a party too
        _add_pronoun_party(cand, coordinated_pronoun(sv, ctx, cs, s))
    if trig.kind == "verb" and trig.etype == "meeting" and (cand.actors or cand.extra_actors):
        obj = object_pronoun(sv, ctx, cs, s, e, cand.actor_ids)  # "Trump hosted him for lunch": the one met
        if obj:
            cand.extra_actors += obj[0]
            cand.inferences.setdefault("actors", obj[1])


def _add_pronoun_party(cand: Cand, got: tuple[list[str], str] | None) -> None:
    """A pronoun told as a party of a symmetric act beside the actors named: its states join
    the actors (a recorded inference), unless one of them is named already."""
    if got and not set(got[0]) & {p.eid for p in cand.actors}:
        cand.extra_actors += got[0]
        cand.inferences["actors"] = got[1]
