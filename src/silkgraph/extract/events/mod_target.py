"""The target of a one-sided diplomatic or border act told after a preposition: "recalled its
ambassador from Paris", "closed its border with Tajikistan", "threatened action against Baku".

A recall, a border closure, an expulsion or a threat with no target read from its object is aimed
at the state named right after it by "from", "with", "against", "to" or "on": a state, or a capital
standing for its government (a recorded inference). The prepositional phrase must follow the
trigger within its clause (no comma, semicolon or colon between) and within a few words, so a
place of the act ("closed its border in the east") or a later clause's state is not taken.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand

AIMED_TYPES = frozenset({"sanction", "coercion", "threat"})
# a coercion is aimed at a state only as a closure of a passage or an expulsion (not "arrested two men with …")
AIMED_COERCION_RE = re.compile(r"border|frontier|crossing|airspace|\bports?\b|expel|diplomat|envoy|ambassador", re.I)
# the preposition right before the state or capital, after at most four words of the object
# ("recalled its ambassador to Azerbaijan from Paris": the first preposition is "to")
AIM_GAP_RE = re.compile(r"^(?:\s+(?!(?:and|but|while|after|before|when|as|which|who|that)\b)[\w\-’']+){0,4}?\s+"
                        r"(?:from|with|against|to|on|toward|towards)\s+(?:the\s+)?$", re.I)
MAX_GAP = 60


def _state_of(ctx: ArticleContext, eid: str) -> tuple[str, str | None] | None:
    """The state a mention stands for: itself, or the state whose capital it is (with the inference)."""
    et = ctx.etype(eid)
    if et == "state":
        return eid, None
    if et != "place":
        return None
    sid = ctx.kb.capital_of(eid) or ""
    ent = ctx.entity(eid)
    if not sid or ent is None or ctx.entity(sid) is None:
        return None
    return sid, f"'{ent.name}' is the capital of {sid.split(':')[-1]}, standing for its government"


def stated_target(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Add the target of a recall, closure or threat told after a preposition, when it has none."""
    if c.trig.etype not in AIMED_TYPES or c.targets or c.extra_targets:
        return
    if c.trig.etype == "coercion" and not AIMED_COERCION_RE.search(sv.text, c.start, c.end):
        return
    for m in sorted(sv.mentions, key=lambda x: x.start):
        a = sv.rel(m.start)
        if a < c.end:
            continue
        if a - c.end > MAX_GAP:
            break
        got = _state_of(ctx, m.entity_id) if m.kind != "demonym" else None
        if got is None:
            continue
        if not AIM_GAP_RE.match(sv.text[c.end:a]):
            return  # the first state or capital after the act is not its aim
        sid, why = got
        if sid in c.actor_ids:
            return
        c.extra_targets.append(sid)
        if why:
            c.inferences.setdefault("targets", why)
        return


# "a Russian-brokered agreement", "a Qatari-mediated deal": the state is the accord's broker
BROKER_AFTER_RE = re.compile(r"-(?:brokered|mediated|negotiated|sponsored|facilitated)\b", re.I)
ACCORD_TYPES = frozenset({"agreement", "ceasefire"})


def drop_broker_targets(sv: SentenceView, c: Cand) -> None:
    """A broker of an accord ("ended with a Turkish-mediated deal") is no target of a fight or act told
    before it: it is taken out of a non-accord event's targets."""
    if c.trig.etype in ACCORD_TYPES or not c.targets:
        return
    c.targets = [p for p in c.targets if not BROKER_AFTER_RE.match(sv.text, p.end)]
