"""Additive events: "The two leaders also signed an agreement on flights", "and also adopted a declaration",
"signed a second accord".  An act marked as added to one told before ("also", "too", "another", "a second",
"a further", "other") is a further event of the same kind, by the same parties on the same day, not a
repeat of it: it is neither merged with the act told before in its sentence nor folded into the same-day
event of the same parties recorded earlier in the article.  Also here: a verb naming "the summit" with no
date of its own ("Tokayev, who chaired the summit") is the one meeting the article has told, not another."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from silkgraph.extract.context import SentenceView
    from silkgraph.extract.events.article import ArticleState, EventRecord
    from silkgraph.extract.events.candidates import Cand

# "also signed", "had also agreed to", "also adopted a joint declaration": the adverb before the trigger's verb
# (a noun trigger may follow that verb and its determiner); "another accord", "a second round of talks"
ADDITIVE_BEFORE_RE = re.compile(
    r"\b(?:also|too)\s+(?:(?!said\b|says\b|told\b|noted\b|stressed\b|added\b|warned\b|that\b|to\b)[\w\-’']+\s+){0,3}$")
# (a noun trigger only) "another accord", "a second round of talks"
ANOTHER_BEFORE_RE = re.compile(
    r"\b(?:another|a (?:second|third|further|separate|new)|several other|two other|(?<!\bthe )(?<!\beach )other)\s+(?:[\w\-]+\s+){0,2}$",
    re.I)
# the act added to is told shortly before (a few sentences)
NEAR_CHARS = 2500
PASSIVE_ALSO_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+also\s+$|\balso\s+(?:been|being)\s+$", re.I)
THAT_AFTER_RE = re.compile(r"[\w\-]+\s+that\b")
# the look-back stays in the trigger's clause
CLAUSE_BREAK_RE = re.compile(r"[,;:()—]")


# a sentence opened as another matter: "In a separate operation, police detained …", "Separately, …",
# "In another incident, …": its act is not the same-day act of the same parties told before
SEPARATE_OPENING_RE = re.compile(
    r"\s*(?:(?:In|During|At)\s+(?:a|another)\s+(?:separate|second|different|further)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|In\s+another\s+[\w\-]+|Separately|In\s+a\s+separate\s+development)\s*,", re.I)


# a separate statement or a report tells of acts, it is not one: "In a separate statement, X said the
# strikes on Monday …", "Separately, the spokesman said …" may retell the act told before
TOLD_SPEECH_RE = re.compile(r"\b(?:statements?|remarks|comments?|interviews?|briefings?|speech|messages?|posts?|letters?|"
                            r"notes?|communiqu[eé]s?|reports?|said|says|told|tells|added|stated|announced|claimed|"
                            r"reported|according|confirmed|alleged|accused)\b", re.I)


def told_apart(text: str, start: int) -> bool:
    """Whether the sentence ``text`` opens as another matter before the trigger at ``start`` (an
    act told, not a statement or report that may retell an act told before)."""
    m = SEPARATE_OPENING_RE.match(text)
    return m is not None and m.end() <= start and TOLD_SPEECH_RE.search(text, 0, start) is None


def additive(text: str, start: int, noun: bool = False, floor: int = 0) -> bool:
    """Whether the trigger at ``text[start:]`` (a noun: ``noun``) is told as an act added to one told before
    (the marker after ``floor``: "also signed an agreement" adds the agreement to nothing told in "signed")."""
    if THAT_AFTER_RE.match(text, start):
        return False  # "also agreed that coordination should grow": a view shared in the talks told, no new act
    lo = max(0, floor, start - 45)
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, lo, start)]
    if breaks:
        lo = breaks[-1]
    return ADDITIVE_BEFORE_RE.search(text, lo, start) is not None or \
        (noun and ANOTHER_BEFORE_RE.search(text, lo, start) is not None)


def added_to_date(sv: SentenceView, c: Cand, events: Sequence[EventRecord]) -> tuple[str | None, str | None, str]:
    """The date of an added act whose sentence dates nothing ("The two leaders also signed documents on
    flights."): "also" presupposes the act told just before by the same parties, on the same occasion, so
    it is dated as the most recent (in time) of the events recorded shortly before that share a party with it:
    the news act it adds to, not a background act told in between ("in September 2023", "in 2023")."""
    if not additive(sv.text, c.start, c.trig.kind == "noun") or not c.ids or \
            PASSIVE_ALSO_RE.search(sv.text, max(0, c.start - 30), c.start):
        return None, None, ""  # ("were also blacklisted": whose act, and which, the passive does not say)
    ids = c.ids  # (computed once: the look-back runs over every event recorded so far)
    near = [r for r in events if r.date and r.parts & ids and
            any(0 <= sv.start - e.start <= NEAR_CHARS for e in r.fact.evidence)]
    best = max(near, key=lambda r: r.date or "") if near else None
    if best is None or best.date is None:
        return None, None, ""
    told = str(best.fact.args.get("date_text") or best.date)
    return best.date, None, f"the date of the act it adds to ('{told}')"


def the_meeting_told(st: ArticleState) -> EventRecord | None:
    """The meeting a definite, undated "the summit" / "the talks" refers to when its parties differ from the
    ones named for it before ("leaders of the bloc met in Astana … Tokayev, who chaired the summit"): the
    dated meeting recorded last in the article, when no other meeting was recorded after it (a single
    meeting told, not a choice between two)."""
    meetings = [r for r in st.events if r.etype == "meeting"]
    if not meetings or not meetings[-1].date:
        return None
    last = meetings[-1]
    return last if all(r.date == last.date for r in meetings) else None


# "chaired the summit", "attended the talks": a verb trigger ending in a definite meeting noun
THE_MEETING_RE = re.compile(r"\w\s+the\s+[\w\-]+$")


def names_the_meeting(trigger: str) -> bool:
    """Whether a meeting trigger ends in a definite noun: the meeting it names is one told before."""
    return THE_MEETING_RE.search(trigger) is not None
