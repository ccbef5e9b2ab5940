"""Temporal expressions: find them in text and resolve them to partial ISO dates.

:func:`find_dates` is a pure-regex scanner.  Each :class:`TimeExpr` has a ``kind``:

* ``absolute`` – the year is written: "June 25, 2025", "25 June 2025", "April 2025",
  "in 2017", "mid-2024" (``modifier`` = "mid"), "the spring of 2025" (``modifier`` = "spring"),
  "2025-06-25";
* ``partial`` – a month (and maybe a day) without a year: "On May 7", "in February";
* ``relative`` – "last year", "earlier this year", "two years ago", "last month",
  "two decades ago", "at the end of the month", "on September 19 last year" (``unit`` =
  "year" with the month and day), a weekday ("on Thursday", "later on Thursday": ``unit`` =
  "weekday", ``offset`` = its index, Monday = 0, resolved against a full reference date; "on
  Wednesday last week": ``modifier`` "week-1", that day of the calendar week before the reference's);
* ``range`` – "2011-2020", "between 2011 and 2020" (``year``..``end_year``);
* ``decade`` – "the 1990s".

:mod:`silkgraph.nlp.dates.narrative` tells the time a paragraph's narrative has reached and
which dates are told as background (the narrative clock of event dating).

:func:`find_anaphors` finds the expressions told relative to the date told just before
("the next day", "two days later", "that autumn": ``kind`` = "anaphoric");
:func:`resolve_anaphor` resolves one against that base date (the caller chooses it).

A leading preposition ("On May 7", "in 2017", "by 2030") is part of the expression's
text and is kept in ``prep`` so callers can tell a deadline ("by", "until") from a
past reference.  A date shifted by a written offset ("five days after July 12",
"exactly a year after 5 May 2019") is one expression whose ``shift`` / ``shift_unit``
say how far from the date written.  :func:`resolve` turns an expression into "2025", "2025-05" or
"2025-05-07" (ranges and decades into ISO intervals "2011/2020") plus a basis;
:func:`first_day` gives the first day of the span an expression names in a given year.
"""

from __future__ import annotations

from silkgraph.nlp.dates.anaphora import find_anaphors, resolve_anaphor
from silkgraph.nlp.dates.anchorable import can_anchor, fiscal_year, in_name, term_end
from silkgraph.nlp.dates.anchors import local_anchors, paragraph_start
from silkgraph.nlp.dates.cache import sentence_dates
from silkgraph.nlp.dates.find import (
    TimeExpr,
    _build,  # noqa: F401  (the tests reach it through the package)
    _resolve_overlaps,  # noqa: F401  (likewise)
    find_dates,
)
from silkgraph.nlp.dates.patterns import MONTH_NAME_RE, MONTHS, WEEKDAYS
from silkgraph.nlp.dates.patterns import PATTERNS as _PATTERNS  # noqa: F401  (likewise)
from silkgraph.nlp.dates.resolution import first_day, parse_ref, resolve, shift

__all__ = [
    "MONTHS",
    "MONTH_NAME_RE",
    "TimeExpr",
    "can_anchor",
    "find_anaphors",
    "find_dates",
    "first_day",
    "fiscal_year",
    "in_name",
    "local_anchors",
    "paragraph_start",
    "parse_ref",
    "resolve",
    "resolve_anaphor",
    "sentence_dates",
    "shift",
    "term_end",
    "WEEKDAYS",
]
