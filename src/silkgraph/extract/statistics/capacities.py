"""The power capacity of a named work (a dam, plant, scheme), told in megawatts or gigawatts in
any of the shapes a writer gives it:

- before the work's name, as a modifier: "the 1,200 MW X Dam", "the 900-megawatt X project",
  "the 4,500 MW X and 800 MW Y dams" (each figure the name right after it);
- in brackets after the name, alone or in a list: "X (1,000 MW), Y (624 MW) and Z (540 MW)",
  "X (capacity: 420 MW)";
- in an apposition after the name: "X, a 500 MW project financed by …";
- after a verb or noun of capacity whose subject is the work, in the main clause or a relative
  clause on it: "X is planned at 1,860 MW", "X is designed to generate 2,400 megawatts",
  "X, which will produce 1,100 MW", "X's capacity is put at 3,000 MW", "X would add 1.2 GW";
  a sentence opened by "It" or "Its" takes the work named in the sentence before.

A unit of power says the thing measured is a generating work, so a place, programme or company
named right against the figure (modifier, bracket) is taken as the work even without a work noun;
a figure reached through a verb needs the work's own noun (``work_figures._is_work``), and a
figure with no capacity cue ("the grid lost 500 MW", "the country needs 2,000 MW more") is no
work's.  The cue verbs and nouns are data (``work_figures.capacity_cues`` in statistics.yaml).
Gated on the literals "MW", "megawatt", "GW", "gigawatt".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import work_cues as C
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import named_before
from silkgraph.model import Mention

GATE = ("MW", "megawatt", "GW", "gigawatt")
_NEAR_TYPES = ("place", "program", "company")
# a figure of power: "1,200 MW", "900-megawatt", "1.2 GW", "2,400 megawatts"
POWER_RE = re.compile(r"(?P<n>" + C.N + r")[\s-]?(?P<u>MW|GW|(?i:megawatts?|gigawatts?))\b")
# the words a modifier figure may carry before the name: "the 800 MW hydropower X Dam"
_PRE_NAME_RE = re.compile(r"(?:-class)?\s+(?:(?:" + C.alt(C.W["name_modifiers"]) + r")\s+)?", re.I)
# a bracket opened right after a name: "X (1,000 MW", "X (capacity: 420 MW"
_BRACKET_RE = re.compile(r"\s*\(\s*(?:(?:installed\s+|generating\s+)?capacity\s*:?\s*)?" + C.APPROX + r"$", re.I)
# an apposition after a name, up to the figure: "X, a 500 MW", "X, an estimated 1,200-megawatt"
_APPOS_RE = re.compile(r",\s+(?:an?|the)\s+(?:(?:planned|proposed|new|estimated|projected|future)\s+)?$", re.I)
# a cue of capacity right before the figure (its start is where the work's clause is read from)
_CUE_RE = re.compile(r"(?:\b" + C.alt(C.W["capacity_cues"]) + r")\s+(?:of\s+|at\s+|to\s+|for\s+)?" + C.APPROX + r"$", re.I)
# a comma-enclosed aside between a work and its verb: "X, on the Naryn, is planned at",
# "X, completed in 2019, will have"
_ASIDE_RE = re.compile(r"\s*,[^,;:()\"]{2,60},\s+(?:(?:is|are|was|were|will|would|could|can|may|might|has|have|had|"
                       r"should)\b[^,;:()\"]{0,40})?")
# "It is planned at", "Its turbines are designed for": the work named before is the subject
_PRONOUN_OPEN_RE = re.compile(r"\s*(?:It|Its)\b")


def capacities(sv: SentenceView, ctx: ArticleContext,
               is_work: Callable[[SentenceView, ArticleContext, Mention], bool],
               work_at: Callable[[SentenceView, ArticleContext, int], tuple[str, str | None] | None],
               is_work_entity: Callable[..., bool]) -> list[Stat]:
    """The sentence's figures of power, each with the work it measures as the subject hint."""
    text = sv.text
    out: list[Stat] = []
    for m in POWER_RE.finditer(text):
        value = float(m.group("n").replace(",", "")) * (1000.0 if m.group("u")[0] in "Gg" else 1.0)
        near = _named_against(sv, ctx, m)
        got = (near.entity_id, None) if near is not None else None
        if got is None:
            cue = _CUE_RE.search(text, max(0, m.start() - 70), m.start())
            if cue is None:
                continue
            got = _work_across_aside(sv, ctx, cue.start(), is_work) or work_at(sv, ctx, cue.start())
            if got is None and _PRONOUN_OPEN_RE.match(text) and not any(
                    a < cue.start() for a, _b, _m in sv.mentions_rel()):
                wk = named_before(ctx, sv, 0, 1, _NEAR_TYPES, is_work_entity)
                if wk is not None:
                    got = (wk[0].id, f"'{wk[1].text}', the work named before that 'it' stands for")
        if got is not None:
            out.append(Stat(m.start("n"), m.end("n"), value, "MW", got[0], "capacity", why=got[1]))
    return out


def _work_across_aside(sv: SentenceView, ctx: ArticleContext, cue: int,
                       is_work: Callable[[SentenceView, ArticleContext, Mention], bool]) -> tuple[str, None] | None:
    """The work that is the subject of the cue's verb across a comma-enclosed aside naming
    something else: "X, on the Naryn, is planned at" (the river is no subject)."""
    for _a, b, mm in sv.mentions_rel():
        if b >= cue:
            break
        tail = C.TAIL_RE.match(sv.text, b)
        if _ASIDE_RE.fullmatch(sv.text, tail.end() if tail else b, cue) and is_work(sv, ctx, mm):
            return mm.entity_id, None
    return None


def _named_against(sv: SentenceView, ctx: ArticleContext, m: re.Match[str]) -> Mention | None:
    """The place, programme or company named right against the figure: right after it as its
    modifier ("the 1,200 MW X Dam"), or right before its bracket or apposition ("X (1,000 MW)",
    "X, a 500 MW project")."""
    text = sv.text
    pre = _PRE_NAME_RE.match(text, m.end())
    for a, b, mm in sv.mentions_rel():
        if ctx.etype(mm.entity_id) not in _NEAR_TYPES:
            continue
        if pre is not None and a == pre.end():
            return mm
        if b <= m.start():
            tail = C.TAIL_RE.match(text, b)
            end = tail.end() if tail else b
            if end <= m.start() and (_BRACKET_RE.fullmatch(text, end, m.start())
                                     or _APPOS_RE.fullmatch(text, end, m.start())):
                return mm
    return None
