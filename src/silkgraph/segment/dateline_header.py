"""The year of a year-less wire dateline from the page's own date line above the item.

A wire service's page often carries a header line over the item's title: the outlet, a desk
and the time of filing with its year ("X WIRE | World | Tue 16 Jun 2020 18:55 GMT", "X WIRE
| 2 July 2022, 19:05 GMT").  The dateline under it repeats the day without the year
("NEW DELHI, June 16 (X) -").  When such a line, a short one among the few lines before the
item's first section, states a date whose day is the dateline's (or one day off: the header
keeps GMT, the dateline the local day), that year is the dateline's: it is the page's own
statement, stronger than any weekday or office-holder.  A long line is prose, not a header,
and a date whose day differs by more than a day belongs to something else.
"""

from __future__ import annotations

from datetime import date

from silkgraph.segment.stated import line_dates

__all__ = ["header_year"]

_LOOK_BACK = 400  # characters before the item's first section: its title, byline, header line
_MAX_LINES = 4  # header lines read back from the first section
_MAX_LEN = 120  # a longer line is prose


def header_year(text: str, first_start: int, mon: int, day: int) -> tuple[date, str] | None:
    """(the dateline's date, the header line) when a short line among the ``_MAX_LINES``
    before ``first_start`` (the dateline's own line: the item's first section may open at
    the header line above it) states a date with its year whose
    day is the dateline's ``mon``-``day`` or one day off; else None."""
    head = text[max(0, first_start - _LOOK_BACK) : first_start]
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()][-_MAX_LINES:]
    for line in reversed(lines):
        if len(line) > _MAX_LEN or not any(c.isdigit() for c in line):
            continue
        # the date a page gives as published, else as updated ("Updated: March 4, 2008 at
        # 10:15"): either is the page's own, and only a day matching the dateline's counts
        stated_pub, updated = line_dates(line)
        pub = stated_pub or updated
        if pub is None or len(pub) != 10:
            continue
        stated = date.fromisoformat(pub)
        for year in (stated.year - 1, stated.year, stated.year + 1):
            try:
                d = date(year, mon, day)
            except ValueError:
                continue
            if abs((d - stated).days) <= 1:
                return d, line
    return None
