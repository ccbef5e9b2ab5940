"""Seats: the seats a party won ("X won 40 of the 90 seats", "…, taking 12 seats", "with Y finishing
second with 9 seats") and a chamber's size ("the 60-seat Z", "Z of 60 deputies").

A count of seats had no counted noun among the statistics' people and groups, so no election result
was read at all. Seats after a winning verb are the winner's, the subject of that verb: the party or
person named right before it ("X won", "X party took"), past a comma-bounded insert (a relative
clause, an apposition, a "led by" or "with Y trailing" phrase: "X, which Y founded, won" is X's), or,
for a participle after a comma, the subject of the clause before it ("X won a landslide, taking …").
A name after a preposition or a possessive ("the party of Y won", "Y's allies won"), in a relative
clause, or joined to another name by "and" ("X and Y won") is no subject: no fact when unsure (a
new clause after "and" keeps its subject: "X took 9 seats and Y won 4"). Seats count only in a
sentence of a vote, a party or a chamber, or with a ranking ("second with 9 seats"): "the airline
held 30 seats on the flight" is none. A chamber's size is a chamber's (a legislature of the gazetteer
or a name with a chamber noun: "a bloc of 10 members" is none), named right after "N-seat" or right
before "of N deputies"; an unnamed chamber ("the 131-seat parliament") gives no figure. Numbers are read by the project's number parser ("2,000-member"). The
words are data (ontology/statistics.yaml: ``seat_win_verbs``, ``seat_nouns``,
``chamber_member_nouns``, ``seat_election_cues``, ``chamber_nouns``).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics.count_patterns import APPROX_N
from silkgraph.extract.statistics.patterns import DATA, Stat
from silkgraph.model import Mention
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import parse_number
from silkgraph.nlp.prefilter import gate_of, lower_for_gates

# the actors that win seats or are a chamber: parties, blocs, legislatures, candidates
_SEAT_TYPES = ("organization", "person")
# a whole number, with thousands separators ("2,000"), or a count word
_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,4}"
_N = r"(?<![\d,.])(?P<n>" + _NUM + r"|" + count_alt(1, 20, 30, 40, 50, 60, 70, 80, 90) + r")(?![\d,.])"
SEATS_WON_RE = re.compile(r"\b(?P<v>" + DATA["seat_win_verbs"] + r")\s+(?P<rank>(?:first|second|third)\s+with\s+)?" + APPROX_N
                          + _N + r"(?:\s+of\s+(?:the\s+)?(?:\d{1,4})\b)?\s+(?:[a-z][\w\-]*\s+){0,3}?"
                          + DATA["seat_nouns"] + r"\b", re.I)
CHAMBER_SIZE_RE = re.compile(r"(?<![\d,.])(?P<n>" + _NUM + r")-(?:seat|member|strong)\s+(?:[a-z][\w\-]*\s+){0,2}?(?=[A-Z])")
CHAMBER_OF_RE = re.compile(r"\s+of\s+(?P<n>" + _NUM + r")\s+" + DATA["chamber_member_nouns"] + r"\b")
_ELECTION_RE = re.compile(r"\b" + DATA["seat_election_cues"] + r"\b", re.I)
_CHAMBER_NAME_RE = re.compile(r"\b" + DATA["chamber_nouns"] + r"\b", re.I)
# between a subject and its verb: at most two plain words ("X party", "X easily"; after an acronym's
# bracket: "the X Front (XF) won"), no possessive
# nor a verb of its own ("the party that Y founded won")
_GAP_RE = re.compile(r"\)?(?![’']s\b)(?:\s+(?!(?:[a-z]+ed|led|set|ran|built|won|took)\b)[a-z][\w\-]*){0,2}\s*")
# "with X placing first with 9 seats": X is the subject of the participle after it
_WITH_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
# the subject's clause must not be a relative clause or a "led by" phrase, nor the subject a name
# coordinated with the name before it ("X and Y won")
_NOT_MAIN_RE = re.compile(r"\b(?:which|who|whom|whose|led\s+by|headed\s+by|founded\s+by)\b", re.I)
_AND_BEFORE_RE = re.compile(r"\s*,?\s*(?:and|or|nor)\s+(?:the\s+)?", re.I)
# a finite verb of the clause that a participle after a comma hangs on ("X won a landslide, taking …")
_FINITE_RE = re.compile(r"\b(?:" + DATA["seat_win_verbs"] + r"|swept|emerged|claimed|scored|[a-z]{3,}ed)\b")

_CLAUSE_END_RE = re.compile(r"[;:]")

_GATE_RE = re.compile(r"seat|mandates|-member|-strong|" + DATA["chamber_member_nouns"], re.I)


def may_hold_seats(text: str) -> bool:
    """Whether the sentence names seats or a chamber's members (the cheap gate of :func:`seat_counts`)."""
    return gate_of(_GATE_RE).search(text, lower_for_gates(text))  # (``_GATE_RE.search(text)``, pre-checked)


