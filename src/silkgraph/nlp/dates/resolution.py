"""Resolving a temporal expression to a partial ISO date against a reference date,
the article's years or a preceding anchor's year; shifting partial ISO dates."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.patterns import WEEKDAYS

# where a part of a year ("early 2024", "mid-2024", "late 2024") or of a month ("mid-March",
# "the end of March 2025") begins: its first month, its first day
_PART_MONTH = {"early": 1, "beginning": 1, "start": 1, "first": 1, "mid": 4, "middle": 4,
               "second": 7, "late": 9, "end": 10}  # fmt: skip
_PART_DAY = {"mid": 11, "middle": 11, "second": 16, "late": 21, "end": 21}


def first_day(te: TimeExpr, year: int) -> date:
    """The first day, in ``year``, of the span ``te`` names: the day itself, its month's first
    day, its part of a month or year's first day ("mid-2024" → 1 April, "late March" → 21 March),
    else 1 January.  An impossible day written in the text ("February 30") counts as the
    month's last: a lower bound that stays a real date."""
    month = te.month or _PART_MONTH.get(te.modifier or "", 1)
    part = _PART_DAY.get(te.modifier or "", 1) if te.month else 1
    day = min(te.day or part, calendar.monthrange(year, month)[1])
    return date(year, month, day)


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
        try:
            d = date(*parts) + timedelta(days=k * (7 if unit == "week" else 1))
        except OverflowError:  # before 0001-01-01 or after 9999-12-31
            return None
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
        if expr.future:  # "will meet in June": the next occurrence not before the reference date
            if rm is not None and (expr.month, expr.day or 31) < (rm, rd or 1):
                y += 1
            return _iso(y, expr.month, expr.day), f"year from {src} (told in the future: the next {expr.text.split()[-1]})"
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
            try:
                return _weekday(expr, ref_d, k)
            except OverflowError:  # a weekday before 0001-01-01 or after 9999-12-31: no date
                return None, f"no date for '{expr.text}' near {ref_d.isoformat()}"
        if unit == "decade":
            return _iso(ry + 10 * k), f"'{expr.text}' relative to {src} (approximate)"
        if unit == "year" and expr.month is not None:  # "on September 19 last year": month and day written
            return _iso(ry + k, expr.month, expr.day), f"year from '{expr.text}' relative to {src}"
        if unit == "year":
            return _iso(ry + k), f"'{expr.text}' relative to {src}"
        if rm is None:
            return _iso(ry), f"'{expr.text}' relative to {src} (year only)"
        if unit == "month":
            y, m = _shift_month(ry, rm, k)
            return _iso(y, m), f"'{expr.text}' relative to {src}"
        if unit in ("week", "day"):
            base = date(ry, rm, rd or 1)
            try:
                d = base + timedelta(days=7 * k if unit == "week" else k)
            except OverflowError:  # before 0001-01-01 or after 9999-12-31: no date
                return None, f"no date for '{expr.text}' near {base.isoformat()}"
            if (unit == "week" and expr.modifier != "ago") or rd is None:
                return _iso(d.year, d.month), f"'{expr.text}' relative to {src}"
            return _iso(d.year, d.month, d.day), f"'{expr.text}' relative to {src}"
    return None, f"cannot resolve '{expr.text}'"


def _weekday(expr: TimeExpr, ref_d: date, k: int) -> tuple[str | None, str]:
    """A weekday expression resolved against the full reference date ``ref_d``."""
    if expr.modifier and expr.modifier.startswith("week"):
        # "on Wednesday last week": that day of the calendar week (Monday to Sunday) before
        # the reference date's own week ("this week": its own, "next week": the one after)
        weeks = int(expr.modifier[4:])
        d = ref_d - timedelta(days=ref_d.weekday()) + timedelta(days=7 * weeks + k)
        return d.isoformat(), f"'{expr.text}' {('last', 'this', 'next')[weeks + 1]} week: the " \
            f"{WEEKDAYS[k].title()} of the week {weeks:+d} from {ref_d.isoformat()}'s"
    if expr.future:  # "will meet on Friday": the next such day on or after the reference
        d = ref_d + timedelta(days=(k - ref_d.weekday()) % 7)
        return d.isoformat(), f"'{expr.text}' (told in the future): the next {WEEKDAYS[k].title()} " \
            f"on or after {ref_d.isoformat()}"
    back = (ref_d.weekday() - k) % 7
    before = expr.prep == "last" or expr.weekend  # ("over the weekend" told in the past: the one before)
    if back == 0 and before:  # "last Friday" written on a Friday: a week before
        back = 7
    d = ref_d - timedelta(days=back)
    rel = "before" if before else "on or before"
    return d.isoformat(), f"'{expr.text}': the last {WEEKDAYS[k].title()} {rel} {ref_d.isoformat()}"
