"""Dates written inside a fronted adverbial phrase, read for the main clause's event.

* "The day after the vote on July 3, X imposed sanctions", "Two weeks before the election on 3 July,
  X …", "A day after the bombing, which killed 12 people on July 3, X …": a fronted count from an event
  noun whose own date the phrase writes dates the main clause's event by that date shifted by the count
  (not the noun's date itself).
* "After talks in Baku on July 3, X signed on July 5", "Having met on July 3, X … on July 5": a date
  in a fronted phrase (closed by its comma) is the phrase's event's; when the main clause writes a
  date of its own after the trigger, that one dates the event.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.date_apposed import apposed_day
from silkgraph.extract.events.patterns import DATELINE_RE, HARD_BOUNDARY_RE
from silkgraph.nlp.dates import TimeExpr, shift
from silkgraph.nlp.dates.narrative import not_a_point
from silkgraph.nlp.dates.patterns import NUMBER_WORDS

# a count from an event noun opening the sentence ("The day after the vote", "Two weeks before the election")
FRONT_COUNT_RE = re.compile(
    r"(?:(?:Only|Just|Some|Barely|Exactly|About)\s+)?(?P<n>\d{1,2}|[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?P<u>day|week|month)s?\s+(?P<dir>after|before)\s+"
    r"(?:the|that|this|its|their|a|an)\s+")
# the precision a count needs from the date it counts from (ISO length)
NEEDS = {"day": 10, "week": 10, "month": 7}
# a fronted phrase opened by a subordinator or a participle, closed by the comma before the main clause
FRONT_PHRASE_RE = re.compile(r"(?:After|Following|Before|Ahead of|Having|Since|While|When|Once|Upon|On the heels of)\b")
REACH = 60  # how far after the trigger the main clause's own date may be written


def _open(sv: SentenceView) -> int:
    """Where the sentence's own words begin (after a dateline)."""
    dm = DATELINE_RE.match(sv.text) if sv.index < 3 else None
    return dm.end() if dm else 0


def _phrase_end(sv: SentenceView, lo: int, trig: int) -> int | None:
    """The comma closing a fronted phrase opened at ``lo``, the last one before the main clause that the
    trigger at ``trig`` stands in (a relative inside the phrase may hold commas of its own)."""
    close = sv.text.rfind(",", lo, trig)
    if close < 0 or HARD_BOUNDARY_RE.search(sv.text, close, trig) or ";" in sv.text[lo:trig]:
        return None
    return close


def counted_front(sv: SentenceView, ctx: ArticleContext, c: Cand, date_of) -> tuple[str | None, str | None, str]:  # type: ignore[no-untyped-def]
    """"The day after the vote on July 3, X …": the event of the main clause (its trigger ``c`` after the
    phrase) dated by the phrase's date shifted by the count; ``date_of`` resolves a date expression."""
    if c.start < 12 or (sv.text.find("after", 0, c.start) < 0 and sv.text.find("before", 0, c.start) < 0):
        return None, None, ""  # (a literal gate: no count phrase before the trigger)
    lo = _open(sv)
    m = FRONT_COUNT_RE.match(sv.text, lo)
    if m is None or c.start < m.end():
        return None, None, ""
    close = _phrase_end(sv, m.end(), c.start)
    if close is None or apposed_day(sv, m.end(), c.start) is not None:
        return None, None, ""  # "Two weeks after that meeting, on July 3, X …": the day written is the act's
    inner: TimeExpr | None = next((d for d in sv.dates if m.end() <= sv.rel(d.start) and sv.rel(d.end) <= close
                                   and not not_a_point(d)), None)
    if inner is None or any(c.end <= sv.rel(d.start) <= c.end + REACH for d in sv.dates):
        return None, None, ""
    iso = date_of(inner)
    unit = m.group("u")
    if not iso or "/" in iso or len(iso) < NEEDS[unit]:
        return None, None, ""
    n = m.group("n").lower()
    k = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
    k = -k if m.group("dir") == "before" else k
    got = shift(iso, k, unit)
    if got is None:
        return None, None, ""
    said = sv.text[lo:sv.rel(inner.end)]
    return got, said, f"'{said}': {iso} shifted by {k:+d} {unit}(s)"


def fronted_phrase_date(sv: SentenceView, c: Cand, a: int, b: int) -> bool:
    """Whether the date at ``a``..``b`` stands in a fronted phrase ("After talks on July 3,", "Having met
    on July 3,") closed before the main clause of the trigger ``c``, and the main clause writes a
    point date of its own after the trigger: the phrase's date then yields to it."""
    lo = _open(sv)
    m = FRONT_PHRASE_RE.match(sv.text, lo)
    if m is None or a < m.end() or b > c.start:
        return False
    close = _phrase_end(sv, b, c.start)
    if close is None or sv.text.find(",", m.end(), a) >= 0:
        return False  # (the date is past a comma of the phrase: it may open the main clause: "After X, on May 3, …")
    return any(c.end <= sv.rel(d.start) <= c.end + REACH and not not_a_point(d) and
               not HARD_BOUNDARY_RE.search(sv.text, c.end, sv.rel(d.start)) for d in sv.dates)
