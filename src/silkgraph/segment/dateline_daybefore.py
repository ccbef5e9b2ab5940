"""The other reading of a year-less dateline's weekday: the lead's news told the day before.

A wire item's lead tells its news by a weekday ("… said on Saturday that …").  By default
that weekday is the dateline's own day, but a report filed after midnight, or in another
time zone, tells the day before's news ("DUBAI, Aug 10 (X) - … said on Saturday", the 10th
a Sunday).  The two readings fit different years (a year on, the same month-day falls one
weekday later), and an office-holder whose term spans both years rules out neither.  When
nothing in the text decides (no weekday of the next day told as past, no weekday written
in the dateline), :mod:`silkgraph.segment.dateline_year` keeps the dateline's-day reading
and names the years the day-before reading would give in the basis
(:func:`day_before_note`); :mod:`silkgraph.segment.wire_series` reads them back
(:func:`day_before_years`) and takes one of them only when a sibling item of the same
agency and episode lies near it and none near the reading kept.

Two days before ("on Friday" in a Sunday item) is not read: a wire files a weekend's news on
the weekend, and a third reading would make almost every year of a weekday possible.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["day_before_note", "day_before_years", "DAY_BEFORE_MARK"]

DAY_BEFORE_MARK = " (told the day before the dateline's day: "
_NOTE = re.compile(re.escape(DAY_BEFORE_MARK) + r"(?P<years>\d{4}(?:, \d{4})*)\)")


def day_before_note(alt: list[date]) -> str:
    """The basis's note of the years the day-before reading gives (empty when none)."""
    if not alt:
        return ""
    return DAY_BEFORE_MARK + ", ".join(str(d.year) for d in alt) + ")"


def day_before_years(basis: str) -> list[int]:
    """The years a basis names for the day-before reading (:func:`day_before_note`)."""
    m = _NOTE.search(basis or "")
    return [int(y) for y in m.group("years").split(", ")] if m else []
