"""A telephone call told as the medium of another act is a meeting of its own.

"X apologised to Y in a telephone call", "X offered condolences to Y in a call on Wednesday": the
call's noun has no party after it ("with Y"); its parties are the act's, the clause's subject and the
one addressed, named before the noun in its clause (the sentence's subject when a relative clause
stands between: "X, who visited Y in June, spoke to Z in a call on Monday").
(A verb of calling made for an act, "X phoned Y to apologise", stays that act: the golds differ on it.)
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part, clause_bounds

CALL_NOUN_RE = re.compile(r"(?:(?:tele)?phone |video )?(?:call|conversation)", re.I)
# the call as the medium of the clause's act: "in a telephone call", "during their phone call"
MEDIUM_BEFORE_RE = re.compile(r"\b(?:in|during|over|by)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w\-]+\s+)?$", re.I)
PARTY_TYPES = ("state", "person", "organization")


def _clause_parties(ctx: ArticleContext, parts: list[Part], lo: int, hi: int) -> list[str]:
    """The states, persons and organisations among ``parts`` between ``lo`` and ``hi``, once each, in order."""
    got: list[str] = []
    for p in parts:
        if lo <= p.start and p.end <= hi and ctx.etype(p.eid) in PARTY_TYPES and p.eid not in got:
            got.append(p.eid)
    return got


def call_parties(sv: SentenceView, ctx: ArticleContext, parts: list[Part], cands: list[Cand]) -> None:
    """The parties of a call told as a medium (recorded inferences)."""
    text = sv.text
    for c in cands:
        if c.trig.etype == "meeting" and c.trig.kind == "noun" and len(c.ids) < 2 and \
                CALL_NOUN_RE.fullmatch(text, c.start, c.end) and \
                MEDIUM_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
            cs, _ce = clause_bounds(text, c.start, c.end)
            got = _clause_parties(ctx, parts, cs, c.start)
            if len(got) == 1 and cs > 0:  # "X, who visited Y in June, also spoke to Z in a call": the subject
                first = _clause_parties(ctx, parts, 0, cs)[:1]
                got = first + [x for x in got if x not in first]
            if len(got) >= 2:
                c.extra_actors += [x for x in got if x not in c.ids]
                c.inferences["actors"] = "the call is the medium of the clause's act: its parties"
