"""Time elapsed since a dated reference (for :mod:`silkgraph.segment.published`): "a year
after the clashes of 7 October 2023", "six months after the 3 April 2024 election", "two
years have passed since the ceasefire of 9 November 2022", "the tenth anniversary of the 2014
accord".  The span told is a time the text has reached, so the reference plus the span is a
lower bound of the publication date.

* The span is a count of years, months, weeks or decades ("a", "one" … "twelve", digits;
  "half a year" is six months) before "after" or "since" ("two years have passed since"),
  with at most six words between "after"/"since" and the date ("after the border clashes of").
* An ordinal anniversary ("first" … "twentieth", "25th", "fiftieth") counts years.
* A span told as approximate from below or as a limit ("nearly a year after", "almost",
  "just under", "within two years after", "up to") is no time reached.
* A day-level reference counts from the first of its month (a writer rounds the span), so the
  bound is the first day of the month the span reaches.

Whether the date is told ahead (a future marker, a schedule verb) is the caller's check.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from silkgraph.nlp.count_words import count_values
from silkgraph.nlp.dates import TimeExpr, first_day

__all__ = ["elapsed_bound"]

_COUNTS = count_values(1, 12, articles=True) | {"one": 1}
_NUM = r"(?P<n>\d{1,2}|half\s+a|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
_ORDINALS = {w: k for k, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_ORDINALS |= {"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
_GAP = r"(?:[\w’'\-]+\s+){0,6}$"  # the words between "after"/"since"/"of" and the date
_SPAN = re.compile(
    r"(?:^|[^\w\-])(?P<q>nearly|almost|close\s+to|just\s+under|within|up\s+to|less\s+than|no\s+later\s+than)?\s*"
    + _NUM + r"\s+(?P<u>years?|months?|weeks?|decades?)"
    r"(?:\s+(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by))?\s+(?:after|since)\s+" + _GAP
)
_ANNIVERSARY = re.compile(r"\b(?P<q>ahead\s+of\s+|before\s+)?(?:the|its|their)\s+" + _ORD + r"\s+anniversary\s+of\s+" + _GAP)
_WINDOW = 90  # characters before the date in which the span is looked for


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def elapsed_bound(text: str, te: TimeExpr, sent_start: int) -> tuple[date, str] | None:
    """The date a span told before ``te`` ("a year after the clashes of 7 October 2023")
    reaches, and the phrase; None when no span is told.  ``te`` has its year; only the text
    of its sentence (from ``sent_start``) before it is read."""
    if te.year is None or te.kind != "absolute":
        return None
    a = max(sent_start, te.start - _WINDOW)
    before = text[a : te.start].lower()
    if "after" not in before and "since" not in before and "anniversary" not in before:
        return None
    base = first_day(te, te.year)
    m = _SPAN.search(before) if ("after" in before or "since" in before) else None
    if m is not None:
        if m.group("q"):
            return None
        n_word = " ".join(m.group("n").split())
        unit = m.group("u").rstrip("s")
        if n_word == "half a":
            months = 6 if unit == "year" else 0
            if not months:
                return None
            reached = _add_months(base, months)
        else:
            n = int(n_word) if n_word.isdigit() else _COUNTS[n_word]
            if unit == "week":
                reached = base + timedelta(weeks=n)
            else:
                reached = _add_months(base, n * {"year": 12, "month": 1, "decade": 120}[unit])
        phrase = text[a + m.start("n") : te.end]
    else:
        am = _ANNIVERSARY.search(before) if "anniversary" in before else None
        if am is None or am.group("q"):
            return None
        o = am.group("ord")
        k = int(o[:-2]) if o[0].isdigit() else _ORDINALS[o]
        reached = _add_months(base, 12 * k)
        phrase = text[a + am.start("ord") : te.end]
    if te.day:
        reached = reached.replace(day=1)  # a span is rounded: from the first of its month
    return reached, " ".join(phrase.split())
