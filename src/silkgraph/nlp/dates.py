"""Temporal expressions: find them in text and resolve them to partial ISO dates.

:func:`find_dates` is a pure-regex scanner.  Each :class:`TimeExpr` has a ``kind``:

* ``absolute`` – the year is written: "June 25, 2025", "25 June 2025", "April 2025",
  "in 2017", "mid-2024" (``modifier`` = "mid"), "2025-06-25";
* ``partial`` – a month (and maybe a day) without a year: "On May 7", "in February";
* ``relative`` – "last year", "earlier this year", "two years ago", "last month",
  "two decades ago", "at the end of the month", a weekday ("on Thursday": ``unit`` =
  "weekday", ``offset`` = its index, Monday = 0, resolved against a full reference date);
* ``range`` – "2011-2020", "between 2011 and 2020" (``year``..``end_year``);
* ``decade`` – "the 1990s".

A leading preposition ("On May 7", "in 2017", "by 2030") is part of the expression's
text and is kept in ``prep`` so callers can tell a deadline ("by", "until") from a
past reference.  A date shifted by a written offset ("five days after July 12",
"exactly a year after 5 May 2019") is one expression whose ``shift`` / ``shift_unit``
say how far from the date written.  :func:`resolve` turns an expression into "2025", "2025-05" or
"2025-05-07" (ranges and decades into ISO intervals "2011/2020") plus a basis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "MONTHS",
    "TimeExpr",
    "can_anchor",
    "find_dates",
    "fiscal_year",
    "in_name",
    "local_anchors",
    "paragraph_start",
    "parse_ref",
    "resolve",
    "sentence_dates",
    "shift",
    "term_end",
    "WEEKDAYS",
]

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    kind: str  # absolute | partial | relative | range | decade
    end_year: int | None = None  # ranges
    modifier: str | None = None  # early | mid | late | end | ...
    prep: str | None = None  # the preposition written before it, lower case
    unit: str | None = None  # relative: year | month | week | day
    offset: int = 0  # relative: -1 for "last year", +1 for "next year"; weekday: its index
    shift: int = 0  # "five days after July 12": +5 (``shift_unit`` = "day")
    shift_unit: str | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


# Capitalised month names only ("may" and "march" are also ordinary words).
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_PREP = r"(?:\b(?P<prep>[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Aa]s of|[Oo]f)\s+)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_NOT_NUM_AFTER = r"(?![\d,]\d)(?!\.\d)(?!%)"

_UNIT_NOUNS = (
    "troops|soldiers|people|persons|men|women|children|civilians|militants|fighters|"
    "personnel|casualties|deaths|refugees|families|tourists|km|kilometers|kilometres|"
    "miles|meters|metres|m|ft|feet|tons|tonnes|t|kg|units|vehicles|tanks|aircraft|jets|"
    "missiles|rockets|rounds|shells|drones|dollars|euros|rupees|hectares|acres|"
    "percent|per|barrels|mw|gw|kw"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(_PREP + r"\b(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            _PREP
            + r"\b(?P<mon>"
            + _MONTH_RE
            + r")\s+(?P<d>"
            + _DAY
            + r")"
            + _ORD
            + r"(?:\s?[-–]\s?"  # "August 7–8, 2008": a span of days, dated by its first
            + _DAY
            + _ORD
            + r"(?![\d,]\d))?"
            + r"(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b"
            + _NOT_NUM_AFTER
            + r"(?!:\d)"
        ),
    ),
    (
        "dmy",
        re.compile(
            _PREP
            + r"\b(?P<d>"
            + _DAY
            + r")"
            + _ORD
            + r"\s+(?:of\s+)?(?P<mon>"
            + _MONTH_RE
            + r")(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b"
        ),
    ),
    (
        "my",
        re.compile(
            _PREP
            + r"\b(?P<mon>"
            + _MONTH_RE
            + r"),?\s+(?:of\s+)?(?P<y>"
            + _YEAR
            + r")\b"
            + _NOT_NUM_AFTER
        ),
    ),
    (
        "mod_year",
        re.compile(
            _PREP + r"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Tt]he beginning of|"
            r"[Tt]he start of|[Tt]he first half of|[Tt]he second half of|[Tt]he middle of)"
            r"[\s-]+(?P<y>" + _YEAR + r")\b" + _NOT_NUM_AFTER
        ),
    ),
    (
        "mod_month",
        re.compile(
            r"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Tt]he end of)[\s-]+(?P<mon>"
            + _MONTH_RE
            + r")(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b(?!\s+\d)"
        ),
    ),
    (
        "rel_month",
        re.compile(r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<mon>" + _MONTH_RE + r")\b(?!\s+\d)"),
    ),
    (
        "month",
        re.compile(
            r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f)\s+)"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\b(?!\s+\d)(?!-)"
        ),
    ),
    (
        "range",
        re.compile(
            r"\b(?P<prep>[Bb]etween|[Ff]rom)\s+(?P<y>"
            + _YEAR
            + r")\s+(?:and|to|until|through|till)\s+"
            r"(?P<y2>" + _YEAR + r")\b" + _NOT_NUM_AFTER
        ),
    ),
    (
        "range2",
        re.compile(
            _PREP
            + r"(?:(?<=FY)|(?<![\w$-]))(?P<y>"  # "2025–26", "FY2025-26", "2024/25"
            + _YEAR
            + r")\s?[-–—/]\s?(?P<y2>"
            + _YEAR
            + r"|\d\d)\b"
            + _NOT_NUM_AFTER
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:[Tt]he\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>1[89]\d0|20\d0)s\b"),
    ),
    (
        "year",
        re.compile(
            _PREP
            + r"(?:(?<=FY)|(?<![\w$€£#.,/-])(?<![A-Za-z]-)(?<!US\$ )(?<!USD )(?<!No\. ))(?P<y>"
            + _YEAR
            + r")\b"
            + _NOT_NUM_AFTER
            + r"(?!-[A-Za-z])(?!s\b)(?!\s+(?:"
            + _UNIT_NOUNS
            + r")\b)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+"
            r"(?P<unit>year|month|week)\b"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"\s+(?P<unit>year|month|week|day|decade)s?\s+ago\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(?P<rel>[Yy]esterday)\b")),
    (
        "weekday",
        re.compile(
            r"\b(?P<prep>[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier on|[Ll]ate on|[Ee]arly on)\s+"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "month_part",
        re.compile(
            r"\b(?:(?P<prep>[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Ii]n|[Tt]owards?)\s+)?(?:[Tt]he\s+)?"
            r"(?P<mod>end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+month\b"
        ),
    ),
]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "five days after", "exactly a year before", "two weeks after" right before a date
_OFFSET_BEFORE = re.compile(
    r"\b(?:(?:exactly|just|only|some|about|barely)\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?:(?P<dir>after|before)\s+)?$",
    re.I,
)

_MOD_MONTH = {"early": 1, "beginning": 1, "start": 1, "first": 1, "mid": 4, "middle": 4,
              "second": 7, "late": 9, "end": 10}  # fmt: skip


def _mod_key(mod: str) -> str:
    low = mod.lower()
    for k in ("early", "mid", "late", "end", "beginning", "start", "first", "second", "middle"):
        if k in low:
            return k
    return low


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _build(kind: str, m: re.Match[str], offset: int) -> TimeExpr | None:
    g = m.groupdict()
    prep = g.get("prep")
    prep = prep.strip().lower() if prep else None
    s, e = m.start() + offset, m.end() + offset
    text = m.group(0)
    y = int(g["y"]) if g.get("y") else None
    if kind == "iso":
        return TimeExpr(s, e, text, y, int(g["m"]), int(g["d"]), "absolute", prep=prep)
    if kind in ("mdy", "dmy"):
        day = int(g["d"])
        mon = _month(g["mon"])
        return TimeExpr(s, e, text, y, mon, day, "absolute" if y else "partial", prep=prep)
    if kind == "my":
        return TimeExpr(s, e, text, y, _month(g["mon"]), None, "absolute", prep=prep)
    if kind == "mod_year":
        return TimeExpr(
            s, e, text, y, None, None, "absolute", modifier=_mod_key(g["mod"]), prep=prep
        )
    if kind == "mod_month":
        return TimeExpr(
            s,
            e,
            text,
            y,
            _month(g["mon"]),
            None,
            "absolute" if y else "partial",
            modifier=_mod_key(g["mod"]),
        )
    if kind == "rel_month":
        rel = g["rel"].lower()
        off = {"last": -1, "this": 0, "next": 1}[rel]
        return TimeExpr(
            s, e, text, None, _month(g["mon"]), None, "partial", offset=off, unit="month-name"
        )
    if kind == "month":
        return TimeExpr(s, e, text, None, _month(g["mon"]), None, "partial", prep=prep)
    if kind in ("range", "range2"):
        y2s = g["y2"]
        assert y is not None
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if y2 <= y or y2 - y > 60:
            return None
        return TimeExpr(s, e, text, y, None, None, "range", end_year=y2, prep=prep)
    if kind == "decade":
        mod = g.get("mod")
        return TimeExpr(s, e, text, y, None, None, "decade", modifier=mod.lower() if mod else None)
    if kind == "year":
        return TimeExpr(s, e, text, y, None, None, "absolute", prep=prep)
    if kind == "relative":
        rel = g["rel"].lower()
        off = -1 if rel in ("last", "previous") else (1 if rel == "next" else 0)
        return TimeExpr(
            s, e, text, None, None, None, "relative", unit=g["unit"].lower(), offset=off
        )
    if kind == "ago":
        n = g["n"].lower()
        k = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        return TimeExpr(s, e, text, None, None, None, "relative", unit=g["unit"].lower(), offset=-k)
    if kind == "yesterday":
        return TimeExpr(s, e, text, None, None, None, "relative", unit="day", offset=-1)
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())
        return TimeExpr(s, e, text, None, None, None, "relative", unit="weekday", offset=wd, prep=prep)
    if kind == "month_part":
        return TimeExpr(s, e, text, None, None, None, "relative", unit="month", offset=0,
                        modifier=_mod_key(g["mod"]), prep=prep)
    return None  # pragma: no cover


# Every expression contains a trigger: a year-like number, a capitalised month name (or
# its abbreviation) or a unit word ("year", "day", any case).  ``find_dates`` scans only
# windows around triggers, and only with the patterns whose triggers occur in the window.
# (Three plain scans are much faster than one alternation of them.)
_TRIG_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_TRIG_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_TRIG_UNIT = re.compile(r"year|month|week|day|decade")  # on the lower-cased text
_TRIG_UNIT_I = re.compile(r"year|month|week|day|decade", re.I)
# which trigger kinds each pattern needs (all of them)
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset("Y"), "mdy": frozenset("M"), "dmy": frozenset("M"),
    "my": frozenset("MY"), "mod_year": frozenset("Y"), "mod_month": frozenset("M"),
    "rel_month": frozenset("M"), "month": frozenset("M"), "range": frozenset("Y"),
    "range2": frozenset("Y"), "decade": frozenset("Y"), "year": frozenset("Y"),
    "relative": frozenset("U"), "ago": frozenset("U"), "yesterday": frozenset("U"),
    "weekday": frozenset("U"), "month_part": frozenset("U"),
}  # fmt: skip
# How far a match reaches before its first trigger (longest: "throughout the second
# half of 2024", "on the 25th of September") and after its last one ("May 7th",
# "years ago"); lookaheads may look a little further.  Triggers closer than
# _REACH_BEFORE + _REACH_AFTER share a window, so a match never straddles two.
_REACH_BEFORE = 48
_REACH_AFTER = 24
_LOOKAHEAD = 32


def _windows(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Merged scan windows around triggers, each with the trigger kinds inside it."""
    trig: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "Y") for m in _TRIG_YEAR.finditer(text)
    ]
    trig += [(m.start(), m.end(), "M") for m in _TRIG_MONTH.finditer(text)]
    low = text.lower()
    units = _TRIG_UNIT if len(low) == len(text) else _TRIG_UNIT_I  # "İ" lower-cases to two
    trig += [
        (m.start(), m.end(), "U") for m in units.finditer(low if units is _TRIG_UNIT else text)
    ]
    if not trig:
        return []
    trig.sort()
    out: list[tuple[int, int, frozenset[str]]] = []
    ws = we = -1
    kinds: set[str] = set()
    for s, e, k in trig:
        a, b = s - _REACH_BEFORE, e + _REACH_AFTER
        if we >= 0 and a <= we:
            we = max(we, b)
            kinds.add(k)
            continue
        if we >= 0:
            out.append((max(ws, 0), we, frozenset(kinds)))
        ws, we, kinds = a, b, {k}
    out.append((max(ws, 0), we, frozenset(kinds)))
    return out


