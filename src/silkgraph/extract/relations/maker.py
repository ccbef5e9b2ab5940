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


# an active attack verb right after the weapon phrase (a few adverbs between): "Russian drones
# attacked", "Iranian missiles again struck", "Indian jets have hit" (not "were used against")
_OWN_ATTACK_RE = re.compile(r"\s*(?:(?:again|also|reportedly|repeatedly|overnight|then|later|once\s+more|have|has|had)\s+){0,3}"
                            r"(?:struck|strikes|hit|hits|attacked|attacks|bombed|bombs|shelled|shells|pounded|pounds|targeted|targets)\b",
                            re.I)
# the user named as the agent of a participle after the weapon phrase: "Iranian drones, used by
# Russia against …", "Turkish missiles fired by Azerbaijan at …"
_BY_RE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


def by_agent(ps: list[Part], text: str, start: int, end: int) -> Part | None:
    """The party a participle's "by" names between ``start`` and ``end`` ("used by Russia
    against …"): the wielder of what the clause's subject names."""
    for p in ps:
        if start < p.start and p.end <= end and _BY_RE.search(text, max(0, p.start - 8), p.start):
            return p
    return None


def weapon_user(ps: list[Part], text: str, maker: Part, end: int) -> Part | None:
    """Who wields the weapon a maker's demonym ``maker`` qualifies, in a hostile clause whose
    object starts at ``end``: the agent a participle names ("drones used by Russia against Y"),
    else the maker itself when the weapon phrase is the subject of an active attack verb ("Russian
    drones attacked Y": a state's own weapons; the demonym names no other user), else nobody
    ("Israeli munitions were used against Y", "Turkish drones proved decisive in a war against Y")."""
    agent = by_agent(ps, text, maker.end, end)
    if agent is not None and agent.eid != maker.eid:
        return agent
    wm = _MAKER_RE.match(text, maker.end)
    if wm is not None and _OWN_ATTACK_RE.match(text, wm.end()) \
            and not any(maker.end <= p.start and p.end <= end for p in ps):
        return maker
    return None


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
