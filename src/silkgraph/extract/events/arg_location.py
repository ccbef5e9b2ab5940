"""A trigger's place: the location argument of an event.

Reads the places of the trigger's sentence: a place compounded right before a noun trigger ("the
Pahalgam attack"); a place after "in", "at", "near", "outside" or "around" shortly after the trigger,
unless a clause break or a subordinate clause in time ("…, days after gunmen killed Z in W") stands
between; and, for a meeting, an agreement or an accession, a state named after "in" ("met in China")
with no clause or verb between.  Used by :mod:`silkgraph.extract.events.arguments`.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.participants import places
from silkgraph.extract.events.triggers import Trigger

__all__ = ["trigger_location"]

LOC_COMPOUND_RE = re.compile(r"\s*(?:[\w\-]+\s+)?")
IN_AT_RE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?$")
IN_END_RE = re.compile(r"\bin\s+$")
LOC_CLAUSE_STOP_RE = re.compile(r"[;—]|,\s+(?:(?:\w+\s+)?(?:days?|weeks?|months?|hours?|shortly|soon|just)\s+)?(?:after|before|when|while|as)\b")
LOC_GAP_STOP_RE = re.compile(r"\b(?:and|that|which|were|was|is|are|stated|said|has|have|had)\b|,")


def trigger_location(sv: SentenceView, ctx: ArticleContext, trig: Trigger, s: int, e: int) -> str | None:
    """The place of a trigger at ``s:e``: a place compounded before it ("the Pahalgam attack"), one
    after "in"/"at"/"near" within its clause, or, for a meeting or accord, a state after "in"."""
    pl = places(sv, ctx)
    for m in pl:  # compound: "the Pahalgam attack"
        b = sv.rel(m.end)
        if b <= s and LOC_COMPOUND_RE.fullmatch(sv.text[b:s]):
            return m.entity_id
    for m in pl:
        a = sv.rel(m.start)
        if e <= a <= e + 90 and IN_AT_RE.search(sv.text[max(e, a - 12):a]) and \
                not LOC_CLAUSE_STOP_RE.search(sv.text, e, a):  # "X expelled Y, days after gunmen killed Z in W"
            return m.entity_id
    if trig.etype in ("meeting", "agreement", "accession"):  # "met in China"
        for m in sv.mentions:
            a = sv.rel(m.start)
            if ctx.etype(m.entity_id) == "state" and e <= a <= e + 90 and \
                    IN_END_RE.search(sv.text[max(e, a - 4):a]) and \
                    not LOC_GAP_STOP_RE.search(sv.text, e, a):
                return m.entity_id
    return None
