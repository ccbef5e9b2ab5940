"""Supply dominance as a partnership: "X was the sole supplier of major arms to Y", "X
provided 81 percent of Y's imports", "Y draws almost all of its weapons from X"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events import Part, clause_bounds

if TYPE_CHECKING:
    from silkgraph.extract.relations import Cue

# a fronted adverbial before the clause's subject: "By SIPRI's count, X supplied ..."
FRONTED_RE = re.compile(r"^\s*(?:(?:by|according to|in|on|since|after|during|over|between|for|at)\b[^,;]{0,40}),\s*$",
                        re.I)
SUPPLY_MIN_PCT = 25.0
SUPPLY_SMALL_RE = re.compile(r"\b(?:small|modest|tiny|limited|negligible|minor)\s+(?:volume|amount|quantity|number)s?\b",
                             re.I)
SUPPLY_POSS_RE = re.compile(r"\s*(?:[’']s\b|\s)")
PREP_OBJ_RE = re.compile(r"\b(?:on|upon|to|from|with|of|in|by|for|against|towards?)\s+(?:the\s+)?$", re.I)


def supply(ps: list[Part], text: str, by_shape: dict[str, list[Cue]], live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """A dominant supplier and its client: "X was the sole supplier of major arms to Y",
    "X (, which) provided 81 percent of Y's/its imports", "Y draws almost all of its weapons
    from X"."""
    out: list[tuple[Part, Part, str, int]] = []
    for cue in by_shape.get("supply", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            if m.groupdict().get("pct") and float(m.group("pct")) < SUPPLY_MIN_PCT:
                continue
            if SUPPLY_SMALL_RE.search(m.group(0)):  # "71 percent of X's small volume of imports"
                continue
            sup = clause_subject(ps, text, m.start())
            if sup is None:
                continue
            r = m.start("rcp")
            rcp = next((p for p in ps if r <= p.start <= r + 2 and p.eid != sup.eid and
                        (p.end >= m.end() or SUPPLY_POSS_RE.match(text, p.end))), None)
            if rcp is None and re.match(r"(?:its|their)\b", text[r:r + 6], re.I):
                # "its" = a party before the supplier that is no prepositional object ("X barely
                # depends on Y: Z supplied 39 percent of its imports": X's, not Y's)
                rcp = next((p for p in reversed(ps) if p.end <= sup.start and p.eid != sup.eid
                            and not PREP_OBJ_RE.search(text, max(0, p.start - 12), p.start)), None)
            if rcp is not None:
                out.append((sup, rcp, cue.kind, m.start()))
    for cue in by_shape.get("supply_from", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            client = clause_subject(ps, text, m.start())
            sup = next((p for p in ps if m.end() <= p.start <= m.end() + 4), None)
            if client is not None and sup is not None and client.eid != sup.eid:
                out.append((sup, client, cue.kind, m.start()))
    return out


def clause_subject(ps: list[Part], text: str, pos: int) -> Part | None:
    """The subject of the clause the cue at ``pos`` is in: the first party of the clause, or
    the antecedent of a relative ("China, which provided …")."""
    cs, _ = clause_bounds(text, pos, pos + 1)
    head = text[max(0, cs - 8):cs]
    if re.search(r"\b(?:which|who)\s*$", head, re.I):
        ante = [p for p in ps if p.end <= cs - 5 and cs - p.end <= 12]
        return ante[-1] if ante else None
    inside = [p for p in ps if cs <= p.start and p.end <= pos]
    if not inside:
        return None
    head = text[cs:inside[0].start]
    if (len(head) > 30 or re.search(r"[,;]", head)) and not FRONTED_RE.match(head):
        return None
    return inside[0]
