"""The forms of a wire dateline, with or without its year, read at the head of an item.

A wire item opens with a dateline: the place in capitals (or title case), the month and day
(a weekday may precede them), the agency in brackets or between slashes, and a dash before
the lead ("YEREVAN, Sept 20 (Caucasus Wire) - …").  :mod:`silkgraph.segment.dateline_year`
dates a year-less one; :mod:`silkgraph.store.wire_series` reads the agency of a series' items
with :func:`find_yearless` / :func:`find_dated`; :func:`opens_wire_item` tells
:func:`~silkgraph.segment.segment` where a headline over a dateline opens the next item.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.nlp.dates import MONTHS, WEEKDAYS
from silkgraph.nlp.dates.patterns import ORDINAL, WEEKDAY_NAMES
from silkgraph.segment.stated import parse_date_text
from silkgraph.segment.structure import AGENCY_BEFORE_DATE, DATELINE, MONTH_NAMES, NOT_WEEKDAY_PLACE

__all__ = ["yearless_dateline", "opens_wire_item", "find_yearless", "find_dated"]

# "YEREVAN, Sept 20 (Caucasus Wire) - ", "GORIS, Armenia, Sept 29 (X) – ", "NEW DELHI, December 2 — ",
# "TBILISI, 29 November (X) –" (the place in capitals, as wire datelines write it, or in title
# case: "Tbilisi, November 29 (X) -", "Dushanbe, 5 July: "; no year after the day)
_WDAY = r"(?:(?P<wd>" + WEEKDAY_NAMES + r"),?\s+)?"  # "ALMATY, Thursday, Jan 6 -"
_DAY = (_WDAY + r"(?:(?P<mon>" + MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2})" + ORDINAL + r"(?![\d,]*\s*\d{4})"
        r"|(?P<day2>\d{1,2})" + ORDINAL + r"\s+(?P<mon2>" + MONTH_NAMES + r")\b\.?(?!,?\s*\d{4}))\s*")
_DASH = r"(?:[—–-]{1,2}|:)\s+"
# the agency after the date, in brackets or between slashes: "(Steppe Wire)", "/Kazinform/"
_AGENCY = r"(?:(?:\((?P<agency>[^)]{1,40})\)|/(?P<agency_sl>[^/\n]{1,40})/)\s*)?"
_NOT_WDAY = NOT_WEEKDAY_PLACE  # a weekday before the date is no place (nor country)
# the place's comma, or the agency in brackets after it (structure.AGENCY_BEFORE_DATE)
_PLACE_END = r"(?:\s*" + AGENCY_BEFORE_DATE + r"|,|:)\s*"  # "ISLAMABAD: November 14 —"
# the lead right after an agency in brackets, with no dash: "NEW DELHI, Nov 14 (PTI) The …"
_LEAD_AFTER_AGENCY = r"|(?<=\)\s)(?=[A-Z“\"‘])"
# capitals and small letters with their accented Latin forms ("MALÉ", "Malé", "SÃO TOMÉ")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_YEARLESS = re.compile(  # places joined by a slash: "UNITED NATIONS/KABUL", "MOSCOW/KYIV"
    _NOT_WDAY + rf"(?P<place>[{_UP}][{_UP}’'.\-]+(?:(?:\s+|\s*/\s*)[{_UP}][{_UP}’'.\-]+){{0,3}}(?:,\s*" + _NOT_WDAY
    + rf"[{_UP}][{_UP}{_LOW}.\- ]{{1,30}})?)"
    + _PLACE_END + _DAY + _AGENCY + "(?:" + _DASH + _LEAD_AFTER_AGENCY + ")"
)
_YEARLESS_TITLE = re.compile(
    r"(?!(?:In|On|At|By|For|From|Since|Until|The|And|But|As|Of)\b)" + _NOT_WDAY
    + rf"(?P<place>[{_UP}][{_LOW}’'.\-]+(?:\s+[{_UP}][{_LOW}’'.\-]+){{0,2}}(?:,\s*" + _NOT_WDAY
    + rf"[{_UP}][{_UP}{_LOW}.\- ]{{1,30}})?),\s*"
    + _DAY + _AGENCY + _DASH
)  # the agency may be left out: "Dushanbe, 5 July: …", "Osh, May 9 — …"
_HEAD_CHARS = 400  # the dateline opens the article's first section (a heading may precede it)


def yearless_dateline(text: str, start: int) -> tuple[int, int, int, int | None] | None:
    """(month, day, end offset, weekday the dateline writes or None) of a dateline without a
    year at ``start`` (or on the first line there), else None."""
    m = _YEARLESS.match(text, start) or _YEARLESS_TITLE.match(text, start)
    if m is None:
        return None
    if m.re is _YEARLESS_TITLE and not m.group("agency") and not m.group("agency_sl") and not (
            text[m.end() : m.end() + 1].isupper() or text[m.end() : m.end() + 1] in "\"“‘'"):
        return None  # a title-case place without an agency: a sentence unless the lead follows
    mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
    day = int(m.group("day") or m.group("day2"))
    if not mon or not 1 <= day <= 31:
        return None
    wd = WEEKDAYS.index(m.group("wd").lower()) if m.group("wd") else None
    return mon, day, m.end(), wd


def find_yearless(text: str, start: int, end: int) -> tuple[int, int, int, str | None] | None:
    """(month, day, offset of the dateline, agency or None) of the first year-less dateline
    opening a line of ``text[start:end]`` (at most ``_HEAD_CHARS`` read: the head of an
    item, where a title and a byline may precede the dateline); the agency is the name in
    the dateline's brackets or between its slashes ("(Steppe Wire)", "/Kazinform/")."""
    stop = min(end, start + _HEAD_CHARS)
    for nl in [start, *(m.end() for m in re.finditer(r"\n\s*", text[start:stop]))]:
        at = nl if nl == start else start + nl
        m = _YEARLESS.match(text, at) or _YEARLESS_TITLE.match(text, at)
        if m is None or yearless_dateline(text, at) is None:
            continue
        mon, day, _end, _wd = yearless_dateline(text, at)  # type: ignore[misc]
        agency = (m.group("agency") or m.group("agency_sl") or _group(m, "agency0") or "").strip()
        return mon, day, at, agency or None
    return None


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def find_dated(text: str, start: int, end: int) -> tuple[date, str] | None:
    """(date, agency) of a dateline written with its year and an agency opening a line of
    the head of ``text[start:end]`` ("OSH, June 12, 2024 (X Wire) -"), else None."""
    stop = min(end, start + _HEAD_CHARS)
    for nl in [start, *(m.end() for m in re.finditer(r"\n\s*", text[start:stop]))]:
        at = nl if nl == start else start + nl
        m = DATELINE.match(text[at:stop])
        if m is None:
            continue
        agency = (m.group("agency") or m.group("agency_sl") or m.group("agency0") or "").strip()
        iso = parse_date_text(m.group("date"))
        if agency and iso and len(iso) == 10:
            return date.fromisoformat(iso), agency
        return None
    return None


def opens_wire_item(text: str) -> bool:
    """Whether ``text`` opens with a wire dateline, with or without its year ("ALMATY, Jan 6
    (X Wire) - …", "YEREVAN, 14 September 2022 — …")."""
    return DATELINE.match(text) is not None or yearless_dateline(text, 0) is not None
