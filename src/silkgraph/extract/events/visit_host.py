"""The host of a visit: the state whose city a visit or journey went to ("X's visit to Tashkent",
"X travelled to Moscow", "arrived in the Kyrgyz capital") hosted the meeting (a recorded inference).

A bare arrival ("X arrived in Y") is a visit only when a person arrives whose state is told and is not
the host's, or a purpose follows ("to meet", "to attend"); a journey home is none ("arrived in Delhi,
returning home from a summit", "was back in", "returned to")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.patterns import OFFICE_HOLDERS

# "Putin's visit to Tashkent", "when Tokayev visited Ankara", "was in Beijing for talks", "arrived on Tuesday in Baku":
# the visited city's state is the host
# (what stands between the trigger and the place: "visit to", "arrived in the")
VISIT_TO_RE = re.compile(r"(?:(?:visit|visits|visited|visiting|trip|state visit)\s+(?:to\s+)?|(?:chose|picked|selected)\s+|(?:arrived|arriving|landed|was\s+received|were\s+received|was|were)\s+(?:(?:on|late\s+on|early\s+on|last|this)\s+[\w\-]+\s+)?in\s+)(?:the\s+)?$", re.I)
TRAVELLED = r"(?:travell?ed|flew|came)"
# the trigger: "travelled to", "landed in" (an arrival told of a person: the city's state hosts)
ARRIVED = r"(?:arrived|landed) in"
TRAVEL_RE = re.compile(TRAVELLED + r" to|" + ARRIVED, re.I)
CAPITAL_AFTER_RE = re.compile(r"\s+capital\b")
ARRIVAL_RE = re.compile(ARRIVED, re.I)  # an arrival: a visit only when a person arrives
# "the foreign minister arrived in", "Modi himself landed in": a person or an office holder arriving (not a plane,
# a ship or troops: "a Turkish C-130 had landed in Karachi")
# (the office nouns are data: ``office_holders`` in resources/ontology/events.yaml; a bare "he" or "she" arrives
# on a visit only with a state told for it, :func:`_arrival_is_visit`)
OFFICE_BEFORE_RE = re.compile(rf"\b(?:{OFFICE_HOLDERS}|himself|herself|he|she)\b"
                              r"(?:\s+[A-Z][\w\-’'.]+){0,4},?\s+(?:(?:also|then|later|first|finally)\s+)?$", re.I)
# a journey home told with the arrival: "arrived in Delhi, returning home from a summit", "on his way back"
# ("returned to Delhi", "was back in Delhi" are no journey triggers at all; "back to normal" is no journey)
HOME_RE = re.compile(r"\b(?:(?:return(?:s|ed|ing)?|back|head(?:s|ed|ing)|fl(?:ew|ying|ies)|came|coming)\s+home|"
                     r"(?:way|journey|flight|trip)\s+(?:back|home))\b", re.I)
# a purpose after a bare arrival: "arrived in Baku on Monday to meet", "to attend the summit", "for a meeting"
PURPOSE_AFTER_RE = re.compile(r"[^.;]{0,50}?\b(?:to (?:meet|attend|hold|take part|participate|sign|open|address)|"
                              r"for (?:an? |the |his |her |their )?(?:[\w\-]+ ){0,2}?(?:talks|visit|meeting|summit|"
                              r"consultations|negotiations|discussions|conference|forum))\b", re.I)
# "… for a state visit", "… for an official visit": the purpose of a journey is a visit to its host
VISIT_PURPOSE_RE = re.compile(r"[^.;]{0,60}?\bfor (?:an? |his |her |their )?(?:[\w\-]+ ){0,2}?visit\b", re.I)
TRAVEL_TO_RE = re.compile(r"(?:" + TRAVELLED + r"\s+to|(?:arrived|landed)\s+in)\s+(?:the\s+)?$", re.I)  # before the place travelled to


def visit_host(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """"X's visit to Tashkent", "X visited Ankara": the state whose city was visited hosted
    the meeting (a recorded inference); a visit to a state names it already."""
    journey = c.trig.needs == "pair" and TRAVEL_RE.fullmatch(sv.text, c.start, c.end) is not None
    if journey and (HOME_RE.search(sv.text, max(0, c.start - 40), min(len(sv.text), c.end + 90)) or
                    ARRIVAL_RE.fullmatch(sv.text, c.start, c.end) and not _arrival_is_visit(sv, ctx, c)):
        c.actors, c.extra_actors = [], []  # (no visit: a journey needs two states, so no meeting is made)
        return
    for m in sv.mentions:
        a = sv.rel(m.start)
        if a < c.start or a > c.end + 30:
            continue
        # "travelled to Ankara (on Monday) for a state visit": a journey for a visit names its host (one "for
        # talks" may go to a third party's city for a round between others: no host told)
        travel = TRAVEL_TO_RE.search(sv.text, c.start, a) is not None and \
            (journey or VISIT_PURPOSE_RE.match(sv.text, c.end) is not None)
        if not (VISIT_TO_RE.search(sv.text, c.start, a) or travel):
            continue
        host = ctx.entity(m.entity_id)
        if host is not None and ctx.etype(m.entity_id) == "state" and m.role == "place" and travel:
            # "travelled to Moscow" (a journey that is a visit only with a foreign host): the capital's state
            _add_host(c, m.entity_id, f"the host: {m.text} is the capital of {host.name}")
            return
        if host is not None and ctx.etype(m.entity_id) == "state" and m.kind == "demonym" and \
                CAPITAL_AFTER_RE.match(sv.text, sv.rel(m.end)):
            # "arrived in the Kyrgyz capital": the capital's state hosted
            _add_host(c, m.entity_id, f"the host: the {m.text} capital is {host.name}'s")
            return
        if host is None or ctx.etype(m.entity_id) != "place" or not host.country:
            return
        sid = f"state:{host.country}"
        if ctx.entity(sid) is not None and _add_host(c, sid, f"the host: {host.name} lies in {host.country}"):
            c.location = c.location or m.entity_id
        return


def _add_host(c: Cand, sid: str, why: str) -> bool:
    """The visited state ``sid`` hosted the meeting: an actor (a recorded inference, ``why``)
    unless a party already; whether it was added."""
    if sid in c.ids:
        return False
    c.extra_actors.append(sid)
    c.inferences.setdefault("actors", why)
    return True


def _arrival_is_visit(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """Whether the bare arrival ``c`` ("X arrived in Y") is a visit: a person arrives
    (:func:`_person_arrives`) and either a state of the arriving side is told that is not the visited
    city's, or a purpose follows ("to meet", "for a meeting")."""
    if not _person_arrives(sv, ctx, c):
        return False
    if PURPOSE_AFTER_RE.match(sv.text, c.end):
        return True
    host = _arrival_host(sv, ctx, c)
    own = {p.eid for p in c.actors if p.eid.startswith("state:")}
    return bool(own) and host is not None and bool(own - {host})


def _arrival_host(sv: SentenceView, ctx: ArticleContext, c: Cand) -> str | None:
    """The state of the place arrived in, right after the trigger ``c`` ("arrived in Baku"): the
    state named, a capital's state, a city's country or a demonym's state ("the Kyrgyz capital")."""
    for m in sv.mentions:
        a = sv.rel(m.start)
        if a < c.end or a > c.end + 12:
            continue
        et = ctx.etype(m.entity_id)
        if et == "state":
            return m.entity_id
        ent = ctx.entity(m.entity_id)
        if et == "place" and ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            return f"state:{ent.country}"
    return None


def _person_arrives(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """The one who "arrived in"/"landed in" is a person: the mention right before the verb is one, or an
    office is named there ("the Iranian foreign minister arrived in Kabul")."""
    lo = max(0, c.start - 80)
    if OFFICE_BEFORE_RE.search(sv.text, lo, c.start):
        return True
    before = [m for m in sv.mentions if lo <= sv.rel(m.end) <= c.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    gap = sv.text[sv.rel(last.end):c.start]
    return ctx.etype(last.entity_id) == "person" and re.fullmatch(r"[\s,]*(?:\w+ly\s+|also\s+|then\s+|himself\s+|herself\s+)?", gap) is not None
