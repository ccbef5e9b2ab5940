"""Finding temporal expressions: the :class:`TimeExpr` record and :func:`find_dates`,
which scans windows around trigger words with the patterns of
:mod:`silkgraph.nlp.dates.patterns`."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from silkgraph.nlp.dates.patterns import (
    MONTHS,
    NUMBER_WORDS,
    OFFSET_BEFORE,
    PATTERNS,
    WEEKDAYS,
)
from silkgraph.nlp.dates.window_scan import WindowScan
from silkgraph.nlp.prefilter import gate_of, lower_for_gates


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
    future: bool = False  # a year-less date or weekday in a clause told in the future ("will meet on Friday")
    weekend: bool = False  # "over the weekend", "at the weekend", "last weekend": read as its Saturday (a weekday)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


def _mod_key(mod: str) -> str:
    low = mod.lower()
    for k in ("early", "mid", "late", "end", "beginning", "start", "first", "second", "middle"):
        if k in low:
            return k
    return low


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


_SPAN_BEFORE = re.compile(r"(?:\b(?:[Bb]etween|[Ff]rom)\s+)$")
_MOD_BEFORE = re.compile(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of)[\s-]+$")


def _month_span(m: re.Match[str], first: int, second: int) -> bool:
    """Whether "April and May 2020" / "from June to August 2021" is one span of months (dated by its
    first): months joined by "to" or a dash, or by "and" when consecutive or after "between"; not
    after "late"/"early" ("late March and June 2019" tells two times)."""
    before = m.string[max(0, m.start("mon") - 20):m.start("mon")]
    if second <= first or _MOD_BEFORE.search(before):
        return False
    return "and" not in m.group("join") or second == first + 1 or _SPAN_BEFORE.search(before) is not None


def _day_span(m: re.Match[str], first: int, second: int) -> bool:
    """Whether "23–24 February" / "from 11 to 20 September" is one span of days (dated by its first):
    days joined by "to" or a dash, or by "and" when consecutive or after "between"."""
    if second <= first:
        return False
    before = m.string[max(0, m.start("d") - 20):m.start("d")]
    return "and" not in m.group("join") or second == first + 1 or _SPAN_BEFORE.search(before) is not None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _real_day(y: int | None, mon: int, day: int) -> bool:
    """Whether the day exists in that month ("31 June", "30 February" and "2023-02-29" do not)."""
    if not 1 <= mon <= 12 or day < 1:
        return False
    return day <= (calendar.monthrange(y, mon)[1] if y else _MONTH_DAYS[mon - 1])

# "on Wednesday last week": the modifier of a weekday in another calendar week, "week" and
# the signed count of weeks from the reference date's own (resolution.resolve reads it)
_WEEK_MODIFIER = {"last": "week-1", "previous": "week-1", "this": "week+0", "next": "week+1"}


def _build(kind: str, m: re.Match[str], offset: int) -> TimeExpr | None:
    g = m.groupdict()
    prep = g.get("prep")
    prep = prep.strip().lower() if prep else None
    s, e = m.start() + offset, m.end() + offset
    text = m.group(0)
    y = int(g["y"]) if g.get("y") else None
    if kind == "iso":
        if not _real_day(y, int(g["m"]), int(g["d"])):
            return None
        return TimeExpr(s, e, text, y, int(g["m"]), int(g["d"]), "absolute", prep=prep)
    if kind in ("mdy", "dmy"):
        day = int(g["d"])
        # "April 28 and 29, 2021" (mdy): a span of days, or two days ("May 3 and 10, 2021"), sharing the
        # year written after them: dated by the first
        if kind == "dmy" and g.get("d2") and not _day_span(m, day, int(g["d2"])):
            # "on 3 and 10 June": the second day only
            s, day = m.start("d2") + offset, int(g["d2"])
            text, prep = text[m.start("d2") - m.start():], None
        mon = _month(g["mon"])
        if not _real_day(y, mon, day):  # a slip or a garbled date: not a date at all
            return None
        return TimeExpr(s, e, text, y, mon, day, "absolute" if y else "partial", prep=prep)
    if kind == "my":
        if g.get("mon2") and not _month_span(m, _month(g["mon"]), _month(g["mon2"])):
            # "in late March and June 2019": two times, the second with its year
            s, text, prep = m.start("mon2") + offset, text[m.start("mon2") - m.start():], None
            return TimeExpr(s, e, text, y, _month(g["mon2"]), None, "absolute")
        return TimeExpr(s, e, text, y, _month(g["mon"]), None, "absolute", prep=prep)
    if kind == "mod_year":
        return TimeExpr(
            s, e, text, y, None, None, "absolute", modifier=_mod_key(g["mod"]), prep=prep
        )
    if kind == "season_year":
        return TimeExpr(s, e, text, y, None, None, "absolute", modifier=g["mod"].lower(), prep=prep)
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
        k = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = g["unit"].lower()
        # "a week ago": a count of weeks back from the day of writing names a day, not the
        # span "last week" names (``modifier`` "ago" tells resolution so)
        return TimeExpr(s, e, text, None, None, None, "relative", unit=unit, offset=-k,
                        modifier="ago" if unit == "week" else None)
    if kind == "yesterday":
        return TimeExpr(s, e, text, None, None, None, "relative", unit="day", offset=-1)
    if kind == "today":  # "this morning", "tonight": the day of the reference date
        return TimeExpr(s, e, text, None, None, None, "relative", unit="day", offset=0)
    if kind == "weekday":
        if prep and prep.endswith(" of"):  # "in the early hours of Sunday": on that day
            prep = "on"
        wd = WEEKDAYS.index((g["wd"] or g["wdp"] or g["wds"]).lower())
        week = _WEEK_MODIFIER.get((g.get("wk") or "").lower())
        return TimeExpr(s, e, text, None, None, None, "relative", unit="weekday", offset=wd, prep=prep,
                        modifier=week)
    if kind == "weekend":
        # the weekend's first day, Saturday: the one before the reference ("over the weekend", "last weekend"), or
        # after it when told in the future ("will meet at the weekend", ``future``); the flag also keeps it from
        # dating a wire lead's own day (segment.dateline_year)
        return TimeExpr(s, e, text, None, None, None, "relative", unit="weekday", offset=5, prep=prep,
                        weekend=True)
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
# ("this morning", "tonight": a part of the day of writing)
_TRIG_UNIT = re.compile(r"year|month|week|day|decade|this (?:morning|afternoon|evening)|tonight")  # on the lower-cased text
_TRIG_UNIT_I = re.compile(r"year|month|week|day|decade|this (?:morning|afternoon|evening)|tonight", re.I)
# which trigger kinds each pattern needs (all of them)
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset("Y"), "mdy": frozenset("M"), "dmy": frozenset("M"),
    "my": frozenset("MY"), "mod_year": frozenset("Y"), "season_year": frozenset("Y"), "mod_month": frozenset("M"),
    "rel_month": frozenset("M"), "month": frozenset("M"), "range": frozenset("Y"),
    "range2": frozenset("Y"), "decade": frozenset("Y"), "year": frozenset("Y"),
    "relative": frozenset("U"), "ago": frozenset("U"), "yesterday": frozenset("U"), "today": frozenset("U"),
    "weekday": frozenset("U"), "weekend": frozenset("U"), "month_part": frozenset("U"),
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
    if any(te.start >= te.end for *_, te in cands):  # an empty span: the plain pairwise test
        for _s, _l, _p, te in cands:
            if any(te.start < t.end and t.start < te.end for t in taken):
                continue
            taken.append(te)
        taken.sort(key=lambda t: t.start)
        return taken
    # the kept spans are non-empty and disjoint, so in start order their ends rise too: of those
    # starting before a candidate's end, only the last can reach past the candidate's start
    starts: list[int] = []
    for _s, _l, _p, te in cands:
        i = bisect_left(starts, te.end)
        if i and taken[i - 1].end > te.start:
            continue
        starts.insert(i, te.start)
        taken.insert(i, te)
    return taken


@cache
def _gates() -> tuple[tuple[Any, ...], Callable[[str], str | None]]:
    """The exact literal pre-checks (:mod:`silkgraph.nlp.prefilter`) of ``PATTERNS``, in
    order, and the lower-casing they test: a pattern whose window lacks one of the strings
    every match of it holds is not run there (it would find nothing)."""
    return tuple(gate_of(pat) for _kind, pat in PATTERNS), lower_for_gates


_EFFECT_FROM_RE = re.compile(r"\b(?:with\s+effect|effective|starting|as)\s+$")


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
    gates, lower_for_gates = _gates()
    for ws, we, kinds in _windows(text):
        endpos = min(n, we + _LOOKAHEAD)
        cands: list[tuple[int, int, int, TimeExpr]] = []
        wlow = lower_for_gates(text[ws:endpos])  # the window holds every match tried in it
        scan = WindowScan(text, ws, we, endpos, wlow)  # (the patterns tried only where a match can begin)
        for prio, (kind, _pat) in enumerate(PATTERNS):
            if not _NEEDS[kind] <= kinds or not gates[prio].may_match_in(wlow):
                continue
            for m in scan.finditer(prio):  # (``pat.finditer(text, ws, endpos)`` before ``we``)
                te = _build(kind, m, offset)
                if te is not None:
                    cands.append((te.start, -(te.end - te.start), prio, te))
        if cands:
            out.extend(_resolve_overlaps(cands))
    out = _with_relative_year(text, out, offset)
    for te in out:
        if te.kind in ("absolute", "partial") and te.start - offset >= 4:
            _offset_before(text, te, offset)
        if (te.kind == "partial" and te.unit is None) or te.unit == "weekday":
            te.future = _future_before(text, te.start - offset)
        if te.unit == "weekday" and te.prep == "from" and not te.modifier and \
                _EFFECT_FROM_RE.search(text, max(0, te.start - offset - 24), te.start - offset):
            # "revoking visas with effect from Sunday", "effective from Saturday": a weekday a measure
            # takes effect from lies ahead of the report (not "suspended trade from Sunday to Tuesday")
            te.future = True
    return out


# "will meet", "is due to travel", "are set to sign ... in June", "said they would meet on
# October 25" (the future seen from the past): a clause told in the future
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|to)\b|plans?\s+to|"
    r"(?:is|are)\s+to)\b")
_CLAUSE_END_RE = re.compile(r"[.;:!?]|,\s+(?:and|but|while|whereas)\b|\b(?:said|says|told|announced|after|"
                            r"when|since|had|has|have)\b")


def _future_before(text: str, s: int) -> bool:
    """Whether the clause before ``s`` is told in the future."""
    lo = max(0, s - 90)
    last = None
    for m in _CLAUSE_END_RE.finditer(text, lo, s):
        last = m
    lo = last.end() if last is not None else lo
    return _FUTURE_RE.search(text, lo, s) is not None


def _offset_before(text: str, te: TimeExpr, offset: int) -> None:
    """"five days after July 12": the date written, shifted (in place)."""
    s = te.start - offset
    if te.prep not in (None, "after", "before"):
        return
    m = OFFSET_BEFORE.search(text, max(0, s - 48), s)
    if m is None or m.end() != s or (m.group("dir") is None) == (te.prep is None):
        return
    direction = (m.group("dir") or te.prep or "").lower()
    n = m.group("n").lower()
    k = int(n) if n.isdigit() else NUMBER_WORDS[n]
    te.shift = k if direction == "after" else -k
    te.shift_unit = m.group("unit").lower()
    te.start = m.start() + offset
    te.text = text[m.start() : te.end - offset]
    te.prep = None


_YEAR_AFTER_GAP = re.compile(r",?\s+")


def _with_relative_year(text: str, out: list[TimeExpr], offset: int) -> list[TimeExpr]:
    """"on September 19 last year", "in March this year": a year-less date followed by a
    relative year is one date, its year counted from the reference (``kind`` "relative",
    ``unit`` "year", with the month and day)."""
    merged: list[TimeExpr] = []
    for te in out:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "partial" and prev.unit is None and prev.month is not None
                and te.kind == "relative" and te.unit == "year" and te.offset in (-1, 0, 1)
                and _YEAR_AFTER_GAP.fullmatch(text, prev.end - offset, te.start - offset)):
            merged[-1] = TimeExpr(prev.start, te.end, text[prev.start - offset:te.end - offset], None, prev.month,
                                  prev.day, "relative", prep=prev.prep, unit="year", offset=te.offset)
            continue
        merged.append(te)
    return merged
