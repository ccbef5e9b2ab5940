"""Shares told as two parallel lists: a coordinated list of actors, then a coordinated list of
numbers that share one percent sign ("The Netherlands, Turkey and Sweden followed, with roughly 6, 4
and 4 percent", "Russia and France supplied 36 and 33 percent respectively"). The n-th number is the
n-th actor's share; the lists must be of the same length, and a range ("between 20 and 30 percent")
is no list."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import SUBJECT_TYPES, Stat
from silkgraph.model import Mention

_N = r"\d+(?:\.\d+)?"
# "6, 4 and 4 percent", "36 and 33 per cent": two or more numbers, the unit written once
NUMBER_LIST_RE = re.compile(r"(?<![\w.,$€£])(?P<list>" + _N + r"(?:\s*,\s*" + _N + r")*\s*,?\s+and\s+" + _N
                            + r")\s*(?P<u>%|percent\b|per\s+cent\b)", re.I)
# "between 20 and 30 percent", "from 20 and …": a range, not a list
RANGE_BEFORE_RE = re.compile(r"\b(?:between|from)\s+(?:(?:about|some|roughly|around)\s+)?$", re.I)
# the gap between two actors of a coordinated list: ", ", ", and ", " and "
ACTOR_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
NUMBER_RE = re.compile(_N)


def respective_shares(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """One share for each actor of a list matched in order with a list of numbers."""
    if " and " not in sv.text:
        return []
    out: list[Stat] = []
    for m in NUMBER_LIST_RE.finditer(sv.text):
        if RANGE_BEFORE_RE.search(sv.text, max(0, m.start() - 30), m.start()):
            continue
        numbers = list(NUMBER_RE.finditer(sv.text, m.start("list"), m.end("list")))
        actors = _actor_list(sv, ctx, m.start(), len(numbers))
        if actors is None:
            continue
        for i, (n, who) in enumerate(zip(numbers, actors, strict=True)):
            end = m.end() if i == len(numbers) - 1 else n.end()  # (the last takes the unit written once)
            out.append(Stat(n.start(), end, float(n.group(0)), "percent", who.entity_id,
                            why=f"'{who.text}', the actor at the same place in the list before the numbers"))
    return out


def _actor_list(sv: SentenceView, ctx: ArticleContext, before: int, k: int) -> list[Mention] | None:
    """The last coordinated list of exactly ``k`` actors written before ``before`` (with no other
    list of numbers between), else None."""
    runs: list[list[Mention]] = []
    last_end = -1
    for a, b, m in sv.mentions_rel():
        if b > before:
            break
        if ctx.etype(m.entity_id) not in SUBJECT_TYPES or m.role == "place":
            continue
        if runs and ACTOR_GAP_RE.fullmatch(sv.text, last_end, a):
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = b
    if not runs or len(runs[-1]) != k or len({m.entity_id for m in runs[-1]}) != k:
        return None
    if re.search(r"[;:]|\d", sv.text[sv.rel(runs[-1][-1].end):before]):
        return None  # another clause or other figures between the actors and the numbers
    return runs[-1]
