"""Clause boundaries within a sentence: where clauses start, and whether two offsets
share one (used by the hit, date, role and draft passes)."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.patterns import STRONG_BOUNDARY_RE, clause_re


def _clause_ids(text: str) -> list[int]:
    """Clause boundaries (sentence offsets), in order."""
    return [m.start() for m in clause_re(text).finditer(text)]


def _same_clause(bounds: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(lo < x < hi for x in bounds)


def _clause_start(text: str, pos: int, boundary: re.Pattern[str] = STRONG_BOUNDARY_RE) -> int:
    return max([0] + [m.end() for m in boundary.finditer(text, 0, pos)])
