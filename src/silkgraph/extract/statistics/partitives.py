"""Partitive counts told by a demonym: "roughly 13,000 troops, about 9,800 of them American", "some
3,600 soldiers, around 2,000 of whom are Russian".

The part of a counted group that a demonym after "of them" / "of whom" names is that state's people:
the count is the state's, whoever holds or leads the whole group (the whole stays the group's)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat

PARTITIVE_RE = re.compile(r"(?<![\d,.$])\b(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)\s+of\s+(?:them|whom)\s+"
                          r"(?:(?:were|are|was|is)\s+)?(?P<dem>(?-i:[A-Z])[\w\-]+)\b(?!['’]s)", re.I)


def partitive_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The counts "N of them <Demonym>" whose demonym names a state."""
    out: list[Stat] = []
    for m in PARTITIVE_RE.finditer(sv.text):
        if YEAR_RE.fullmatch(m.group("n")):
            continue
        state = next((mm.entity_id for a, _b, mm in sv.mentions_rel() if a == m.start("dem") and mm.kind == "demonym"
                      and ctx.etype(mm.entity_id) == "state"), None)
        if state is not None:
            out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", state,
                            why=f"the part of the group the demonym '{m.group('dem')}' names"))
    return out
