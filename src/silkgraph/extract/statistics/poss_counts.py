"""People counted after a possessive: "Russia's roughly 2,000 peacekeepers stood aside", "Pakistan's
some 600,000 troops". The possessor owns the people counted, whatever actor heads the clause
("When X forces retook Y, Russia's 2,000 peacekeepers …" is Russia's count, not X's)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.subjects import is_source
from silkgraph.model import Mention

# "X's (roughly) " right before the number
POSS_COUNT_RE = re.compile(r"[’']s\s+(?:(?:about|some|nearly|almost|roughly|around|over|an\s+estimated|more\s+than|"
                           r"fewer\s+than|at\s+least)\s+)?$", re.I)
# the people counted right after it ("2,000 peacekeepers", "7,000 Russian troops", "600,000 active troops")
PEOPLE_AFTER_RE = re.compile(r"\s+(?:[A-Za-z][\w\-]*\s+)?" + P.DATA["owned_people_nouns"] + r"\b")


def poss_count(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """The actor whose possessive stands right before a count of its people, or None."""
    if st.unit != "count" or "'s" not in sv.text and "’s" not in sv.text:
        return None
    pm = POSS_COUNT_RE.search(sv.text, max(0, st.start - 30), st.start)
    if pm is None or not PEOPLE_AFTER_RE.match(sv.text, st.end):
        return None
    return next((m for a, b, m in sv.mentions_rel() if b == pm.start() and ctx.etype(m.entity_id) in types
                 and m.role != "place" and not is_source(sv.text, a, b)), None)
