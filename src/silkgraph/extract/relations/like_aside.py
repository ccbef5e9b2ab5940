"""Asides that add or remove a party of a clause's relation.

"Uzbekistan, like Kazakhstan, has signed a strategic partnership with South Korea": a "like"
aside after the subject names a second party of the same relation (both signed one); "unlike"
names the contrary and adds nothing.  "Turkmenistan, which borders Afghanistan and Iran, signed a
partnership with China": the parties of a relative aside between a subject and its verb are no
coordinated subject of the main clause's cue.  "Analysts from X and Y disputed the figures": a
coordinated pair that is the object of a preposition after a non-state head (the one list
``pair_nonstate_heads`` of ``resources/ontology/relations.yaml``) is no pair of states.
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.resources import load_yaml

Found = tuple[Part, Part, str, int, str]

# ", like Y," / ", much like Y," / ", just like the Y," right after a party (not "unlike")
LIKE_OPEN_RE = re.compile(r"\s*,\s*(?:(?:much|just|very\s+much)\s+)?like\s+(?:the\s+)?")
LIKE_CLOSE_RE = re.compile(r"\s*,")
# a relative aside: ", which borders Y and Z," (closed by a comma)
REL_ASIDE_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;()]{1,120},")
_HEADS = "|".join(re.escape(w) for w in load_yaml("ontology/relations.yaml")["pair_nonstate_heads"])
NONSTATE_HEAD_RE = re.compile(r"\b(?:" + _HEADS + r")\s+(?:from|of|for|in|at|representing)\s+(?:both\s+)?(?:the\s+)?$", re.I)


def like_asides(ps: list[Part], text: str, found: list[Found]) -> list[Found]:
    """For each relation found whose first party heads or fills a "like" aside ("X, like Y, …"),
    the same relation for the other party of the aside."""
    out: list[Found] = []
    for a, b, kind, pos, why in found:
        other = None
        lm = LIKE_OPEN_RE.match(text, a.end)
        if lm is not None:  # a is the head: "X, like Y, …"
            other = next((p for p in ps if p.start == lm.end() and LIKE_CLOSE_RE.match(text, p.end)), None)
        elif LIKE_CLOSE_RE.match(text, a.end):  # a fills the aside: the head before it
            other = next((p for p in ps if p.end <= a.start and (m := LIKE_OPEN_RE.match(text, p.end)) is not None
                          and m.end() == a.start), None)
        if other is not None and other.eid not in (a.eid, b.eid) and other.start < pos:
            out.append((other, b, kind, pos, why))
    return out


def in_rel_aside(text: str, lo: int, hi: int, p: Part) -> bool:
    """Whether ``p`` lies inside a relative aside closed between ``lo`` and ``hi``."""
    if "which" not in text and "who" not in text:
        return False
    return any(m.start() < p.start and p.end < m.end() for m in REL_ASIDE_RE.finditer(text, 0, hi))


def nonstate_head(text: str, start: int) -> bool:
    """Whether the party at ``start`` is the object of a preposition after a non-state head
    ("Analysts from X and Y", "lawyers for X and Y")."""
    return NONSTATE_HEAD_RE.search(text, max(0, start - 40), start) is not None
