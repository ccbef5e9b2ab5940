"""Validation of gold YAML values: mappings with known keys, names, dates, numbers,
choices and lists.  Every problem is a :class:`GoldError` "file: item: problem".

The helpers keep their leading underscore: ``_int``, ``_list``, ... are internal to
the gold loader and their bare names would shadow builtins.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .gold_model import GoldError, GoldName

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _Ctx:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, item: str, problem: str) -> GoldError:
        return GoldError(f"{self.file}: {item}: {problem}")


def _keys(ctx: _Ctx, item: str, obj: Any, allowed: set[str], required: set[str]) -> dict:
    if not isinstance(obj, dict):
        raise ctx.fail(item, f"expected a mapping, got {type(obj).__name__}")
    unknown = sorted(str(k) for k in obj if k not in allowed and k != "note")
    if unknown:
        raise ctx.fail(item, f"unknown key(s) {', '.join(unknown)}")
    missing = sorted(k for k in required if obj.get(k) is None)
    if missing:
        raise ctx.fail(item, f"missing {', '.join(missing)}")
    return obj


def _name(ctx: _Ctx, item: str, obj: Any) -> GoldName:
    if isinstance(obj, str) and obj.strip():
        return GoldName(obj.strip())
    if isinstance(obj, dict):
        _keys(ctx, item, obj, {"name", "also"}, {"name"})
        name = obj["name"]
        if not isinstance(name, str) or not name.strip():
            raise ctx.fail(item, f"name must be a non-empty string, got {name!r}")
        also = obj.get("also") or []
        if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
            raise ctx.fail(item, f"also must be a list of strings, got {also!r}")
        return GoldName(name.strip(), tuple(a.strip() for a in also))
    raise ctx.fail(item, f"a name must be a string or {{name, also}}, got {obj!r}")


def _names(ctx: _Ctx, item: str, obj: Any) -> tuple[GoldName, ...]:
    if obj is None:
        return ()
    if not isinstance(obj, list):
        raise ctx.fail(item, f"expected a list of names, got {obj!r}")
    return tuple(_name(ctx, f"{item}[{i}]", o) for i, o in enumerate(obj))


def _date(ctx: _Ctx, item: str, obj: Any) -> str | None:
    if obj is None:
        return None
    if isinstance(obj, _dt.datetime):
        obj = obj.date()
    if isinstance(obj, _dt.date):
        return obj.isoformat()
    if isinstance(obj, int) and not isinstance(obj, bool):
        obj = f"{obj:04d}"
    if not isinstance(obj, str) or not _DATE.match(obj):
        raise ctx.fail(item, f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {obj!r}")
    try:
        parts = [int(p) for p in obj.split("-")]
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise ctx.fail(item, f"invalid date {obj!r}: {e}") from None
    return obj


def _int(ctx: _Ctx, item: str, obj: Any) -> int | None:
    if obj is None:
        return None
    if isinstance(obj, bool) or not isinstance(obj, int):
        raise ctx.fail(item, f"expected an integer, got {obj!r}")
    return obj


def _number(ctx: _Ctx, item: str, obj: Any) -> float | None:
    if obj is None:
        return None
    if isinstance(obj, bool) or not isinstance(obj, int | float):
        raise ctx.fail(item, f"expected a number, got {obj!r}")
    return float(obj)


def _choices(
    ctx: _Ctx, item: str, obj: Any, allowed: tuple[str, ...], what: str
) -> tuple[str, ...]:
    if obj is None:
        return ()
    values = obj if isinstance(obj, list) else [obj]
    for v in values:
        if v not in allowed:
            raise ctx.fail(item, f"unknown {what} {v!r} (expected one of {', '.join(allowed)})")
    return tuple(values)


def _optional(ctx: _Ctx, item: str, obj: dict) -> bool:
    v = obj.get("optional", False)
    if not isinstance(v, bool):
        raise ctx.fail(item, f"optional must be true or false, got {v!r}")
    return v


def _list(ctx: _Ctx, item: str, obj: Any) -> list:
    if obj is None:
        return []
    if not isinstance(obj, list):
        raise ctx.fail(item, f"expected a list, got {type(obj).__name__}")
    return obj
