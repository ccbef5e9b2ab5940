"""Blocs and organisations an event refers back to: whether an organisation is a bloc of
states (its gazetteer kind), the bloc or organisation last named before a position
("the bloc", "its"), and the bloc whose participation a state froze."""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView

TITLE_AFTER_RE = re.compile(r"\s*(?:[’']s\s+)?(?:Secretary|Secretary-General|Chief|Chairman|Chair|President|"
                            r"Director|Commissioner|Ambassador|Envoy|Representative|spokes)", re.I)
BLOC_KINDS = ("intergovernmental", "alliance", "bloc", "economic bloc", "dialogue", "forum", "union",
              "supranational")


def is_bloc(ctx: ArticleContext, eid: str) -> bool:
    """Whether the organisation ``eid`` is a bloc of states (its gazetteer kind is one of ``BLOC_KINDS``)."""
    e = ctx.entity(eid)
    return e is not None and str(e.attrs.get("kind", "")).lower() in BLOC_KINDS


def bloc_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The organisation last named before ``pos`` (this sentence, then up to three back)."""
    for i in range(sv.index, max(-1, sv.index - 12), -1):
        view = ctx.sentences[i]
        for m in reversed(view.mentions):
            if ctx.etype(m.entity_id) != "organization" or not is_bloc(ctx, m.entity_id):
                continue
            if view is sv and view.rel(m.end) > pos:
                continue
            # "United Nations Secretary-General X": an affiliation, not what the text is about
            if TITLE_AFTER_RE.match(view.text, view.rel(m.end)):
                continue
            return m.entity_id, f"{m.text}, named before"
    return None


def recent_org(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The organisation "its"/"the bloc" refers to: the last one named before ``pos`` in this
    sentence, else the first (the subject) of the previous sentence."""
    here = [m for m in sv.mentions if ctx.etype(m.entity_id) == "organization" and sv.rel(m.end) <= pos]
    if here:
        return here[-1].entity_id, f"'{here[-1].text}' named earlier in the sentence"
    if sv.index == 0:
        return None
    prev = ctx.sentences[sv.index - 1]
    orgs = [m for m in prev.mentions if ctx.etype(m.entity_id) == "organization"]
    if orgs:
        return orgs[0].entity_id, f"'its' = {orgs[0].text}, the subject of the previous sentence"
    return None


PARTICIPATION_RE = re.compile(r"\b(?:participation|involvement|membership)$")
# the participation's own complement: "froze their participation in the talks" names what is frozen
# (not one naming the bloc again, "its participation in the bloc", nor a time, "in March 2024")
OWN_OBJECT_RE = re.compile(r"\s+(?:in|on|with|at)\s+(?!(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:bloc|alliance|organi[sz]ation|"
                           r"grouping|group|union|pact|treaty|body|structure)\b)(?!(?:early|mid|late|the\s+(?:end|start|"
                           r"spring|summer|autumn|winter|past|same)|spring|summer|autumn|winter|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b|\d)\S", re.I)


def participation_bloc(sv: SentenceView, ctx: ArticleContext, cand: Any) -> None:
    """"X left the CSTO, and Y froze its participation": the bloc named last before the
    trigger, in this sentence or the previous one, is what is frozen.  A participation with a
    complement of its own ("their participation in the talks") is in what that names: no bloc of
    the previous sentence is read for it."""
    own = OWN_OBJECT_RE.match(sv.text, cand.end) is not None
    for view in (sv, ctx.sentences[sv.index - 1] if sv.index > 0 and not own else None):
        if view is None:
            return
        for m in reversed(view.mentions):
            if view is sv and view.rel(m.end) > cand.start:
                continue
            if ctx.etype(m.entity_id) == "organization" and is_bloc(ctx, m.entity_id):
                cand.extra_targets.append(m.entity_id)
                where = "earlier in the sentence" if view is sv else "in the previous sentence"
                cand.inferences["targets"] = f"the participation frozen is in {m.text}, named {where}"
                return
