"""People counted with their state's demonym: "about 1.3 million Tajik citizens entered Russia",
"some 800,000 Kyrgyz migrant workers live abroad", "4,000 Uzbek nationals". A population-scale
count (not one incident's people) written right before a demonym and a noun of people who belong to
a state (citizens, nationals, migrants, workers, troops …; ``owned_people_nouns``) is a statistic of
that state, whatever verb follows. The dead of one attack are left to the event extractor."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat

_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<s>thousand|million))?"
# the count right before the demonym ("1.3 million ", "some 800,000 ")
COUNT_BEFORE_RE = re.compile(r"(?<![\w$€£.,])" + _N + r"\s+$")
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?" + P.DATA["owned_people_nouns"] + r"\b")
SCALE = {"thousand": 1e3, "million": 1e6}
MIN_OWNED = 1000  # fewer are one incident's people, not a measure of a state's


def owned_people(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of a state's people told with its demonym ("1.3 million Tajik citizens")."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in sv.mentions_rel():
        if m.kind != "demonym" or ctx.etype(m.entity_id) != "state" or NOUN_AFTER_RE.match(text, b) is None:
            continue
        cm = COUNT_BEFORE_RE.search(text, max(0, a - 24), a)
        if cm is None or YEAR_RE.fullmatch(cm.group("n")):
            continue
        value = float(cm.group("n").replace(",", "")) * SCALE.get((cm.group("s") or "").lower(), 1.0)
        if value < MIN_OWNED or P.FATAL_RE.search(text, b, min(len(text), b + 60)):
            continue  # "… 1,200 Afghan soldiers were killed": a toll, told by the toll readers
        end = cm.end("s") if cm.group("s") else cm.end("n")
        out.append(Stat(cm.start("n"), end, value, "count", owner=m.entity_id))
    return out
