"""Seats: the seats a party won ("X won 145 of the 225 seats", "…, taking 230 of the 300 directly
elected seats", "with Y placing first with 28 seats") and a chamber's size ("the 120-seat Z",
"Z of 75 deputies").

A count of seats had no counted noun among the statistics' people and groups, so no election result
was read at all. Seats after a winning verb are the winner's: the last party or person named before
the verb (the clause's actor, or the head of the participle: "X won a landslide, taking …"). A
chamber's size is the chamber's, named right after "N-seat" or right before "of N deputies"; an
unnamed chamber ("the 131-seat parliament") gives no figure. The words are data
(ontology/statistics.yaml: ``seat_win_verbs``, ``seat_nouns``, ``chamber_member_nouns``).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, Stat
from silkgraph.nlp.count_words import count_alt, count_values

# the actors that win seats or are a chamber: parties, blocs, legislatures, candidates
_SEAT_TYPES = ("organization", "person")
_WORDS = count_values(1, 20, 30, 40, 50, 60, 70, 80, 90)
_N = r"(?P<n>\d{1,4}|" + count_alt(1, 20, 30, 40, 50, 60, 70, 80, 90) + r")(?![\d,.])"
_APPROX = r"(?:(?:about|some|nearly|almost|around|roughly|over|just\s+over|more\s+than|at\s+least|only|all)\s+)?"
SEATS_WON_RE = re.compile(r"\b(?P<v>" + DATA["seat_win_verbs"] + r")\s+(?:(?:first|second|third)\s+with\s+)?" + _APPROX
                          + _N + r"(?:\s+of\s+(?:the\s+)?(?:\d{1,4})\b)?\s+(?:[a-z][\w\-]*\s+){0,3}?"
                          + DATA["seat_nouns"] + r"\b", re.I)
CHAMBER_SIZE_RE = re.compile(r"\b(?P<n>\d{2,4})-(?:seat|member|strong)\s+(?:[a-z][\w\-]*\s+){0,2}?(?=[A-Z])")
CHAMBER_OF_RE = re.compile(r"\s+of\s+(?P<n>\d{2,4})\s+" + DATA["chamber_member_nouns"] + r"\b")


_GATE_RE = re.compile(r"seat|mandates|" + DATA["chamber_member_nouns"], re.I)


def may_hold_seats(text: str) -> bool:
    """Whether the sentence names seats or a chamber's members (the cheap gate of :func:`seat_counts`)."""
    return _GATE_RE.search(text) is not None


def _value(word: str) -> float:
    w = word.lower()
    return float(_WORDS[w]) if w in _WORDS else float(w)


def seat_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The sentence's seats won (the winner's) and chambers' sizes (the chamber's)."""
    text = sv.text
    named = [(a, b, m) for a, b, m in sv.mentions_rel() if ctx.etype(m.entity_id) in _SEAT_TYPES]
    out: list[Stat] = []
    for m in SEATS_WON_RE.finditer(text):
        v = m.start("v")
        before = [(a, mm) for a, b, mm in named if b <= v and not re.search(r"[;:]", text[b:v])]
        if before:
            out.append(Stat(m.start("n"), m.end("n"), _value(m.group("n")), "count", before[-1][1].entity_id,
                            "seats", why=f"'{before[-1][1].text}', who won the seats"))
    for m in CHAMBER_SIZE_RE.finditer(text):
        who = next((mm for a, _b, mm in named if a == m.end()), None)
        if who is not None:
            out.append(Stat(m.start("n"), m.end("n"), float(m.group("n")), "count", who.entity_id, "seats",
                            why=f"'{who.text}', the chamber of that size"))
    for _a, b, mm in named:
        cm = CHAMBER_OF_RE.match(text, b)
        if cm is not None:
            out.append(Stat(cm.start("n"), cm.end("n"), float(cm.group("n")), "count", mm.entity_id, "seats",
                            why=f"'{mm.text}', the chamber of that size"))
    return out
