"""Event nouns that name no new event: an act told as the object of another party's reaction
("condemned the killing of …", "concerned by the arrests"), and an event noun that names an agent's
remit ("the sanctions envoy", "Secretary of War")."""

from __future__ import annotations

import re

from silkgraph.extract.events.patterns import _DATA
from silkgraph.nlp.prefilter import gate_of

AGENT_HEAD_RE = re.compile(_DATA["agent_head"], re.I)
OFFICE_OF_RE = re.compile(_DATA["office_of"])
REACTION_OBJECT_RE = re.compile(_DATA["reaction_object"], re.I)
# acts that are reacted to (the reaction is an accusation, a statement or a concession of its own)
REACTED_TYPES = frozenset({"attack", "coercion", "sanction", "protest"})
CLAUSE_STOP_RE = re.compile(r"[;:.—]")
# the end of the object phrase: a clause boundary or a coordinated clause
OBJECT_END_RE = re.compile(r"[;:—]|\.(?:\s|$)|,\s+(?:and|but|while|whereas|as|when)\b")


def names_remit(text: str, start: int, end: int) -> bool:
    """"the sanctions envoy", "ceasefire monitors", "Secretary of War": the event noun is a modifier of an
    agent's noun or the field of an office, no event."""
    return AGENT_HEAD_RE.match(text, end) is not None or \
        OFFICE_OF_RE.search(text, max(0, start - 30), start) is not None


def reacted_object(text: str, start: int, end: int, kind: str, etype: str, date: tuple[str | None, str | None]) -> bool:
    """An attack, crackdown, sanction or protest noun told as what another party condemns, mourns, is
    concerned by or apologises for, and dated only by the reaction's day (told before it or in the next
    clause): an act already done, not news of the reaction's day.  "condemned the April 22 attack",
    "condemned the strikes on Iran in June": the object's own date tells the act itself; a month or a year
    ("In March the SCO condemned the hijacking of …") may hold both the act and the reaction."""
    iso, date_text = date
    if kind != "noun" or etype not in REACTED_TYPES or (iso is not None and len(iso) < 10):
        return False
    lo = max(0, start - 120)
    stop = max((m.end() for m in CLAUSE_STOP_RE.finditer(text, lo, start)), default=lo)
    rx = gate_of(REACTION_OBJECT_RE).search_in(text, stop, start)  # (the plain search, pre-checked)
    if rx is None:
        return False
    if date_text:
        tail = OBJECT_END_RE.search(text, end)
        at = text.find(date_text, rx.start())
        if 0 <= at < (tail.start() if tail else len(text)):
            return False
    return True
