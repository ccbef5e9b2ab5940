"""A private stay is no official meeting: "arrived in Beijing for a week-long visit with his family, a private
trip", "tourists from India were in Almaty for a week-long visit to the mountains".

A journey, stay or visit trigger ("arrived in", "was in … for a visit", "visited") makes a meeting of the
traveller's state and the host's; when the sentence tells the stay as private (a family or holiday trip, or the
travellers are tourists: ``private_stay`` in ``resources/ontology/events.yaml``) no official meeting took place.
Talks told by their own noun or verb ("held private talks", "met in private") are not journeys and stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events.patterns import _DATA

if TYPE_CHECKING:
    from silkgraph.extract.events.candidates import Cand

PRIVATE_RE = re.compile(str(_DATA["private_stay"]), re.I)
VISIT_TRIGGER_RE = re.compile(str(_DATA["visit_trigger"]), re.I)
# literal gate: one of these must stand in the sentence for the private cue to be tried
_GATE = ("private", "personal", "family", "families", "holiday", "vacation", "honeymoon", "pilgrim", "wife",
         "husband", "children", "relatives", "tourist", "holidaymaker", "vacationer", "sightseer", "backpacker",
         "trekker", "skier", "climber", "mountaineer", "sightseeing")


def private_stays(cands: list[Cand], text: str) -> list[Cand]:
    """Drop a meeting told by a journey, stay or visit trigger when the sentence tells the stay as private."""
    if not any(c.trig.etype == "meeting" for c in cands):
        return cands
    low = text.lower()
    if not any(g in low for g in _GATE) or PRIVATE_RE.search(text) is None:
        return cands
    # (the trigger itself, or a visit right after it: "began a week-long visit to X")
    return [c for c in cands if not (c.trig.etype == "meeting" and VISIT_TRIGGER_RE.search(text, c.start, c.end + 30)
                                     and _private_clause(text, c.start, c.end))]


def _private_clause(text: str, start: int, end: int) -> bool:
    """Whether the private cue stands in the trigger's own clause (a ";" or a dash ends one: "a boycott by
    tourists; that same month X chose Beijing for a state visit" keeps the visit)."""
    lo = max(text.rfind(ch, 0, start) for ch in ";—")
    ends = [i for i in (text.find(ch, end) for ch in ";—") if i >= 0]
    return PRIVATE_RE.search(text, lo + 1, min(ends) if ends else len(text)) is not None
