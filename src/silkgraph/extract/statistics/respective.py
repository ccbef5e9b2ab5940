"""Shares told as two parallel lists: a coordinated list of actors, then a coordinated list of
numbers that share one percent sign ("The Netherlands, Turkey and Sweden followed, with roughly 6, 4
and 4 percent", "Russia and France supplied 36 and 33 percent respectively"). The n-th number is the
n-th actor's share; the lists must be of the same length, and a range ("between 20 and 30 percent")
is no list.  The sentence must say the figures are shares ("respectively", a share verb or noun
between the lists, "percent of" a whole: ``respective_share_cues``); a change by an amount ("grew
by 6 and 4 percent": ``respective_change_before``) is none.  Each share is that actor's alone: the
other actors of the list are no scope of it (``Stat.peers``). Amounts of money listed the same way
are matched only when "respectively" closes their list (``respective_amounts``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import RESPECTIVELY_RE
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat
from silkgraph.model import Mention

_N = r"\d+(?:\.\d+)?"
_U = r"(?:%|percent\b|per\s+cent\b)"
# "6, 4 and 4 percent", "36 and 33 per cent": two or more numbers, the unit written once; or with
# each number's own unit ("at 5% and 4% respectively", "12 percent and 9 percent")
_NU = _N + r"(?:\s*" + _U + r")?"
# (at most 14 numbers: an unbounded repeat rescans a long run of numbers with no "and" from
# each of its numbers)
NUMBER_LIST_RE = re.compile(r"(?<![\w.,$€£])(?P<list>" + _NU + r"(?:\s*,\s*" + _NU + r"){0,12}\s*,?\s+and\s+" + _N
                            + r")\s*(?P<u>" + _U + r")", re.I)
# a number of the list and the unit written with it, if any
NUMBER_UNIT_RE = re.compile(r"(?P<n>" + _N + r")(?:\s*" + _U + r")?", re.I)
# "between 20 and 30 percent", "from 20 and …": a range, not a list
RANGE_BEFORE_RE = re.compile(r"\b(?:between|from)\s+(?:(?:about|some|roughly|around)\s+)?$", re.I)
# the gap between two actors of a coordinated list: ", ", ", and ", " and "
ACTOR_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
SHARE_CUE_RE = re.compile(DATA["respective_share_cues"], re.I)
CHANGE_BEFORE_RE = re.compile(DATA["respective_change_before"], re.I)
# "… percent of imports": the whole the shares are of
OF_WHOLE_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?!(?:about|some|around)\b)[a-z]", re.I)


def respective_shares(sv: SentenceView, ctx: ArticleContext) -> tuple[list[Stat], list[tuple[int, int]]]:
    """One share for each actor of a list matched in order with a list of numbers; and the spans
    of the parallel lists told as changes ("X and Y grew by 6 and 4 percent"), whose figures are
    no one actor's statistic (the caller drops the figures read there)."""
    if " and " not in sv.text:
        return [], []
    out: list[Stat] = []
    changes: list[tuple[int, int]] = []
    for m in NUMBER_LIST_RE.finditer(sv.text):
        if RANGE_BEFORE_RE.search(sv.text, max(0, m.start() - 30), m.start()):
            continue
        numbers = list(NUMBER_UNIT_RE.finditer(sv.text, m.start("list"), m.end("list")))
        actors = _actor_list(sv, ctx, m.start(), len(numbers))
        if actors is None:
            continue
        if not _shares(sv, sv.rel(actors[-1].end), m):
            if CHANGE_BEFORE_RE.search(sv.text, sv.rel(actors[-1].end), m.start()):
                changes.append((m.start(), m.end()))
            continue
        peers = tuple(dict.fromkeys(a.entity_id for a in actors))
        for i, (n, who) in enumerate(zip(numbers, actors, strict=True)):
            end = m.end() if i == len(numbers) - 1 else n.end()  # (the last takes the unit written once)
            out.append(Stat(n.start(), end, float(n.group("n")), "percent", who.entity_id,
                            why=f"'{who.text}', the actor at the same place in the list before the numbers",
                            peers=peers))
    return out, changes


def _shares(sv: SentenceView, actors_end: int, m: re.Match[str]) -> bool:
    """Whether the sentence tells the listed figures (``m``, after actors ending at ``actors_end``)
    as shares, not as changes by an amount."""
    if CHANGE_BEFORE_RE.search(sv.text, actors_end, m.start()):
        return False  # "X and Y grew by 6 and 4 percent"
    if SHARE_CUE_RE.search(sv.text, actors_end, m.start()) or OF_WHOLE_RE.match(sv.text, m.end()):
        return True  # "X and Y supplied 36 and 33 percent", "… 40 and 30 percent of imports"
    stop = re.compile(r"[;.]").search(sv.text, m.end())
    return RESPECTIVELY_RE.search(sv.text, m.end(), stop.start() if stop else len(sv.text)) is not None


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


# the gap between two amounts of a list: ", ", ", and ", " and "
AMOUNT_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def respective_amounts(sv: SentenceView, ctx: ArticleContext, amounts: list[tuple[int, int]]) -> dict[int, Mention]:
    """"X and Y spent $2 billion and $1.5 billion on defence, respectively": amounts (their spans,
    in order) coordinated into a list that "respectively" closes, matched in order with the list
    of as many actors before them; the actor of each amount, by its start."""
    if "respectively" not in sv.text or len(amounts) < 2:
        return {}
    runs: list[list[tuple[int, int]]] = []
    for a, b in amounts:
        if runs and AMOUNT_GAP_RE.fullmatch(sv.text, runs[-1][-1][1], a):
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    out: dict[int, Mention] = {}
    for run in runs:
        if len(run) < 2:
            continue
        stop = re.compile(r"[;.]").search(sv.text, run[-1][1])
        if RESPECTIVELY_RE.search(sv.text, run[-1][1], stop.start() if stop else len(sv.text)) is None:
            continue
        actors = _actor_list(sv, ctx, run[0][0], len(run))
        if actors is not None:
            out.update({a: who for (a, _b), who in zip(run, actors, strict=True)})
    return out
