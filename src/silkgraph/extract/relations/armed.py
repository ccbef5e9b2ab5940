"""An armed group as a party of the relation nouns told with "with" or "of": "Pakistan's
relations with the Taliban fell apart", "a Taliban government at odds with Pakistan", "the TTP,
an ally of the Afghan Taliban".  Only the predicate and apposition cues (the kind comes from the
words), never the verb cues (an accusation, a purchase); a hostile cue between a group and a state
other than its home one is the conduct of the state it governs and is left out as elsewhere."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.relations.appos import appos_of
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.predicates import with_pred

Found = tuple[Part, Part, str, int, str]


def armed_with(sv: SentenceView, ctx: ArticleContext, ps: list[Part], armed: list[Part], live: set[int]) -> list[Found]:
    """Relations of a state (or group) with an armed group told by a "relations with" predicate
    or an apposition ("X, an ally of Y")."""
    parties = sorted(ps + armed, key=lambda p: p.start)
    got = [(a, b, kind, pos, "") for a, b, kind, pos in with_pred(parties, sv.text, live)]
    got += appos_of(sv.text, parties, (m for c in BY_SHAPE.get("appos_of", []) if id(c) in live
                                       for m in c.regex.finditer(sv.text)))
    return [f for f in got if "armed_group" in (ctx.etype(f[0].eid), ctx.etype(f[1].eid))]
