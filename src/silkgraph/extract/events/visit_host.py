"""The host of a visit: the state whose city a visit or journey went to ("X's visit to Tashkent",
"X travelled to Moscow", "arrived in the Kyrgyz capital") hosted the meeting (a recorded inference)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand

# "Putin's visit to Tashkent", "when Tokayev visited Ankara": the visited city's state is the host
# (what stands between the trigger and the place: "visit to", "arrived in the")
VISIT_TO_RE = re.compile(r"(?:(?:visit|visits|visited|trip|state visit)\s+(?:to\s+)?|(?:chose|picked|selected)\s+|(?:arrived|arriving|was\s+received|were\s+received)\s+in\s+)(?:the\s+)?$", re.I)
TRAVELLED = r"(?:travell?ed|flew|came)"
TRAVEL_RE = re.compile(TRAVELLED + r" to", re.I)  # the trigger: "travelled to"
CAPITAL_AFTER_RE = re.compile(r"\s+capital\b")
TRAVEL_TO_RE = re.compile(TRAVELLED + r"\s+to\s+(?:the\s+)?$", re.I)  # before the place travelled to


def visit_host(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """"X's visit to Tashkent", "X visited Ankara": the state whose city was visited hosted
    the meeting (a recorded inference); a visit to a state names it already."""
    journey = c.trig.needs == "pair" and TRAVEL_RE.fullmatch(sv.text, c.start, c.end) is not None
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
