"""What a wire item's weekdays tell about the year of its year-less dateline, beyond the lead's.

Two structures are read here for :mod:`silkgraph.segment.dateline_year`:

* **A weekday written with its date** ("on Friday, January 27", "on Saturday (February 8)",
  "on May 7, a Saturday"), with no year: the date lies near the dateline (a wire item's
  dates are those of the last and coming weeks), in the year that puts it within half a
  year of the dateline's day, and it falls on that weekday; so the dateline's years are
  those in which it does (:func:`weekday_dates`, :func:`fits_weekday_dates`).  A past
  weekday alone ("late on Saturday") lies within the six days before the dateline, which
  holds in every year and fixes none: it is not read.
* **A weekday told in the past in its own clause** (:func:`told_in_past`): only such a
  weekday, the day after the lead's, shows that the report was filed the day after the
  lead's news ("talks ended on Wednesday … a spokesman told reporters on Thursday").  A
  weekday in a clause told ahead is no such evidence, whether by a marker of the future or
  a plan ("The main business on Thursday is expected to be …", "are due to sign on
  Thursday", "will travel on Friday": :func:`~silkgraph.segment.schedule.future_marked`)
  or by a present tense with no past ("Leaders meet on Thursday", "The talks continue on
  Thursday, officials said": the report's "said" is outside the weekday's clause).  A day
  "by" which something had happened is a day reached ("By Thursday no other government had
  followed"; not "talks must end by Thursday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from silkgraph.model import Section
from silkgraph.nlp.dates import WEEKDAYS, TimeExpr, find_dates
from silkgraph.nlp.dates.patterns import WEEKDAY_NAMES
from silkgraph.segment.schedule import future_marked, past_told

__all__ = ["WeekdayDate", "weekday_dates", "fits_weekday_dates", "told_ahead", "told_in_past"]

WeekdayDate = tuple[int, int, int, str]  # (weekday, month, day, text as written)

# between a weekday and its date: "Friday, January 27", "Saturday (February 8)"
_WEEKDAY_DATE_GAP = re.compile(r",?\s*\(?\s*")
# after a date, its weekday: "on May 7, a Saturday"
_DATE_WEEKDAY = re.compile(r",\s+an?\s+(" + WEEKDAY_NAMES + r")\b")
_HALF_YEAR = timedelta(days=183)


def weekday_dates(text: str, running: list[Section]) -> list[WeekdayDate]:
    """The weekdays written with a year-less date of their own in the running sections."""
    out: list[WeekdayDate] = []
    for sec in running:
        if "day" not in text[sec.start : sec.end]:
            continue
        found = find_dates(text[sec.start : sec.end], sec.start)
        for i, te in enumerate(found):
            if te.kind != "partial" or te.year is not None or te.month is None or te.day is None:
                continue
            prev = found[i - 1] if i else None
            if (prev is not None and prev.unit == "weekday" and prev.end <= te.start
                    and _WEEKDAY_DATE_GAP.fullmatch(text, prev.end, te.start)):
                out.append((prev.offset, te.month, te.day, text[prev.start : te.end]))
                continue
            m = _DATE_WEEKDAY.match(text, te.end)
            if m is not None:
                out.append((WEEKDAYS.index(m.group(1).lower()), te.month, te.day, text[te.start : m.end()]))
    return out


def _near(d: date, month: int, day: int) -> date | None:
    """The date of ``month``-``day`` within half a year of ``d``, if any."""
    for y in (d.year - 1, d.year, d.year + 1):
        try:
            c = date(y, month, day)
        except ValueError:
            continue  # February 29
        if abs(c - d) <= _HALF_YEAR:
            return c
    return None


def fits_weekday_dates(d: date, told: list[WeekdayDate]) -> bool:
    """Whether every weekday written with its date falls on it when the dateline is ``d``."""
    for wd, month, day, _text in told:
        near = _near(d, month, day)
        if near is None or near.weekday() != wd:
            return False
    return True


_CLAUSE_CUT = re.compile(r"[,;:—–()]|\b(?:and|but)\b")
_BY_CLAUSE_END = re.compile(r"[;:—–]|\b(?:will|would|must|should|is|are|has|have)\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|never|yet|already|still)\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|ne|ht|ld|id|ft|ot))\b")
_CLAUSE_END = re.compile(r"[,;:—–()]|\b(?:and|but|that)\b|$")
_WINDOW = 300  # characters read either side of a weekday for its clause


# what may stand with a fronted weekday in a phrase of its own: "On Thursday,", "Then, late on Thursday,"
_BARE_FRONT = re.compile(r"[\s,]*(?:(?:then|and|but|so|later|earlier|also)\b[\s,]*)?", re.I)


def _clause(text: str, sent: tuple[int, int], te: TimeExpr) -> tuple[int, int]:
    """The clause of ``te`` in its sentence: from the last comma, bracket or "and" before it
    to the next one (or "that") after it.  A weekday fronted in a phrase of its own, only a
    comma after it ("On Thursday, a spokesman told reporters …"), belongs to the clause after
    that comma: the phrase holds no verb of its own.  The clause is read at most ``_WINDOW``
    characters either side of the weekday: a run-on sentence with no cut costs no more than
    a clause of that length per weekday."""
    a, b = sent
    lo, hi = max(a, te.start - _WINDOW), min(b, te.end + _WINDOW)
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(text, lo, te.start)), default=lo)
    m = _CLAUSE_END.search(text, te.end, hi)
    end = m.start() if m is not None else hi
    if (m is not None and text.startswith(",", end) and not text[te.end:end].strip()
            and _BARE_FRONT.fullmatch(text, cut, te.start)):
        m = _CLAUSE_END.search(text, end + 1, hi)
        end = m.start() if m is not None else hi
    return cut, end


def _marked_ahead(text: str, sent: tuple[int, int], te: TimeExpr) -> tuple[bool, str]:
    """Whether a marker of the future or a plan in its clause applies to the weekday ``te``,
    and the clause (lower-cased) without the weekday."""
    ca, cb = _clause(text, sent, te)
    clause = text[ca:cb].lower()
    return (future_marked(clause, te.start - ca, te.end - ca),
            clause[: te.start - ca] + " " + clause[te.end - ca :])


def told_ahead(text: str, sent: tuple[int, int], te: TimeExpr) -> bool:
    """Whether the weekday ``te`` is told ahead in its clause: a marker of the future or a
    plan and no verb in the past ("The summit on Thursday is expected to …", "are due on
    Thursday to …"; not "on Saturday called off all events planned with …")."""
    ahead, rest = _marked_ahead(text, sent, te)
    return ahead and not past_told(rest)


def told_in_past(text: str, sent: tuple[int, int], te: TimeExpr) -> bool:
    """Whether the weekday ``te`` of the sentence ``text[sent[0]:sent[1]]`` is told in the
    past in its clause: a past verb in the clause and no marker of the future or a plan
    applying to it ("A spokesman told reporters on Thursday that …", "The operator said on
    Thursday that it would …"; not "The main business on Thursday is expected to be …",
    "Leaders meet on Thursday", "The talks continue on Thursday, officials said")."""
    b = sent[1]
    if te.prep == "by":  # a day reached: "By Tuesday(,) no other government had followed"
        rest = text[te.end : min(b, te.end + _WINDOW)].lower()
        m = _BY_CLAUSE_END.search(rest)
        return _PLUPERFECT.search(rest, 0, m.start() if m is not None else len(rest)) is not None
    ahead, rest = _marked_ahead(text, sent, te)
    return not ahead and past_told(rest)