def _resolve_overlaps(cands: list[tuple[int, int, int, TimeExpr]]) -> list[TimeExpr]:
    # longest first, then pattern priority; keep non-overlapping
    cands.sort(key=lambda c: (c[1], c[2], c[0]))
    taken: list[TimeExpr] = []
    for _s, _l, _p, te in cands:
        if any(te.start < t.end and t.start < te.end for t in taken):
            continue
        taken.append(te)
    taken.sort(key=lambda t: t.start)
    return taken


def find_dates(text: str, offset: int = 0) -> list[TimeExpr]:
    """All temporal expressions in ``text``; offsets are shifted by ``offset``.

    Overlapping candidates are resolved longest-first, so "June 25, 2025" is one
    expression, not "June 25" plus "2025".  Only windows around trigger words are
    scanned (see ``_TRIGGER``), with the patterns their triggers call for, so text
    without a year, a month name or a unit word costs one quick scan; the result is
    the same as running every pattern over the whole text.
    """
    n = len(text)
    out: list[TimeExpr] = []
    for ws, we, kinds in _windows(text):
        endpos = min(n, we + _LOOKAHEAD)
        cands: list[tuple[int, int, int, TimeExpr]] = []
        for prio, (kind, pat) in enumerate(_PATTERNS):
            if not _NEEDS[kind] <= kinds:
                continue
            for m in pat.finditer(text, ws, endpos):
                if m.start() >= we:
                    break
                te = _build(kind, m, offset)
                if te is not None:
                    cands.append((te.start, -(te.end - te.start), prio, te))
        if cands:
            out.extend(_resolve_overlaps(cands))
    for te in out:
        if te.kind in ("absolute", "partial") and te.start - offset >= 4:
            _offset_before(text, te, offset)
    return out


