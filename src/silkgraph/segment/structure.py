"""Recognisers for the structural lines of an article: bylines, headings, captions,
datelines, boilerplate and obfuscated e-mail notices.  Pure functions on strings."""

from __future__ import annotations

import functools
import re

from silkgraph.nlp.dates import MONTHS
from silkgraph.nlp.dates.patterns import ORDINAL, WEEKDAY_NAMES
from silkgraph.segment.boilerplate import _CAPTION_RES as _CAPTION_RES
from silkgraph.segment.boilerplate import _SENT_END as _SENT_END
from silkgraph.segment.boilerplate import EMAIL_NOTICE, email_notices, is_boilerplate, is_caption
from silkgraph.segment.bylines import BYLINE_HEAD, clean_byline, dated_name_line, org_part
from silkgraph.segment.headings import (
    HEADING_KINDS,
    edit_distance,
    heading_kind,
    inline_heading,
    line_heading,
)

__all__ = [
    "HEADING_KINDS",
    "EMAIL_NOTICE",
    "DATELINE",
    "NOT_WEEKDAY_PLACE",
    "MONTH_NAMES",
    "AGENCY_BEFORE_DATE",
    "ISSUE_DATE",
    "heading_kind",
    "inline_heading",
    "line_heading",
    "parse_byline",
    "bare_name",
    "is_caption",
    "is_boilerplate",
    "email_notices",
    "edit_distance",
]

_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "ul", "ur",
              "e", "y", "la", "le", "del", "dos", "bint", "ben", "abu"}  # fmt: skip
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.\-]*|[A-Z]\.)$")
_NOT_NAME = {"the", "of", "in", "on", "for", "to", "with", "from", "at", "is", "are", "a", "an",
             "its", "how", "why", "what", "new", "image", "photo", "source"}  # fmt: skip


def _name_like(s: str, lo: int = 2, hi: int = 5) -> bool:
    s = s.strip()
    if not s or len(s) > 60 or re.search(r"[\d:;!?()\[\]|/@]", s) or s.endswith("."):
        return False
    toks = s.split()
    if not lo <= len(toks) <= hi:
        return False
    caps = 0
    for t in toks:
        if t.lower() in _NOT_NAME:
            return False
        if t.lower() in _PARTICLES or re.fullmatch(r"(?:al|el|ul)-[A-Z][\w’'\-]*", t):
            continue
        if not _NAME_TOKEN.match(t) or t.endswith(("'s", "’s")):
            return False  # (a possessive is a title's word: "India's Build-Up")
        if t.isupper() and len(t) > 3:
            return False  # HEADINGS IN CAPITALS
        caps += 1
    return caps >= 2 or (caps >= 1 and len(toks) >= 2)


_BY = re.compile(r"^\s*[Bb][Yy]:?\s+(?P<names>.+?)\s*$")


def split_names(names: str) -> list[str]:
    """ "X, Y and Z" → [X, Y, Z]."""
    parts = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*", names.strip())
    return [p.strip() for p in parts if p.strip()]


_AFFILIATION_WORD = re.compile(r"\b(?:at|of|for|in|with|from|and)\b")


def _before_affiliation(parts: list[str]) -> list[str]:
    """The names before an affiliation that ends a byline ("By X, Senior Fellow at Y", "By X
    and Y, researchers at Z"): the leading name-like parts, when the first part after them
    holds a lower-case function word; else none."""
    k = 0
    while k < len(parts) and _name_like(parts[k], 2, 6):
        k += 1
    if k == 0 or k == len(parts) or _AFFILIATION_WORD.search(parts[k]) is None:
        return []
    return parts[:k]


def parse_byline(line: str) -> list[str] | None:
    """``"By X and Y"`` → ["X", "Y"]; None when the line is not a byline. The segmenter asks
    this of a line up to three times (a byline block, the lines around a title or a date line),
    so the reading is kept per line string (a fresh list each call: callers may change it)."""
    names = _parse_byline(line)
    return None if names is None else list(names)


