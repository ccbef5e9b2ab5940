"""What an arms-trade statistic claims, read from its fact's arguments and evidence: the
kind of figure (an import or world-export share, a rank, a change), its period, and the
tolerance a share is compared with, so that the checker knows which SIPRI computation
to make (moved from analyse/checks.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SHARE_TOLERANCE_PP = 2.0  # percentage points
SHARE_TOLERANCE_REL = 0.10  # of the computed value
SHARE_TOLERANCE = "±2 percentage points or ±10 % of the SIPRI value, whichever is larger"

_ORDINALS = {"": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "top": 1}


# -- statistics ------------------------------------------------------------------------

@dataclass
class StatKind:
    check: str  # import_share | world_export_share | world_rank | supplier_rank | change
    rank: int | None = None


_ARMS = re.compile(r"\barms\b|weapon|defen[cs]e|military|supplier|exporter|importer|imports?\b|exports?\b")
_CHANGE = re.compile(r"\b(declin|decreas|increas|rose|risen|rise|fell|fall|grew|grow|drop|jump)")
_RANK = re.compile(r"\b(?:(\w+)[- ])?largest (?:arms |weapons? )?(supplier|exporter|importer|source)")
_WORLD = re.compile(r"\b(global|globally|world|worldwide|international)\b")


def classify_statistic(args: dict[str, Any], evidence: str = "") -> StatKind | None:
    """What kind of arms-trade figure a statistic states, or None when it is not one."""
    measure = str(args.get("measure") or "").lower()
    unit = str(args.get("unit") or "").lower()
    ev = evidence.lower()
    for text in (measure, f"{measure} {ev}"):
        if not _ARMS.search(text):
            continue
        m = _RANK.search(text)
        if m and (unit in ("rank", "ordinal", "position", "") or "largest" in measure):
            word = (m.group(1) or "").lower()
            rank = _ORDINALS.get(word)
            if rank is None and word.rstrip("stndrh").isdigit():
                rank = int(word.rstrip("stndrh"))
            val = args.get("value")
            if unit in ("rank", "ordinal", "position") and isinstance(val, int | float):
                rank = int(val)
            kind = "world_rank" if _WORLD.search(text) or not args.get("scope") else "supplier_rank"
            return StatKind(kind, rank)
        if unit in ("percent", "%", "pct", "percentage"):
            if _CHANGE.search(measure or ev) and "share" not in measure:
                return StatKind("change")
            if re.search(r"\bimports?\b", text):
                return StatKind("import_share")
            if re.search(r"\bexports?\b", text) and _WORLD.search(text):
                return StatKind("world_export_share")
            if re.search(r"\bexports?\b", text):
                return StatKind("import_share") if args.get("scope") else StatKind("change")
    return None


def compare_share(claimed: float, computed: float | None) -> str:
    """consistent | differs for a percentage claim against the computed share."""
    if computed is None:
        return "differs"
    tol = max(SHARE_TOLERANCE_PP, SHARE_TOLERANCE_REL * computed)
    return "consistent" if abs(claimed - computed) <= tol else "differs"


def _period(args: dict[str, Any]) -> tuple[int, int] | None:
    p = args.get("period")
    if isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(x, int | float | str) for x in p):
        try:
            y1, y2 = int(p[0]), int(p[1])
        except (TypeError, ValueError):
            return None
        return (min(y1, y2), max(y1, y2))
    if isinstance(p, int | str) and str(p).isdigit():
        return int(p), int(p)
    return None
