"""The narrative's clock: which time a clause without a date of its own is told at.

An analyst's paragraph tells a sequence of events; a sentence with no date goes on at the time
the narrative has reached (:func:`narrative_time`: the last point date told before it in its
paragraph, not one told as background, :func:`told_as_background`).  A time can also be
counted from an event named before ("Four days after the clash": :func:`event_offset`).  The
clause cues here say when a clause does *not* go on with the narrative (the pluperfect, a habit,
a condition, a participle adjunct, a time counted from another event).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from silkgraph.nlp.dates.anchorable import background, in_name, parenthetical, term_end
from silkgraph.nlp.dates.anchors import paragraph_start
from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.patterns import NUMBER_WORDS

DEADLINE_PREPS = frozenset({"by", "until", "till", "before"})
NOT_POINT_PREPS = DEADLINE_PREPS | {"since"}


def not_a_point(d: TimeExpr) -> bool:
    """Whether ``d`` names no point in time an act could be dated by: a span or a decade
    ("between 2011 and 2020", "the 1990s"), a deadline or a start ("by May", "since 2014")."""
    return d.kind in ("range", "decade") or (d.prep or "") in NOT_POINT_PREPS

# the clause before an event's trigger tells background: the pluperfect, a habit, a condition,
# the present ("does not recognise")
BACKGROUND_BEFORE_RE = re.compile(
    r"\b(?:had|’d|'d)\s+(?:(?:not|never|already|long|also|\w+ly)\s+){0,2}(?:\w+\s+)?$|"
    r"\b(?:usually|typically|often|always|repeatedly|routinely|regularly|traditionally|if|unless|"
    r"does|do|doesn[’']t|don[’']t)\b", re.I)
PLUPERFECT_RE = re.compile(r"\b(?:had|’d|'d)\s+(?:been\s+)?\w+")
# "rejected the charge, insisting that ...": a participle adjunct tells the manner of the act
PARTICIPLE_ADJUNCT_RE = re.compile(r",\s\w+ing\b")
# "three days after the crash", "sixteen months earlier": a time counted from another event
UNIT_OFFSET_RE = re.compile(r"\b\w+\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+"
                            r"(?:after|before|earlier|later|afterwards|previously|on)\b", re.I)
# "met on 9 October 2025, on the eve of a summit": the summit is the next day
EVE_RE = re.compile(r",?\s+on the eve of\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}$")
# "since June 15, when 20 soldiers were killed": the when-clause tells what happened then
SINCE_WHEN_RE = re.compile(r",?\s+when\b")
# "On 6 May, while the ministers were in X, Y announced": a fronted date, then a subordinate clause
FRONTED_SUB_RE = re.compile(r",\s+(?:while|as|when|although|though|because|after|before|amid|with)\b", re.I)
FRAME_STOP_RE = re.compile(r"[;—:]")
# "Four days after the clash", "A week after the summit": a time counted from an event told before
EVENT_OFFSET_RE = re.compile(
    r"^(?:(?:Only|Just|Some|Barely|Exactly)\s+)?(?P<n>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?P<u>day|week|month)s?\s+(?P<dir>after|before)\s+"
    r"(?:the|that|this|its|their)\s+(?P<noun>(?:[\w\-]+\s+){0,2}?[\w\-]+)\b")


class Told(Protocol):
    """A sentence as the narrative clock reads it (``extract.context.SentenceView`` is one)."""

    @property
    def start(self) -> int: ...
    @property
    def section(self) -> str: ...
    dates: list[TimeExpr]
    anaphors: list[TimeExpr]


COMPLEMENT_RE = re.compile(r"\b(?:that|which|who|whom)\b")


def pluperfect_complement(text: str, trig: int, after: int = 0) -> bool:
    """Whether the trigger at ``trig`` stands in a that- or relative clause told in the pluperfect
    ("Hours earlier X said that no firm had taken part in breaching sanctions"): an earlier time
    than the one the sentence opens with (the clause opening after ``after``)."""
    found = list(COMPLEMENT_RE.finditer(text, after, trig))
    return bool(found) and PLUPERFECT_RE.search(text, found[-1].end(), trig) is not None


def told_as_background(text: str, te: TimeExpr) -> bool:
    """A written date (offsets into ``text``) told as background, not as the narrative's time:
    in a relative clause, the pluperfect or a participle (:func:`background`), a parenthetical
    participle (", bought in 2018 for $5 billion,"), a name ("Vision 2030") or a term's end."""
    return te.kind != "anaphoric" and (background(text, te) or parenthetical(text, te) or
                                       in_name(text, te) or term_end(text, te))


def narrative_time(text: str, told: Sequence[Told], index: int, date_of: Callable[[TimeExpr], str | None], *,
                   back: int = 6, flashbacks: bool = False, day: bool = False,
                   skip_sections: frozenset[str] = frozenset()) -> tuple[str, str, int] | None:
    """The time the narrative has reached before sentence ``index`` of ``told``: the last point
    date (written, or an anaphor: ``date_of`` resolves either) in the sentences of its
    paragraph before it, at most ``back`` sentences back.  Not a span, a deadline or an open
    start ("since 2017"), not a date told as background (:func:`told_as_background`), not a
    flashback ("a month earlier", unless ``flashbacks``), only a full day when ``day``.
    (iso, text, sentence index) or None; a sentence of ``skip_sections`` stops the search."""
    if index <= 0:
        return None
    cur = told[index]
    ps = paragraph_start(text, cur.start, told[max(0, index - back)].start)
    for i in range(index - 1, max(-1, index - 1 - back), -1):
        view = told[i]
        if view.start < ps or view.section in skip_sections:
            return None
        for d in sorted(view.dates + view.anaphors, key=lambda t: -t.start):
            if not_a_point(d):
                continue
            if (d.kind == "anaphoric" and d.offset < 0 and not flashbacks) or d.future or \
                    told_as_background(text, d):
                continue  # "a month earlier", "will meet on May 3": the narrative has not moved there
            iso = date_of(d)
            if iso and "/" not in iso and (not day or len(iso) == 10):
                return iso, d.text, i
    return None


def event_offset(sentence: str) -> tuple[int, str, str, str] | None:
    """"Four days after the clash, …" opening ``sentence``: (signed count, unit, the event's
    noun, the text matched), or None."""
    m = EVENT_OFFSET_RE.match(sentence)
    if m is None:
        return None
    n = m.group("n").lower()
    k = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
    return (-k if m.group("dir") == "before" else k), m.group("u"), m.group("noun"), m.group(0)
