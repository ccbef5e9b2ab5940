"""The sides of a background war told by its date alone: "the 2020 war", "the war of August 2008",
"the 44-day war of autumn 2020", "Azerbaijan's victory in the 2020 war".

Analysts recall a past war by its year without naming who fought it.  A war noun dated in its own
noun phrase (the date next to the noun, no clause break between them) with no party of its own
takes, as a recorded inference:

1. the two states of a fight or truce of the same year the article has already recorded with two
   state sides (the war told again by its year: "the war that began on 27 September 2020 …
   the 2020 war");
2. else the state told as winning or losing it ("Armenia lost the 44-day war in 2020",
   "Azerbaijan's victory in the 2020 war"): a side of it.

Nothing else: a state watching, arming or supplying a war ("Iran watched the 2020 war", "Türkiye's
weight grew around the 2020 war") is no side of it.  A war foretold, feared or aimed at never reaches
here (``goal_object``, modality), and an undated war ("the war in Ukraine") is no event.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.candidates import Cand

# the war nouns (not one-sided attacks: a war has two sides)
WAR_RE = re.compile(r"(?:wars?|conflict|hostilities)", re.I)
# between the date and the noun, or the noun and its date, within one noun phrase: "the 2020 Karabakh war",
# "the war of autumn 2020", "the 44-day war of 2020" (no verb, no clause break)
NP_GAP = 40
NP_GAP_RE = re.compile(r"^\s+(?:(?:of|in)\s+)?(?:(?:early|late|mid|the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?$")
# the article opening the war's noun phrase, with the words before the noun: "the 44-day ", "the "
DET_RE = re.compile(r"\b(?:the|a)\s+(?:[\w\-’']+\s+){0,2}$", re.I)


def _own_np_date(text: str, c: Cand) -> int | None:
    """Where the war's noun phrase starts (its article), when the event's written date stands in it
    ("the 2020 war", "the 44-day war of autumn 2020"); a possessive ("its 2020 war") names a party."""
    dt = c.date[1]
    at = text.find(dt) if dt else -1
    if at < 0:
        return None
    if at + len(dt) <= c.start:  # "the 2020 war", "the 1992-94 Karabakh war"
        gap = text[at + len(dt):c.start]
        det = DET_RE.search(text, max(0, at - 20), at)
        ok = len(gap) <= NP_GAP and re.fullmatch(r"\s*(?:[\w\-’']+\s+){0,2}", gap) is not None
        return det.start() if ok and det is not None else None
    if at >= c.end and at - c.end <= NP_GAP and NP_GAP_RE.match(text[c.end:at]):  # "the war of 2020"
        det = DET_RE.search(text, max(0, c.start - 30), c.start)
        return det.start() if det is not None else None
    return None


# a side told by the war's outcome, right before the war's noun phrase: "Armenia lost [the …]", "Azerbaijan won",
# "Azerbaijan's victory in", "Armenia's defeat in"
OUTCOME_RE = re.compile(r"(?:\s+(?:(?:decisively|heavily|quickly|eventually|effectively)\s+)?(?:won|lost|wins|loses)|"
                        r"['’]s?\s+(?:(?:decisive|crushing|swift|quick|military|heavy)\s+)?(?:victory|defeat|win|loss|triumph))"
                        r"\s+(?:in\s+)?$")


def _fight_states(ctx: ArticleContext, sv: SentenceView, year: str) -> list[str] | None:
    for r in reversed(article_state(ctx).events):
        if r.etype not in ("attack", "ceasefire") or not (r.date or "").startswith(year) or \
                min(e.start for e in r.fact.evidence) >= sv.start:
            continue
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) == 2:
            return states
    return None


def _outcome_side(sv: SentenceView, ctx: ArticleContext, np_start: int) -> str | None:
    for m in sv.mentions:
        if m.role == "place" or ctx.etype(m.entity_id) != "state":
            continue
        b = sv.rel(m.end)
        if b <= np_start and np_start - b <= 40 and OUTCOME_RE.match(sv.text[b:np_start]):
            return m.entity_id
    return None


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join((e.name if (e := ctx.entity(i)) is not None else i) for i in ids)


def war_sides(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Fill in the sides of a war noun dated in its own phrase and told without parties."""
    if c.trig.etype != "attack" or c.trig.kind != "noun" or c.ids or not c.date[0] or \
            not c.date[2] == "as written" or not WAR_RE.fullmatch(sv.text, c.start, c.end):
        return
    np_start = _own_np_date(sv.text, c)
    if np_start is None:
        return
    if (fs := _fight_states(ctx, sv, c.date[0][:4])) is not None:
        c.extra_actors = list(fs)
        c.inferences["actors"] = f"a war told by its date alone: {_names(ctx, fs)}, the sides of the fight of that year told before"
    elif (side := _outcome_side(sv, ctx, np_start)) is not None:
        c.extra_actors = [side]
        c.inferences["actors"] = f"a war told by its date alone: {_names(ctx, [side])}, told as winning or losing it"
