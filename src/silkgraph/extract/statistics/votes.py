"""The winner of a vote share: "Aliyev won a fifth term with 92 percent of the vote".

The winner is the person or party named right before the winning verb (``patterns.WON_RE``), or, when
an appositive stands between them ("X, the defence secretary who oversaw the defeat of Y in 2009, won
the election with 52 percent"; "X, Y's stand-in candidate, won the run-off with 54 percent"), the head
the appositive describes: the first person or party of the clause, followed by a comma and a noun
phrase opened by a determiner or a possessive, which a comma closes right before the verb. Actors
named inside the appositive (Y) describe the head; they won nothing.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Mention

_WINNER_TYPES = ("person", "organization")
# ", the defence secretary who … in 2009, " / ", Yameen's stand-in candidate, " / ", the incumbent, ":
# an appositive between the head and the verb (no clause break of a semicolon or colon inside)
APPOSITIVE_GAP_RE = re.compile(r"\s*,\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z])[\w\-.]*['’]s)\s[^;:]{1,200}?,\s*", re.I)


def vote_winner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> Mention | None:
    """The person or party that won, received or secured the share: the head of an appositive
    that ends right before the winning verb, else the last one named right before the verb."""
    found = list(P.WON_RE.finditer(sv.text, max(0, st.start - 120), st.start))
    wm = found[-1] if found else None
    if wm is None:
        return None
    named = [(a, b, m) for a, b, m in sv.mentions_rel() if b <= wm.start() and ctx.etype(m.entity_id) in _WINNER_TYPES]
    for a, b, m in named:  # the first head whose appositive runs up to the verb (before any actor named
        # inside the appositive, right before the verb: "X, the party founded by Y, took 54 percent")
        if APPOSITIVE_GAP_RE.fullmatch(sv.text, b, wm.start()) and not re.search(r"[,;:]", sv.text[max(0, a - 2):a]):
            return m
    cands = [m for a, b, m in named if wm.start() - b <= 4]
    return cands[-1] if cands else None
