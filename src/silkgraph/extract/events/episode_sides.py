"""The sides of a past fight named by a possessive pronoun: "Russia and Georgia have had no relations
since their 2008 war", "Iran, still recovering from its 2025 war with Israel, …".

A fight noun opened by "its" or "their" (then an optional date and up to two modifier words) belongs to
the pronoun's antecedent: for "their", two states joined by "and" written before it in the sentence;
for "its", the nearest state named before it.  The antecedent is a side of the fight (a recorded
inference); a side named in the noun's own complement ("with Israel") stays its other side.

Only the same sentence is read (no antecedent across sentences), a "their" needs a pair joined by "and"
with nothing but the two names between, and a state named as a place ("in Georgia") is no antecedent.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand

# the possessive opening the fight's noun phrase: "their 2008 war", "its brief border war", "its war"
# (the words between are the noun's premodifiers: no article or preposition, "its positions in the war" is none)
POSS_NP_RE = re.compile(r"\b(?P<det>its|their)\s+(?:(?!(?:the|an?|in|of|on|at|for|with|to|from|by|and|or|over|"
                        r"during|after|before|since)\b)[\w\-’']+\s+){0,3}$", re.I)
# a clause break between the antecedent and the pronoun: the antecedent must share its clause chain
BREAK_RE = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b")


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join((e.name if (e := ctx.entity(i)) is not None else i) for i in ids)


def _states_before(sv: SentenceView, ctx: ArticleContext, at: int) -> list[tuple[int, int, str]]:
    """The states named before ``at`` (not as a place), as (start, end, id), in text order."""
    return [(sv.rel(m.start), sv.rel(m.end), m.entity_id) for m in sv.mentions
            if sv.rel(m.end) <= at and m.role != "place" and ctx.etype(m.entity_id) == "state"]


def possessor_sides(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Add the antecedent of "its"/"their" opening a fight noun's phrase as its side (see the module)."""
    if c.trig.etype != "attack" or c.trig.kind != "noun" or c.extra_actors:
        return
    pm = POSS_NP_RE.search(sv.text, max(0, c.start - 40), c.start)
    if pm is None or re.search(r"[,;:]", sv.text[pm.end("det"):c.start]):
        return
    det = pm.start("det")
    states = _states_before(sv, ctx, det)
    if not states or BREAK_RE.search(sv.text, states[-1][1], det):
        return
    own = c.ids
    if pm.group("det").lower() == "their":
        if len(states) < 2 or sv.text[states[-2][1]:states[-1][0]].strip() != "and" or own:
            return
        got = [states[-2][2], states[-1][2]]
    else:
        got = [states[-1][2]]
        if got[0] in own or len(own) > 1:
            return
    c.extra_actors = got
    c.inferences["actors"] = f"'{pm.group('det').lower()}' = {_names(ctx, got)} named before"
