"""The accused of a charge lodged with an organisation: "Iran lodged a protest with the United
Nations on 3 July over Israeli strikes", "… with the UN Security Council against Israel".

A protest lodged "with" a state or a state's envoy accuses that state ("lodged a protest with the
Afghan ambassador").  An organisation there is the forum the charge is brought to, not its target:
the accused is the party right after "over" or "against" further in the clause (a demonym stands
for its state: "over Israeli strikes"); with none, the charge names no target and is no event
(its trigger needs one).  Words: ``ontology/protest_forum.yaml``.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part
from silkgraph.extract.events.patterns import HARD_BOUNDARY_RE
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/protest_forum.yaml")
# the forum right after the trigger: "with the ", "to "
FORUM_RE = re.compile(r"\s*(?:" + "|".join(map(re.escape, _DATA["forum_preps"])) + r")\s+(?:the\s+)?$", re.I)
# the accused's preposition: "over ", "against the "
ACCUSED_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["accused_preps"])) + r")\s+(?:the\s+)?", re.I)
REACH = 90  # how far after the forum the accused may be told
ACCUSED_GAP = 3  # characters between the accused's preposition and its mention ("the" is read with it)


def _accused(sv: SentenceView, ctx: ArticleContext, parts: list[Part], start: int, actors: set[str]) -> list[Part]:
    """The parties right after the first "over"/"against" between ``start`` and the clause's end."""
    stop = min(len(sv.text), start + REACH)
    if (hb := HARD_BOUNDARY_RE.search(sv.text, start, stop)) is not None:
        stop = hb.start()
    m = ACCUSED_RE.search(sv.text, start, stop)
    if m is None:
        return []
    return [p for p in parts if m.end() <= p.start <= m.end() + ACCUSED_GAP and p.eid not in actors
            and ctx.etype(p.eid) != "organization"][:1]


def forum_targets(sv: SentenceView, ctx: ArticleContext, parts: list[Part], cands: list[Cand]) -> None:
    """An accusation whose target after its trigger is an organisation told as the forum ("with the
    United Nations") takes the party after "over"/"against" as its target, else none."""
    for c in cands:
        if c.trig.etype != "accusation" or not c.targets or c.extra_targets:
            continue
        first = min(c.targets, key=lambda p: p.start)
        if ctx.etype(first.eid) != "organization" or not FORUM_RE.fullmatch(sv.text, c.end, first.start):
            continue
        last = max(p.end for p in c.targets)
        c.targets = _accused(sv, ctx, parts, last, {p.eid for p in c.actors})