def _subject(named: list[tuple[int, int, Mention]], text: str, lo: int, v: int, participle: bool) -> Mention | None:
    """The subject of the verb at ``v`` (a participle or not) in the clause that begins at ``lo``, or
    None when unsure."""
    pre = text[lo:v].rstrip()
    end = lo + len(pre)
    inserted = pre.endswith(",")
    if inserted:
        if participle:
            # a participle after a comma hangs on the clause before it: its first verb with a subject
            for f in _FINITE_RE.finditer(text, lo, end - 1):
                who = _subject(named, text, lo, f.start(), False)
                if who is not None:
                    return who
        # a comma-bounded insert right before the verb: the subject is before its opening comma
        opening = text.rfind(",", lo, end - 1)
        if opening < 0:
            return None
        end = opening
    cands = [(a, b, m) for a, b, m in named if lo <= a and b <= end]
    if not cands:
        return None
    a, b, m = cands[-1]
    prep = after_prep(text, a, STATISTICS_PREPS) and not (participle and _WITH_RE.search(text, lo, a))
    if (not _GAP_RE.fullmatch(text, b, end) or prep
            or _NOT_MAIN_RE.search(text, lo, a) or any(_AND_BEFORE_RE.fullmatch(text, b2, a) for _a2, b2, _m in named)):
        return None
    return m


def _is_chamber(mm: Mention, ctx: ArticleContext) -> bool:
    """A legislature of the gazetteer, or a body whose name holds a chamber noun."""
    ent = ctx.entity(mm.entity_id)
    if ent is not None and ent.attrs.get("kind") == "legislature":
        return True
    return _CHAMBER_NAME_RE.search(mm.text) is not None or (ent is not None and _CHAMBER_NAME_RE.search(ent.name) is not None)


def seat_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The sentence's seats won (the winner's) and chambers' sizes (the chamber's)."""
    text = sv.text
    named = [(a, b, m) for a, b, m in sv.mentions_rel() if ctx.etype(m.entity_id) in _SEAT_TYPES]
    out: list[Stat] = []
    for m in SEATS_WON_RE.finditer(text):
        if not (m.group("rank") or _ELECTION_RE.search(text) or _CHAMBER_NAME_RE.search(text)
                or any(_is_chamber(mm, ctx) for _a, _b, mm in named)):
            continue  # no vote, party, chamber nor ranking: no election result
        v = m.start("v")
        lo = max((x.end() for x in _CLAUSE_END_RE.finditer(text, 0, v)), default=0)
        who = _subject(named, text, lo, v, m.group("v").lower().endswith("ing"))
        n = parse_number(m.group("n"))
        if who is not None and n is not None:
            out.append(Stat(m.start("n"), m.end("n"), n, "count", who.entity_id,
                            "seats", why=f"'{who.text}', who won the seats"))
    for m in CHAMBER_SIZE_RE.finditer(text):
        who = next((mm for a, _b, mm in named if a == m.end()), None)
        n = parse_number(m.group("n"))
        if who is not None and n is not None and _is_chamber(who, ctx):
            out.append(Stat(m.start("n"), m.end("n"), n, "count", who.entity_id, "seats",
                            why=f"'{who.text}', the chamber of that size"))
    for _a, b, mm in named:
        cm = CHAMBER_OF_RE.match(text, b)
        n = parse_number(cm.group("n")) if cm is not None else None
        if cm is not None and n is not None and _is_chamber(mm, ctx):
            out.append(Stat(cm.start("n"), cm.end("n"), n, "count", mm.entity_id, "seats",
                            why=f"'{mm.text}', the chamber of that size"))
    return out
