"""States named as exceptions are not the members a cue tells: "All five states except
Turkmenistan are members of the SCO", "every neighbour apart from X and Y belongs to it", "X,
unlike Y, belongs to ORG"."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part

# an exclusion right before a state (the state, or a list of them, is left out)
EXCEPT_RE = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but\s+not|excluding|unlike|"
                       r"with\s+the\s+exception\s+of)\s+(?:the\s+)?$", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or|nor)\s*(?:the\s+)?")


def drop_excepted(text: str, states: list[Part]) -> list[Part]:
    """``states`` without those named after an exclusion ("except X", "apart from X and Y")."""
    if not any(w in text for w in ("xcept", "part from", "other than", "save for", "but not", "xcluding", "nlike")):
        return states
    out: list[Part] = []
    prev_out: Part | None = None  # the last state left out, to which a list may be coordinated
    for p in sorted(states, key=lambda q: q.start):
        excepted = EXCEPT_RE.search(text, max(0, p.start - 30), p.start) is not None
        if not excepted and prev_out is not None and LIST_GAP_RE.fullmatch(text, prev_out.end, p.start):
            excepted = True
        if excepted:
            prev_out = p
            continue
        out.append(p)
    return out
