"""Date intervals: the published-date check and event date compatibility."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

TIGHT_DAYS = 31


def _span(date: Any) -> tuple[_dt.date, _dt.date] | None:
    """The interval a (partial) ISO date names, or None when it is not one."""
    if date is None:
        return None
    s = str(date).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            d = _dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            first = _dt.date(y, mo, 1)
            nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    except ValueError:
        return None


def published_check(gold: tuple[str | None, str | None], rec: dict) -> tuple[bool, bool]:
    """(not contradicting, tight) of an exported article's date against a gold window."""
    wb = _span(gold[0])[0] if gold[0] else _dt.date.min  # type: ignore[index]
    wa = _span(gold[1])[1] if gold[1] else _dt.date.max  # type: ignore[index]
    lo: _dt.date | None = None
    hi: _dt.date | None = None
    stated = _span(rec.get("published"))
    if stated:
        lo, hi = stated
    else:
        est = rec.get("published_estimate")
        if isinstance(est, dict):
            nb = _span(est.get("not_before"))
            na = _span(est.get("not_after"))
            if nb:
                lo = nb[0]
                hi = na[1] if na else _dt.date.max
    if lo is None or hi is None:
        return False, False
    ok = lo <= wa and hi >= wb
    tight = ok and (wb == _dt.date.min or lo >= wb - _dt.timedelta(days=TIGHT_DAYS))
    return ok, tight


def date_compatible(gold: str | None, exp: Any) -> bool:
    if gold is None:
        return True
    if exp is None or exp == "":
        return False
    e = str(exp).strip()
    if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", e):
        return False
    e = re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", e).group(0)  # type: ignore[union-attr]
    return len(e) >= len(gold) and e[: len(gold)] == gold


def year(exp: Any) -> int | None:
    m = re.match(r"^(\d{4})", str(exp).strip()) if exp is not None else None
    return int(m.group(1)) if m else None
