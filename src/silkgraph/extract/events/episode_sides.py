"""The sides of a past fight named by a possessive pronoun: "Russia and Georgia have had no relations
since their 2008 war", "Iran, still recovering from its 2025 war with Israel, …".

A fight noun opened by "its" or "their" (then an optional date and up to two modifier words) belongs to
the pronoun's antecedent: for "their", two states joined by "and" written before it in the sentence;
for "its", the one state named before it in its clause chain.  With several states before "its", the
pronoun is the clause subject's ("Azerbaijan praised Turkey for its support during its 2020 war with
Armenia": Azerbaijan's war), except right after an object and "for" or "over", a reason told of the
object's own act ("Iran criticised Israel over its 2024 strikes"); right after another state with no such
preposition ("Russia told Georgia its 2008 war …"), or with no single state opening the clause, who is
meant is unsaid and nothing is inferred.  The antecedent is a side of the fight (a recorded
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
# an object's own act told as the reason: "criticised Israel over its strikes", "thanked Ukraine for its help"
REASON_GAP_RE = re.compile(r"^\s+(?:for|over)\s+$", re.I)
# what may stand before the clause subject: nothing, or a fronted adverbial closed by a comma ("In 2021, ")
# or a dateline closed by a dash ("ALMATY, 5 July 2024 — ")
SUBJECT_OPEN_RE = re.compile(r"^(?:[^;:]{0,60}(?:,|\s[—–-])\s*)?(?:the\s+)?$", re.I)


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join((e.name if (e := ctx.entity(i)) is not None else i) for i in ids)


def _states_before(sv: SentenceView, ctx: ArticleContext, at: int) -> list[tuple[int, int, str]]:
    """The states named before ``at`` (not as a place), as (start, end, id), in text order."""
    return [(sv.rel(m.start), sv.rel(m.end), m.entity_id) for m in sv.mentions
            if sv.rel(m.end) <= at and m.role != "place" and ctx.etype(m.entity_id) == "state"]


def _its_antecedent(text: str, states: list[tuple[int, int, str]], det: int) -> str | None:
    """The state "its" at ``det`` stands for among ``states`` (those before it in its clause chain): the only
    one; the object right before "for/over its"; else the clause subject, when one state opens the clause."""
    if len(set(s[2] for s in states)) == 1:
        return states[-1][2]
    gap = text[states[-1][1]:det]
    if REASON_GAP_RE.match(gap):
        return states[-1][2]
    if not gap.strip():
        return None  # "Russia told Georgia its 2008 war …": either may be meant
    first = states[0]
    if not SUBJECT_OPEN_RE.match(text[:first[0]]) or re.match(r"\s*(?:and|or|,)", text[first[1]:]):
        return None  # no single state opens the clause ("Armenia and Azerbaijan … its")
    return first[2]


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
        its = _its_antecedent(sv.text, [st for st in states if not BREAK_RE.search(sv.text, st[1], det)], det)
        if its is None:
            return
        got = [its]
        if got[0] in own or len(own) > 1:
            return
    c.extra_actors = got
    c.inferences["actors"] = f"'{pm.group('det').lower()}' = {_names(ctx, got)} named before"
