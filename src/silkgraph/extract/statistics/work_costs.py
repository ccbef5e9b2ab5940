"""The cost of a work told as a measure of it: "its cost is commonly put at around $4.8 billion",
"planning documents had put the cost at about $4.8 billion", "the line's estimated cost of €1.6
billion". Money next to "cost" is otherwise a deal's price (``deal_money``); when the cost is
*estimated* or *put at* a figure and the thing costed is a work (a programme or place whose name
holds a work's noun: a railway, pipeline, corridor, canal, port …), the figure is a statistic
about that work.

The work is the one whose length the sentence told before the cost, else the nearest work named
before the figure in the sentence or the few before it (same section).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import named_before
from silkgraph.extract.statistics.works import work_noun_alt
from silkgraph.model import Entity, Mention
from silkgraph.nlp.numbers import Number

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?"
# "its cost is commonly put at", "put the cost at", "the cost was estimated at", "at an estimated cost of"
WORK_COST_RE = re.compile(
    r"(?:\b(?:its|their|the|(?:project|" + work_noun_alt() + r")['’]s)\s+(?:(?:total|overall|estimated|projected|expected|likely)\s+)?"
    r"(?:cost|price\s+tag)\s+(?:(?:is|was|has\s+been|had\s+been|would\s+be)\s+)?(?:(?:\w+ly|now|often)\s+)?"
    r"(?:put|estimated|valued|reckoned|calculated|projected|set)\s+at"
    r"|\b(?:put|puts|putting|estimated|estimate|estimates|valued|value|values)\s+(?:its|their|the)\s+(?:total\s+)?cost\s+at"
    r"|\bat\s+an?\s+(?:estimated|projected|total)\s+cost\s+of"
    r"|\b(?:its|the)\s+(?:estimated|projected|total)\s+cost\s+of)\s+" + _APPROX + r"(?:US\s?)?$", re.I)
_WORK_WORDS = re.compile(r"\b" + work_noun_alt(plural=True) + r"\b", re.I)
BACK = 3  # sentences searched back for the work costed


def work_costs(sv: SentenceView, ctx: ArticleContext, money: list[Number], found: list[Stat]) -> list[Stat]:
    """The amounts of ``money`` told as a work's estimated cost, each with the work as its subject:
    the work whose length ``found`` holds before it in the sentence ("The line would run 573 km …,
    and its cost is put at …"), else the nearest work named before."""
    if "cost" not in sv.text:
        return []
    out: list[Stat] = []
    for n in money:
        if WORK_COST_RE.search(sv.text, max(0, n.start - 70), n.start) is None:
            continue
        length = [s for s in found if s.noun == "length" and s.subject_hint and s.end <= n.start]
        if length:
            ent = ctx.entity(length[-1].subject_hint or "")
            if ent is not None:
                out.append(Stat(n.start, n.end, n.value, n.unit, ent.id, "cost",
                                why=f"'{ent.name}', the work whose length the sentence told before"))
                continue
        got = named_before(ctx, sv, n.start, BACK, ("program", "place"), _is_work)
        if got is not None:
            out.append(Stat(n.start, n.end, n.value, n.unit, got[0].id, "cost",
                            why=f"'{got[1].text}', the work whose cost it is (named before)"))
    return out


def _is_work(ent: Entity, m: Mention) -> bool:
    """Whether a programme or place is a work: its name (or the mention) holds a work's noun."""
    return _WORK_WORDS.search(ent.name + " " + m.text) is not None