@lru_cache(maxsize=8192)
def _sentence_scan(sentence: str, offset: int) -> tuple[TimeExpr, ...]:
    return tuple(find_dates(sentence, offset))


def sentence_dates(sentence: str, offset: int) -> list[TimeExpr]:
    """:func:`find_dates` of one sentence (``offset``: where it starts in the source),
    remembered for the sentences seen recently: segmentation's publication-date estimate
    and the extractors' context both ask for every sentence of an article, and get the
    same (shared: not to be modified) expressions from one scan."""
    return list(_sentence_scan(sentence, offset))


def _offset_before(text: str, te: TimeExpr, offset: int) -> None:
    """"five days after July 12": the date written, shifted (in place)."""
    s = te.start - offset
    if te.prep not in (None, "after", "before"):
        return
    m = _OFFSET_BEFORE.search(text, max(0, s - 48), s)
    if m is None or m.end() != s or (m.group("dir") is None) == (te.prep is None):
        return
    direction = (m.group("dir") or te.prep or "").lower()
    n = m.group("n").lower()
    k = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    te.shift = k if direction == "after" else -k
    te.shift_unit = m.group("unit").lower()
    te.start = m.start() + offset
    te.text = text[m.start() : te.end - offset]
    te.prep = None


_ANCHOR_SKIP_PREPS = frozenset({"by", "until", "till", "before", "through", "since"})
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s$")
_PARA_BREAK = re.compile(r"(?:[.!?…:][\"”’'»)\]]*|\n)[ \t]*\n")


