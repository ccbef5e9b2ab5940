"""Clause boundaries within a sentence: where clauses start, and whether two offsets
share one (used by the hit, date, role and draft passes).

A relative clause or "including" aside that lists what a deal noun holds is no boundary:
in "X delivered a package that included S, T and U" (or "a contract, which covered S", "a
consignment including S") the goods are the governing verb's, told through the deal noun
(``deal_contents``)."""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.transfers.deal_contents import CONTENT_GATES, contents_boundary
from silkgraph.extract.transfers.patterns import STRONG_BOUNDARY_RE, clause_re


def _clause_ids(text: str) -> list[int]:
    """Clause boundaries (sentence offsets), in order."""
    return list(_bounds(text))


@lru_cache(maxsize=64)
def _bounds(text: str) -> tuple[int, ...]:
    """The boundaries of ``text`` (several passes ask for the same sentence's)."""
    if any(g in text for g in CONTENT_GATES):
        return tuple(m.start() for m in clause_re(text).finditer(text) if not contents_boundary(text, m.start()))
    return tuple(m.start() for m in clause_re(text).finditer(text))


def _same_clause(bounds: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(lo < x < hi for x in bounds)


def _clause_start(text: str, pos: int, boundary: re.Pattern[str] = STRONG_BOUNDARY_RE) -> int:
    return max([0] + [m.end() for m in boundary.finditer(text, 0, pos)])