@functools.lru_cache(maxsize=4096)
def _parse_byline(line: str) -> tuple[str, ...] | None:
    """The names of the byline ``line`` (see ``parse_byline``), as a tuple to keep."""
    if len(line) > 200:
        return None
    if line[:1] in "*_":
        line = line.strip("*_ ")  # Markdown emphasis: "**By X**", "_By X_"
    m = _BY.match(line) or BYLINE_HEAD.match(line)
    if not m:
        return None
    cleaned = clean_byline(m.group("names"), split_names)
    if cleaned is not None and not cleaned:
        return ()  # a desk or outlet signs: a byline without authors
    names = split_names(m.group("names")) if cleaned is None else cleaned
    if (len(names) >= 2 and re.fullmatch(r"[A-Z]{2,6}", names[-1])
            and all(_name_like(n, 2, 6) for n in names[:-1])):
        names = names[:-1]  # an agency's acronym after the names ("By X, AFP")
    if names and not all(_name_like(n, 1, 6) for n in names):
        # an affiliation after the names, on a short line with no full stop (a sentence
        # "By late evening, troops of the brigade had entered the town." is none)
        names = _before_affiliation(names) if len(line) <= 150 and not line.rstrip().endswith(".") else []
    if not names:
        return None
    if len(names) == 1 and len(names[0].split()) < 2:
        return None
    return tuple(names)


def bare_name(line: str) -> list[str] | None:
    """A line holding only a person's name (or "X and Y"), as some dumps write bylines, or
    the names before a separator and a date ("Maria Ionescu | 14 July 2024")."""
    if len(line) > 120:  # (neither reading takes a longer line: the pure tests below are skipped)
        return None
    dated = dated_name_line(line, bare_name)
    if dated:
        return dated
    names = [n for n in split_names(line) if not org_part(n)]  # "X, Fergana Wire"
    if names and len(line) <= 120 and all(_name_like(n, 2, 5) for n in names):
        return names
    return None


# the month names and abbreviations as datelines write them, a regex alternation (longest
# first; a dot after an abbreviation is the caller's: "Jan. 6")
MONTH_NAMES = "|".join(sorted((k.capitalize() for k in MONTHS), key=len, reverse=True))
# the agency in brackets after the place, before the date: "ALMATY (X Wire), Jan 6 -",
# "ALMATY, Kazakhstan (X Wire) — Jan 6 —"
AGENCY_BEFORE_DATE = r"\((?P<agency0>[^)]{1,40})\)\s*(?:[—–-]{1,2}|,)"
_WDAY = r"(?:(?:" + WEEKDAY_NAMES + r"),?\s+)?"  # "Thursday, January 6, 2022"
# a weekday before the date is no place: "Thursday, January 6, 2022 - troops arrive" is a
# timeline entry (a place named after one, "SUNDAY SPRINGS, Jan 6 -", is still a place)
NOT_WEEKDAY_PLACE = (r"(?!(?:" + WEEKDAY_NAMES + "|" + WEEKDAY_NAMES.upper() + r")\b,?\s*(?:[\d(]|(?:"
                     + MONTH_NAMES + r")\b))")
# "ALMATY, Jan. 6, 2022 (X Wire) –", "TASHKENT, Uzbekistan, July 4, 2022 –", "YEREVAN, 14 September
# 2022 —", "ALMATY/MOSCOW, Thursday 6 January 2022 —", "ALMATY, Kazakhstan (X Wire) — Jan 6, 2022 —",
# "Baku, Azerbaijan — April 22, 2025 —"
DATELINE = re.compile(
    r"^" + NOT_WEEKDAY_PLACE + r"(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’'./\- ]{1,40}(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.\- ]{1,30})?)\s*"
    r"(?:" + AGENCY_BEFORE_DATE + r"|[,(—–])\s*" + _WDAY
    + r"(?P<date>(?:(?:"
    + MONTH_NAMES
    + r")\.?\s+\d{1,2}" + ORDINAL + r",?\s+\d{4})|(?:\d{1,2}" + ORDINAL + r"\s+(?:"
    + MONTH_NAMES
    + r")\.?,?\s+\d{4})"
    r"|\d{4}-\d{2}-\d{2})\s*\)?\s*(?:(?:\((?P<agency>[^)]{1,40})\)\s*)?(?:[—–-]{1,2}|:)"
    # the agency between slashes, as some services write it: "NEW DELHI, 14 May 2024 /X Agency/ …"
    r"|/(?P<agency_sl>[A-Z][^/\n]{1,40})/(?:\s*[—–-]{1,2})?)\s*"
)
ISSUE_DATE = re.compile(r"\((?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}) issue of [^)]{0,80}\)")