def in_name(text: str, te: TimeExpr) -> bool:
    """A bare year inside a name ("Vision 2030", "IDEF 2023", "Kazakhstan 2050") is a
    label, not a reference to that year.  ``te``'s offsets are into ``text``."""
    if te.kind != "absolute" or te.month is not None or te.prep:
        return False
    m = _NAME_BEFORE.search(text[max(0, te.start - 30) : te.start])
    return bool(m) and m.group(1).lower().rstrip(".") not in MONTHS


# a non-restrictive participial modifier ("the S-400, bought from Russia in 2018 for $5.4
# billion, ...") tells a background fact: its year is not the narrative's
_PARTICIPIAL_BEFORE = re.compile(
    r",\s+(?:(?:first|originally|reportedly|already|once)\s+)?(?:[a-z]+ed|bought|built|sold|made|won|"
    r"held|given|taken|brought|paid|set|begun|written|known|seen|shot|laid|put|led|left|fought)\b[^,;.]*$")
_CLAUSE_AFTER = re.compile(r"^(?:[^,;.]|\.\d){0,60},")


def _parenthetical(text: str, te: TimeExpr) -> bool:
    before = text[max(0, te.start - 60) : te.start]
    return bool(_PARTICIPIAL_BEFORE.search(before)) and bool(_CLAUSE_AFTER.match(text[te.end : te.end + 62]))


