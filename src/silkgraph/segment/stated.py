"""Publication dates an article states: a dateline ("YEREVAN, 14 September 2022 —"), a
"Published: …" line or a CACI issue note ("(12/3/2003 issue of the CACI Analyst)").

Kept apart from :mod:`silkgraph.segment.published`, which estimates the date of an article
that states none from the dates it refers to.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.nlp.dates import find_dates
from silkgraph.segment.structure import DATELINE, ISSUE_DATE

__all__ = ["stated_date", "parse_date_text"]

_PUBLISHED_LINE = re.compile(
    r"^(?:Published|Publication date|Date|Posted)(?: on)?\s*[:\-]?\s*(.{6,40})$", re.M | re.I
)
_HEAD_LINES = 6  # a dateline is looked for on the text's first lines only


def parse_date_text(s: str) -> str | None:
    """The first full date in ``s`` as YYYY-MM-DD ("March 3, 2025", "3 March 2025", ISO)."""
    for te in find_dates(s):
        if te.kind == "absolute" and te.year and te.month and te.day:
            return f"{te.year:04d}-{te.month:02d}-{te.day:02d}"
    return None


def stated_date(text: str) -> str | None:
    """A stated publication date in an article's text (YYYY-MM-DD): a CACI issue note, else a
    "Published: …" line, else a dateline on one of the first lines; None when none states one."""
    m = ISSUE_DATE.search(text)
    if m:
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            pass
    m2 = _PUBLISHED_LINE.search(text)
    if m2:
        d = parse_date_text(m2.group(1))
        if d:
            return d
    for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        dm = DATELINE.match(line)
        if dm:
            d = parse_date_text(dm.group("date"))
            if d:
                return d
    return None
