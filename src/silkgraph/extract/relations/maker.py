"""Who a hostile cue's nearest party is not: the maker of a weapon.

A demonym that premodifies a weapon noun ("Turkish drones proved decisive in a war against Y",
"Israeli loitering munitions were reportedly used against Y") names where the weapon was made,
not a side of the fight: the user is told elsewhere or not at all.  The words that may follow
such a maker's demonym are the one list ``hostile_maker`` of ``resources/ontology/relations.yaml``
(shared with ``hostile.py``).  A state's own forces ("Russian forces", "Turkish troops") stay
parties: no weapon noun follows.

Also: a leader's phrase read as one party (``merged_runs``).
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.resources import load_yaml

_MAKER_RE = re.compile(load_yaml("ontology/relations.yaml")["hostile_maker"], re.I)


def weapon_maker(text: str, p: Part | None) -> bool:
    """``p`` is a demonym that qualifies a weapon noun right after it ("Turkish drones",
    "Israeli Harop loitering munitions"): the weapon's origin, no party of a fight."""
    return p is not None and p.kind == "demonym" and _MAKER_RE.match(text, p.end) is not None


# what may stand between the parts of one leader's phrase: spaces, or a title's capitalised words
# ("Kyrgyz President Sadyr Japarov", "Indian Prime Minister Narendra Modi")
TITLE_GAP_RE = re.compile(r"\s+(?:(?-i:[A-Z])[a-z]+\s+){0,3}")


def merged_runs(ps: list[Part], text: str) -> list[Part]:
    """Adjacent parts of one state joined by spaces or a title's words ("Chinese President Xi
    Jinping": a demonym, a title and a name) made one part spanning them, so that a coordinated
    pair of such leaders reads as "X and Y"."""
    out: list[Part] = []
    for p in ps:
        last = out[-1] if out else None
        if last is not None and last.eid == p.eid and p.start >= last.end and TITLE_GAP_RE.fullmatch(text, last.end, p.start):
            out[-1] = Part(p.eid, last.start, p.end, last.why or p.why, p.kind)
        else:
            out.append(p)
    return out