def fiscal_year(te: TimeExpr) -> bool:
    """A fiscal or season year written as a range of two calendar years ("2025–26",
    "FY2025-26", "2024/25"): one current year, not a span whose end has passed."""
    if te.kind != "range" or te.year is None or te.end_year != te.year + 1:
        return False
    m = _FISCAL.search(te.text)
    return m is not None and (m.group(1) == "/" or len(m.group(2)) == 2)


_FISCAL = re.compile(r"\d{4}\s?([-–—/])\s?(\d{4}|\d\d)$")


# the verb or adverb before "to" when a year ends a term: "runs to 2042", "extended to
# 2042", "up to 2030"; "dates back to 2019" and "from 2010 to 2019" look back
_TO_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z’']+)\s+to\s+$")
_LOOK_BACK = frozenset({"back", "date", "dates", "dated", "dating", "traced", "from", "compared",
                        "relative", "similar", "comparable", "equivalent", "contrast"})
# the plan or term a year or range names: "the 2025–2030 programme", "its 2035 strategy"
_PLAN_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:programmes?|programs?|plans?|strateg(?:y|ies)|concepts?|"
    r"roadmaps?|agendas?|frameworks?|doctrines?|targets?|goals?|horizons?|timelines?|"
    r"agreements?|contracts?|leases?|budgets?|mandates?|terms?)\b"
)


def term_end(text: str, te: TimeExpr) -> bool:
    """A year that ends or names a term of validity, a lease or a plan rather than a time
    already reached: "an agreement that runs to 2042", "extended to 2042", "up to 2030",
    "the 2025–2030 programme", "its 2035 strategy" (deadline prepositions, "by 2030",
    "until 2042", are the caller's ``prep``; names like "Vision 2030" are :func:`in_name`).
    ``te``'s offsets are into ``text``."""
    if te.year is None or te.month is not None or te.prep or te.kind not in ("absolute", "range"):
        return False
    m = _TO_BEFORE.search(text, max(0, te.start - 30), te.start)
    if m is not None and m.group(1).lower() not in _LOOK_BACK:
        return True
    if te.kind == "range" and fiscal_year(te):
        return False
    before = text[max(0, te.start - 12) : te.start].lower()
    attributive = te.kind == "range" or before.endswith(("the ", "its ", "their ", "a ", "’s ", "'s "))
    return attributive and _PLAN_AFTER.match(text, te.end, te.end + 60) is not None


