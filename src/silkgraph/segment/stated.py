"""Publication dates an article states: a dateline ("YEREVAN, 14 September 2022 —"), a
"Published: …" line or a CACI issue note ("(12/3/2003 issue of the CACI Analyst)").

Kept apart from :mod:`silkgraph.segment.published`, which estimates the date of an article
that states none from the dates it refers to.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.nlp.dates import find_dates
from silkgraph.segment.numeric_dates import numeric_date
from silkgraph.segment.structure import DATELINE, ISSUE_DATE

__all__ = ["stated_date", "parse_date_text", "numeric_date", "is_published_line", "line_dates"]

_PUBLISHED_LINE = re.compile(
    r"^(?:Published|Publication date|Date|Posted)(?: on)?\s*[:\-]?\s*(.{6,40})$", re.M | re.I
)
_HEAD_LINES = 6  # a dateline is looked for on the text's first lines only


# a machine timestamp on a page's date line: "2025-06-18T09:30:00Z"
_ISO_STAMP = re.compile(r"(?<!\d)(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d")


# a month written in capitals ("NOVEMBER 14, 2024", "14 NOV 2024") or joined to its day and
# year by hyphens ("14-Nov-2024"), as page date lines write them
_CAPS_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)([A-Z]*)\b")
_HYPHEN_DMY = re.compile(r"\b(\d{1,2})-([A-Za-z]{3,9})\.?-(\d{4})\b")


def _plain(s: str) -> str:
    """``s`` with capitalised month names in title case and hyphenated dates spaced."""
    s = _CAPS_MONTH.sub(lambda m: m.group(1).capitalize() + m.group(2).lower(), s)
    return _HYPHEN_DMY.sub(r"\1 \2 \3", s)


def parse_date_text(s: str) -> str | None:
    """The first full date in ``s`` as YYYY-MM-DD ("March 3, 2025", "3 March 2025",
    "NOVEMBER 3, 2025", "3-Nov-2025", ISO)."""
    d = _parse(s)
    if d is None:
        p = _plain(s)
        if p != s:
            d = _parse(p)
    return d


def _parse(s: str) -> str | None:
    for te in find_dates(s):
        if te.kind == "absolute" and te.year and te.month and te.day:
            return f"{te.year:04d}-{te.month:02d}-{te.day:02d}"
    m = _ISO_STAMP.search(s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


# the word that makes the dates after it a page's last edit, not its publication
_EDIT_WORD = re.compile(r"\b(?:last\s+)?(?:updated|modified|edited|revised)\b", re.I)
_PUBLISH_WORD = re.compile(r"\b(?:published|posted|first\s+published|created)\b", re.I)


def line_dates(line: str) -> tuple[str | None, str | None]:
    """(publication date, last-edit date) of a page's date line: "Published 3 May 2025 ·
    Updated 5 May 2025", "Updated: 5 May 2025", "Analysis | 03.05.2025".  A date after
    "Updated", "Modified" … (up to a "Published"/"Posted") is the edit's; any other the
    publication's; a numeric date counts when its order is unambiguous (:func:`numeric_date`)."""
    cuts = sorted([(m.start(), "upd") for m in _EDIT_WORD.finditer(line)]
                  + [(m.start(), "pub") for m in _PUBLISH_WORD.finditer(line)])
    pieces = [(0, "pub")] + cuts
    pub = upd = None
    for k, (a, kind) in enumerate(pieces):
        b = pieces[k + 1][0] if k + 1 < len(pieces) else len(line)
        part = line[a:b]
        d = parse_date_text(part) or numeric_date(part)
        if d is None:
            continue
        if kind == "upd":
            upd = upd or d
        else:
            pub = pub or d
    return pub, upd


def is_published_line(line: str) -> bool:
    """A line "Published: …", "Date: …", "Posted on …"."""
    return _PUBLISHED_LINE.fullmatch(line.strip()) is not None


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
        d = parse_date_text(m2.group(1)) or numeric_date(m2.group(1))
        if d:
            return d
    for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        dm = DATELINE.match(line)
        if dm:
            d = parse_date_text(dm.group("date"))
            if d:
                return d
    return None
