"""The party acted on, told as the possessor of the phrase a relative clause or a participle hangs on.

Analysts often name the party an act was aimed at only as the owner of something: "Turkmenistan, whose
neutrality the General Assembly recognised in 1995, …", "Armenia, whose border villages Azerbaijani guns
shelled in 2022, …" (an object relative opened by "whose N": the head before the comma is the target, the
relative's own subject the actor), or "Uzbekistan's neutral status, recognised by the General Assembly in
1996, …", "Pakistan's border posts, attacked by Afghan forces on Monday, …" (a participle with its "by"
agent after a possessed noun phrase: the possessor is the target, the agent the actor).  The usual verb
reading finds no object after the verb (or takes the possessor for the subject); this module reads the two
shapes for a one-sided verb trigger.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.arg_passive import PARTICIPLE_FORM_RE, REDUCED_BY_RE
from silkgraph.extract.events.participants import Part, _after, _chain_before

# ", whose neutrality", ", whose border villages": the relative opener with its possessed noun (one to three words)
WHOSE_RE = re.compile(r",\s+whose\s+(?:[\w\-’']+\s+){1,3}?")
# what may stand between the possessed noun and the verb: the relative's subject and adverbs, no clause break
NO_BREAK_RE = re.compile(r"[^,;:()—–]*")
# "X's neutral status, " / "X's border posts ": a possessed noun phrase of up to four words before the participle
POSS_NP_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,3}?[\w\-]+,?\s+$")
WHOSE_REACH = 160


def whose_target(parts: list[Part], text: str, s: int, actors: list[Part]) -> list[Part]:
    """The head of an object relative "H, whose N <subject> <verb at s>" (the subject named inside the
    relative among ``actors``), else []."""
    lo = max(0, s - WHOSE_REACH)
    if text.find("whose", lo, s) == -1:
        return []
    m = None
    for hit in WHOSE_RE.finditer(text, lo, s):
        m = hit  # the last opener before the verb
    if m is None or not NO_BREAK_RE.fullmatch(text, m.end(), s):
        return []
    if not any(m.end() <= a.start and a.end <= s for a in actors):
        return []  # ("X, whose army attacked Y": the possessed noun is the subject; the verb's object is after it)
    own = {a.eid for a in actors if m.end() <= a.start}
    return [p for p in _chain_before(parts, text, m.start()) if p.eid not in own]


def possessed_participle(parts: list[Part], text: str, s: int, e: int) -> tuple[list[Part], list[Part]]:
    """(agent, possessor) of a participle at ``text[s:e]`` with "by X" after it, told right after a
    possessed noun phrase ("Uzbekistan's neutral status, recognised by X"), else ([], [])."""
    if text.find("by ", e, e + 40) == -1 or not PARTICIPLE_FORM_RE.fullmatch(text, s, e):
        return [], []
    by = REDUCED_BY_RE.match(text, e)
    pm = POSS_NP_RE.search(text, max(0, s - 60), s)
    if by is None or pm is None:
        return [], []
    owner = [p for p in parts if p.end == pm.start()]
    agent = _after(parts, text, by.end(), by.end() + 3, ("",))
    if not owner or not agent:
        return [], []
    return agent, [p for p in owner if p.eid not in {a.eid for a in agent}]


def possessor_args(parts: list[Part], text: str, s: int, e: int, actors: list[Part],
                   targets: list[Part]) -> tuple[list[Part], list[Part]]:
    """The verb's (actors, targets) with a possessor target read from either shape, when the usual
    reading found no target."""
    if targets:
        return actors, targets
    agent, owner = possessed_participle(parts, text, s, e)
    if agent and owner:
        return agent, owner
    head = whose_target(parts, text, s, actors)
    if head:
        return [a for a in actors if a.eid not in {h.eid for h in head}], head
    return actors, targets