def can_anchor(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` can lend its year to a later year-less date: a written year that
    is not a deadline or an open start ("by 2030", "since 2020"), a range, a decade or
    part of a name.  A bare year must set the time of the telling ("in 2023", "late
    2023"); used as an attribute ("the 2025 Global Terrorism Index") it does not, nor
    does a year-only date inside a parenthetical participle (", bought in 2018 for X,")."""
    return (
        te.kind == "absolute"
        and te.year is not None
        and te.prep not in _ANCHOR_SKIP_PREPS
        and (te.month is not None or te.prep is not None or te.modifier is not None)
        and not in_name(text, te)
        and not term_end(text, te)
        and not (te.month is None and _parenthetical(text, te))
    )


def paragraph_start(text: str, pos: int, lo: int = 0) -> int:
    """Start of the paragraph holding ``pos`` (not before ``lo``): after a blank line or
    a line break that follows sentence-final punctuation (hard-wrapped lines inside a
    sentence do not break the paragraph)."""
    best = lo
    for m in _PARA_BREAK.finditer(text, lo, pos):
        best = m.end()
    return best


def local_anchors(
    text: str,
    exprs: list[TimeExpr],
    lo: int = 0,
    usable: Callable[[TimeExpr], bool] | None = None,
    paragraphs: int = 1,
) -> list[TimeExpr | None]:
    """For each expression (offsets into ``text``, in order) the nearest preceding
    expression that can anchor a year-less date (:func:`can_anchor`, and ``usable``
    when given) within the same paragraph (``paragraphs=2``: or the one before it, for
    anaphoric spans such as "two years later").  Nothing before ``lo`` (a section's
    start) counts.  Pass the anchor's ``year`` to :func:`resolve` as ``anchor_year``.

    A new paragraph usually restarts the narrative clock: a dated statistic at the
    end of one paragraph ("… killed in 2024.") does not date "On October 8" at the
    start of the next, so by default nothing crosses a paragraph break.  Nor does an
    anchor hold across a span written after it that reaches past its year ("ordered in
    2018, delivered in 2021–2023 … On April 28"): the clock has moved on.
    """
    out: list[TimeExpr | None] = []
    anchors = [
        t for t in exprs if t.start >= lo and can_anchor(text, t) and (usable is None or usable(t))
    ]
    k = 0
    for i, te in enumerate(exprs):
        while k < len(anchors) and anchors[k].end <= te.start:
            k += 1
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if (te.year is None and nxt is not None and nxt.year is not None and nxt.month is not None
                and _COORD_RE.fullmatch(text, te.end, nxt.start)):
            # "late April and May 2020", "between March and June 2021": coordinated dates
            # share the year written on the last of them
            out.append(nxt)
            continue
        if k == 0:
            out.append(None)
            continue
        cand = anchors[k - 1]
        if _months_after(cand, te) > 6:
            # "On December 25, 2024 ... a report in February 2025 ... on December 28": a
            # year-less date follows its anchor closely; an earlier anchor of the paragraph
            # that places it within half a year after itself tells the narrative's year
            ps0 = paragraph_start(text, te.start, max(lo, 0))
            for a in reversed(anchors[: k - 1]):
                if a.start < ps0:
                    break
                if 0 <= _months_after(a, te) <= 6:
                    cand = a
                    break
        if any(
            t.kind == "range" and t.end_year is not None and cand.year is not None
            and t.end_year > cand.year and cand.end <= t.start < te.start
            for t in exprs[max(0, i - 8) : i]
        ):
            # "ordered in 2018, delivered in 2021–2023, … On April 28": a span reaching past
            # the anchor's year has moved the narrative's clock on; the year is not the anchor's
            out.append(None)
            continue
        ps = paragraph_start(text, te.start, max(lo, cand.start))
        for _ in range(paragraphs - 1):
            if ps <= cand.start or ps <= lo:
                break
            ps = paragraph_start(text, ps - 1, max(lo, cand.start))
        out.append(cand if cand.start >= ps else None)
    return out


_COORD_RE = re.compile(r"\s*(?:and|or|to|through|until|till|-|–|—)\s*(?:(?:early|mid|late|the end of)[- ]?)?\s*", re.I)


def _months_after(anchor: TimeExpr, te: TimeExpr) -> int:
    """How many months ``te`` (a year-less month date) lies after ``anchor`` when it takes the
    anchor's year; -1 when either has no month (unknown) or ``te`` falls before it."""
    if anchor.month is None or te.month is None or te.year is not None or anchor.year is None:
        return -1
    d = te.month - anchor.month
    if d == 0 and te.day is not None and anchor.day is not None and te.day < anchor.day:
        return -1
    return d if d >= 0 else -1


def parse_ref(ref: str | None) -> tuple[int, int | None, int | None] | None:
    """ "2025-05-07" / "2025-05" / "2025" → (year, month, day)."""
    if not ref:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", ref)
    if not m:
        return None
    return (
        int(m.group(1)),
        int(m.group(2)) if m.group(2) else None,
        int(m.group(3)) if m.group(3) else None,
    )


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def shift(iso: str, k: int, unit: str) -> str | None:
    """A partial ISO date moved by ``k`` days, weeks, months or years, at its own
    precision; None when the date is too coarse for the unit (days of "2025-05")."""
    parts = [int(x) for x in iso.split("-")]
    if unit == "decade":
        unit, k = "year", 10 * k
    if unit == "year":
        return _iso(parts[0] + k, *(parts[1:] + [None, None])[:2])  # type: ignore[arg-type]
    if unit == "month" and len(parts) >= 2:
        y, m = _shift_month(parts[0], parts[1], k)
        return _iso(y, m, parts[2] if len(parts) == 3 else None) if len(parts) < 3 or _valid(y, m, parts[2]) \
            else _iso(y, m)
    if unit in ("day", "week") and len(parts) == 3:
        d = date(*parts) + timedelta(days=k * (7 if unit == "week" else 1))
        return d.isoformat()
    return None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def resolve(
    expr: TimeExpr,
    ref: str | None,
    context_years: list[int] | tuple[int, ...] = (),
    anchor_year: int | None = None,
) -> tuple[str | None, str]:
    """Resolve ``expr`` to a partial ISO date and say how.

    ``ref`` is the article's reference date ("2025-06-30", "2025-06" or "2025"): its
    publication date, stated or estimated.  Without it, the latest of ``context_years``
    (years written elsewhere in the article) stands in for the present year.

    ``anchor_year`` is the year of the nearest preceding dated reference in the same
    passage (:func:`local_anchors`): a year-less date ("on September 16" after "in
    September 2022") takes that year, unless that would put it after ``ref``.
    Relative expressions ("last year", "last March") stay relative to the present.
    A shifted expression ("five days after July 12") resolves its date, then the shift.
    """
    if expr.shift and expr.shift_unit:
        from dataclasses import replace

        base, basis = resolve(replace(expr, shift=0, shift_unit=None), ref, context_years, anchor_year)
        if base is None:
            return None, basis
        moved = shift(base, expr.shift, expr.shift_unit)
        if moved is None:
            return None, f"cannot shift {base} by {expr.shift} {expr.shift_unit}(s)"
        return moved, f"'{expr.text}': {base} shifted by {expr.shift:+d} {expr.shift_unit}(s)" + (
            "" if basis == "as written" else f" ({basis})")
    if expr.kind == "absolute" and expr.year is not None:
        return _iso(expr.year, expr.month, expr.day), "as written"
    if expr.kind == "range" and expr.year is not None and expr.end_year is not None:
        return f"{expr.year}/{expr.end_year}", "as written"
    if expr.kind == "decade" and expr.year is not None:
        return f"{expr.year}/{expr.year + 9}", "as written"

    r = parse_ref(ref)
    if (
        anchor_year is not None
        and expr.kind == "partial"
        and expr.month is not None
        and expr.unit != "month-name"
    ):
        late = r is not None and (
            anchor_year > r[0]
            or (
                anchor_year == r[0]
                and r[1] is not None
                and (expr.month, expr.day or 1) > (r[1], r[2] or 31)
            )
        )
        if not late:
            return _iso(
                anchor_year, expr.month, expr.day
            ), f"year from the preceding date ({anchor_year})"
    if r is not None:
        ry, rm, rd = r
        src = f"publication {ref}"
    elif context_years:
        ry, rm, rd = max(context_years), None, None
        src = f"the article's latest year {ry}"
    else:
        return None, f"no year for '{expr.text}'"

    if expr.kind == "partial" and expr.month is not None:
        y = ry
        if expr.unit == "month-name":  # "last March"
            if expr.offset < 0 and (rm is None or expr.month >= rm):
                y -= 1
            elif expr.offset > 0 and (rm is None or expr.month <= rm):
                y += 1
            return _iso(y, expr.month), f"'{expr.text}' relative to {src}"
        # the most recent occurrence not after the reference date
        if rm is not None and (expr.month, expr.day or 1) > (rm, rd or 31):
            y -= 1
        return _iso(y, expr.month, expr.day), f"year from {src}"
    if expr.kind == "relative":
        unit, k = expr.unit, expr.offset
        if unit == "weekday":  # the last such day on or before a full reference date
            if rm is None or rd is None:
                return None, f"no full date for '{expr.text}'"
            ref_d = date(ry, rm, rd)
            d = ref_d - timedelta(days=(ref_d.weekday() - k) % 7)
            return d.isoformat(), f"'{expr.text}': the last {WEEKDAYS[k].title()} on or before {ref_d.isoformat()}"
        if unit == "decade":
            return _iso(ry + 10 * k), f"'{expr.text}' relative to {src} (approximate)"
        if unit == "year":
            return _iso(ry + k), f"'{expr.text}' relative to {src}"
        if rm is None:
            return _iso(ry), f"'{expr.text}' relative to {src} (year only)"
        if unit == "month":
            y, m = _shift_month(ry, rm, k)
            return _iso(y, m), f"'{expr.text}' relative to {src}"
        if unit in ("week", "day"):
            base = date(ry, rm, rd or 1)
            d = base + timedelta(days=7 * k if unit == "week" else k)
            if unit == "week" or rd is None:
                return _iso(d.year, d.month), f"'{expr.text}' relative to {src}"
            return _iso(d.year, d.month, d.day), f"'{expr.text}' relative to {src}"
    return None, f"cannot resolve '{expr.text}'"
