"""Reduced relative participles ("36 S aircraft ordered in 2017"): whose goods they describe and
whether they name parties of their own."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Hit, Item

# the head noun of a noun phrase (no auxiliary, no clause break) before a participle
HEAD_GAP_RE = re.compile(r"(?:\s+(?!(?:was|were|is|are|been|being|be|has|have|had|which|that|and|or)\b)"
                         r"[\w\-’']+){0,3}\s+", re.I)
# an agent or source of the participle itself, before the next comma: "ordered by Y", "bought from X"
OWN_AGENT_RE = re.compile(r"[^,;:]{0,40}?\b(?:by|from)\s+[A-Z]")


def modifies_other(text: str, h: Hit, it: Item, items: list[Item]) -> bool:
    """Whether ``h`` is a participle right after another system's noun phrase ("France
    delivered 36 S aircraft ordered in 2017, together with T missiles"): it describes those
    goods, so it is no trigger for ``it`` told after it."""
    if h.trig.nominal or h.trig.after or h.rel or not text[h.start:h.end].lower().endswith("ed"):
        return False
    return any(o is not it and o.end <= h.start and o.start < it.start and HEAD_GAP_RE.fullmatch(text, o.end, h.start)
               for o in items)


def has_own_agent(text: str, h: Hit) -> bool:
    """Whether the participle names its own party: "S ordered by Y in 2018", "S bought from X"."""
    return OWN_AGENT_RE.match(text, h.end) is not None
