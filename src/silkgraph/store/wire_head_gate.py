"""A cheap test of a whole text: can any article of it open with a wire dateline of an agency?

The look-ahead (:mod:`silkgraph.store.series_ahead`) cuts a new source into articles in the
main process to read its items' heads; a source none of whose heads can hold a dateline with
an agency has no series item (:func:`~silkgraph.store.wire_series.head_item` gives (None,
None) for each of its articles), so cutting it there only moves work out of the analysis
processes: such a source is left to be cut where it is analysed.

Why the test is exact (never False for a text with an item): an item is a match, inside an
article's head (a substring of the text), of ``segment.dateline_year``'s year-less patterns
or of ``segment.structure.DATELINE``, with a non-empty agency; those patterns are
case-sensitive and use the same month, weekday and ordinal alternations imported here.
Every such match holds, as a plain substring, one of the shapes below (no anchors, no
lookarounds), so a search of the whole text finds it:

* the agency after the date: a month name, then nothing, a day, a day and a year, or a year
  (with the date's closing bracket), then the agency's bracket or slash ("6 January (X",
  "Jan 6 (X", "January 6, 2022 (X", "6 January 2022 (X", "Jan 6 /X/");
* the agency after an ISO date: its month and day, then the bracket or slash
  ("2022-01-06 /X/");
* the agency in brackets before the date: a closing bracket, a dash or comma, then the
  date's weekday, month name or first digit ("(X Wire) — Jan 6", "(X), Thursday, 6 January").

A new dateline form there needs its shape here (tests/test_wire_head_gate.py checks each form
the patterns read).  Cost: three searches with literal or class prefixes, about 0.06 s of CPU
per million words; on the benchmark's corpus a third of the sources are left uncut.
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates.patterns import ORDINAL, WEEKDAY_NAMES
from silkgraph.segment.structure import MONTH_NAMES

__all__ = ["may_open_wire_item"]

_YEAR = r",?\s+\d{4}\s*\)?"  # a date's year, and its closing bracket
_AFTER_MONTH = re.compile(
    r"(?:" + MONTH_NAMES + r")\.?(?:\s+\d{1,2}" + ORDINAL + r"(?:" + _YEAR + r")?|" + _YEAR + r")?\s*[(/]")
_AFTER_DIGITS = re.compile(r"-\d\d-\d\d\s*\)?\s*[(/]")
_BEFORE_DATE = re.compile(r"\)\s*(?:[—–-]{1,2}|,)\s*(?:(?:" + WEEKDAY_NAMES + r"),?\s+)?(?:" + MONTH_NAMES + r"|\d)")


def may_open_wire_item(text: str) -> bool:
    """False only when no substring of ``text`` can be a wire dateline with an agency (see the
    module doc); True does not mean there is one."""
    return bool(_BEFORE_DATE.search(text) or _AFTER_MONTH.search(text) or _AFTER_DIGITS.search(text))
