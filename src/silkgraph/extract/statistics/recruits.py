"""People counted as having gone to fight, told with where they come from: "some 3,000 fighters from
X travelled to Syria", "about 500 volunteers from X joined the war", "an estimated 3,000 Xs fought in
Syria", "nearly 2,000 X citizens were recruited".

The count is a statistic of the place the people come from: a state or place named by its demonym
right after the number (a noun of such people may follow: ``recruit_nouns``), or named after "from"
right after the noun. The clause must tell that they went to fight or joined a force
(``recruit_verbs`` right after the noun phrase): "3,000 X troops arrived" (one deployment) or "1,200
fighters from X were killed" (a toll) are read elsewhere or not at all. A handful is one group's
people, not a measure: fewer than ``MIN_RECRUITS`` are left out."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.population import NUMBER as _N
from silkgraph.extract.statistics.population import number_value

_NOUNS = P.DATA["recruit_nouns"]
_APPROX = (r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|at\s+least|as\s+many\s+as|up\s+to|"
           r"approximately|an\s+estimated|a\s+reported)\s+)?")
# the count, then "fighters from " (the place's mention starts where the match ends)
FROM_RE = re.compile(r"(?<![\w$€£.,])(?i:" + _APPROX + ")" + _N + r"\s+(?:[a-z][\w\-]*\s+)?" + _NOUNS + r"\s+from\s+(?:the\s+)?(?=[A-Z])")
# the count, a noun of fighters, a verb of going and "from " ("26,000 fighters had gone from X to Y"):
# the place's mention starts where the match ends
GONE_FROM_RE = re.compile(r"(?<![\w$€£.,])(?i:" + _APPROX + ")" + _N + r"\s+(?:[a-z][\w\-]*\s+)?" + P.DATA["fighter_nouns"]
                          + r"\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?" + P.DATA["going_verbs"] + r"\s+from\s+(?:the\s+)?(?=[A-Z])")
# the count right before a demonym ("3,000 ", "some 800 ")
COUNT_BEFORE_RE = re.compile(r"(?<![\w$€£.,])" + _APPROX + _N + r"\s+$", re.I)
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?" + _NOUNS + r"\b")
# what the people did: went to fight, joined, were recruited (an adverb, a hedge or "have" between)
VERB_RE = re.compile(r"(?:\s+(?:who|that))?(?:\s+(?:\w+ly|also|have|has|had|are\s+(?:believed|thought|said|estimated)\s+to\s+have|"
                     r"were\s+(?:believed|thought|said|estimated)\s+to\s+have|(?:have|had|has)\s+been|were|are)){0,3}\s+"
                     + P.DATA["recruit_verbs"] + r"\b", re.I)
# what they joined was no fighting: "joined the protest", "fought the fire"
NOT_WAR_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?" + P.DATA["recruit_non_war_nouns"] + r"\b", re.I)
MIN_RECRUITS = 50  # fewer are one group's people, not a measure of those who went


def may_recruit(low: str) -> bool:
    """A cheap gate: a word a recruit verb starts with, or fighters going "from" a place."""
    return _may_fight(low) or _may_go(low)


def _may_fight(low: str) -> bool:
    """A word a recruit verb starts with."""
    return any(w in low for w in ("join", "fought", "fight", "travel", "recruit", "enlist", "volunteer", "signed"))


# the gate of ``GONE_FROM_RE``: a noun of fighters, "from" and a verb of going
_FIGHTER_WORDS = ("fighters", "volunteers", "recruits", "militants", "jihadists", "mercenaries", "combatants", "soldiers")
_GOING_WORDS = ("gone", "went", "travel", "left", "sent", "dispatched")


def _may_go(low: str) -> bool:
    """Fighters counted as going from a place may be told ("… fighters had gone from X")."""
    return " from " in low and any(w in low for w in _FIGHTER_WORDS) and any(w in low for w in _GOING_WORDS)


def recruits(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of people who went to fight, owned by the place they come from (see the docstring)."""
    out: list[Stat] = []
    text = sv.text
    low = sv.low if sv.low is not None else text.lower()
    rel = list(sv.mentions_rel())
    for m in FROM_RE.finditer(text) if _may_fight(low) else ():
        who = next(((b, mm.entity_id) for a, b, mm in rel if a == m.end()
                    and ctx.etype(mm.entity_id) in ("state", "place")), None)
        if who is None or YEAR_RE.fullmatch(m.group("n") or "") or not _went_to_fight(text, who[0]):
            continue
        _add(out, m, who[1])
    for m in GONE_FROM_RE.finditer(text) if _may_go(low) else ():  # "26,000 fighters had gone from X to Y"
        who = next((mm.entity_id for a, _b, mm in rel if a == m.end() and ctx.etype(mm.entity_id) in ("state", "place")), None)
        if who is not None and not YEAR_RE.fullmatch(m.group("n") or ""):
            _add(out, m, who)
    for a, b, mm in rel if _may_fight(low) else ():
        if mm.kind != "demonym" or ctx.etype(mm.entity_id) not in ("state", "place"):
            continue
        cm = COUNT_BEFORE_RE.search(text, max(0, a - 24), a)
        if cm is None or YEAR_RE.fullmatch(cm.group("n") or ""):
            continue
        end = b + 1 if text[b:b + 1] == "s" else b  # (the mention may leave the plural's "s" out)
        nm = NOUN_AFTER_RE.match(text, end)
        if _went_to_fight(text, nm.end() if nm is not None else end):
            _add(out, cm, mm.entity_id)
    return out


def _went_to_fight(text: str, pos: int) -> bool:
    """A recruit verb right after ``pos`` whose object is no protest, talks or other gathering."""
    vm = VERB_RE.match(text, pos)
    return vm is not None and NOT_WAR_RE.match(text, vm.end()) is None


def _add(out: list[Stat], m: re.Match[str], owner: str) -> None:
    value = number_value(m)
    if value >= MIN_RECRUITS:
        end = m.end("s") if m.group("s") else m.end("n") if m.group("n") else m.end("w")
        # (from the approximation on: "some 3,000" is one figure, as the bare counts read it)
        out.append(Stat(m.start(), end, value, "count", owner=owner,
                        subject_hint=owner, noun="fighters",
                        why="the place the people who went to fight come from"))
