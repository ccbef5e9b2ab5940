"""The host of a visit: the state whose city a visit or journey went to ("X's visit to Tashkent",
"X travelled to Moscow", "arrived in the Kyrgyz capital") hosted the meeting (a recorded inference)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand

# "Putin's visit to Tashkent", "when Tokayev visited Ankara": the visited city's state is the host
# (what stands between the trigger and the place: "visit to", "arrived in the")
VISIT_TO_RE = re.compile(r"(?:(?:visit|visits|visited|visiting|trip|state visit)\s+(?:to\s+)?|(?:chose|picked|selected)\s+|(?:arrived|arriving|landed|was\s+received|were\s+received)\s+in\s+)(?:the\s+)?$", re.I)
TRAVELLED = r"(?:travell?ed|flew|came)"
# the trigger: "travelled to", "landed in" (an arrival told of a person: the city's state hosts)
TRAVEL_RE = re.compile(TRAVELLED + r" to|(?:arrived|landed) in", re.I)
CAPITAL_AFTER_RE = re.compile(r"\s+capital\b")
ARRIVAL_RE = re.compile(r"(?:arrived|landed) in", re.I)  # an arrival: a visit only when a person arrives
# "the foreign minister arrived in", "Modi himself landed in": a person or an office holder arriving (not a plane,
# a ship or troops: "a Turkish C-130 had landed in Karachi")
OFFICE_BEFORE_RE = re.compile(r"\b(?:minister|president|premier|leader|envoy|delegation|secretary|chancellor|king|emir|"
                              r"prince|sheikh|chief|spokes\w+|ambassador|counterpart|himself|herself|he|she)\b"
                              r"(?:\s+[A-Z][\w\-’'.]+){0,4},?\s+(?:(?:also|then|later|first|finally)\s+)?$", re.I)
TRAVEL_TO_RE = re.compile(r"(?:" + TRAVELLED + r"\s+to|(?:arrived|landed)\s+in)\s+(?:the\s+)?$", re.I)  # before the place travelled to


def visit_host(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """"X's visit to Tashkent", "X visited Ankara": the state whose city was visited hosted
    the meeting (a recorded inference); a visit to a state names it already."""
    journey = c.trig.needs == "pair" and TRAVEL_RE.fullmatch(sv.text, c.start, c.end) is not None
    if journey and ARRIVAL_RE.fullmatch(sv.text, c.start, c.end) and not _person_arrives(sv, ctx, c):
        return
    for m in sv.mentions:
        a = sv.rel(m.start)
        if a < c.start or a > c.end + 12 or not (VISIT_TO_RE.search(sv.text, c.start, a) or
                                                 (journey and TRAVEL_TO_RE.search(sv.text, c.start, a))):
            continue
        host = ctx.entity(m.entity_id)
        if host is not None and ctx.etype(m.entity_id) == "state" and m.role == "place" and journey:
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
