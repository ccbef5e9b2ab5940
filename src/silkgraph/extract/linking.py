"""Link the same arms deal told by several articles.

Two ``arms_transfer`` facts from different articles are the same deal when they have the
same supplier, recipient and system, and their years and quantities do not contradict
each other (a missing value contradicts nothing; years may differ by one, the time
between an order and its delivery being often reported as the deal's date).  Facts
are bucketed by key first, so the work is linear in the number of transfers plus the
pairs inside each bucket.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any, Protocol

YEAR_SLACK = 1


class _Store(Protocol):
    def fact_rows(self, ftype: str) -> list[tuple[str, str, str]]: ...

    def link_facts_many(self, pairs: list[tuple[str, str]], kind: str) -> int: ...


def _year(date: Any) -> int | None:
    m = re.match(r"^(\d{4})", str(date or ""))
    return int(m.group(1)) if m else None


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Years within ``YEAR_SLACK`` and equal quantities, when both are stated."""
    return _agree(_year(a.get("date")), a.get("quantity"), _year(b.get("date")), b.get("quantity"))


def _agree(ya: int | None, qa: Any, yb: int | None, qb: Any) -> bool:
    if ya is not None and yb is not None and abs(ya - yb) > YEAR_SLACK:
        return False
    return qa is None or qb is None or qa == qb


# one bucketed transfer: (fact id, article id, year or None, quantity or None)
_Transfer = tuple[str, str, int | None, Any]


def _buckets(rows: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[_Transfer]]:
    """Transfers by (supplier, recipient, system), each with its year and quantity read
    once here rather than at every comparison."""
    out: dict[tuple[str, str, str], list[_Transfer]] = defaultdict(list)
    for fid, article, raw in rows:
        try:
            args = json.loads(raw)
        except (TypeError, ValueError):
            continue
        key = (args.get("supplier"), args.get("recipient"), args.get("system"))
        if all(isinstance(k, str) and k for k in key):
            out[key].append((fid, article, _year(args.get("date")), args.get("quantity")))  # type: ignore[index]
    return out


def same_deal_pairs(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(fact id, fact id) pairs, smaller id first, for rows of (id, article id, args JSON)."""
    pairs: list[tuple[str, str]] = []
    for facts in _buckets(rows).values():
        facts.sort(key=lambda f: f[0])
        for i, (fa, arta, ya, qa) in enumerate(facts):
            for fb, artb, yb, qb in facts[i + 1:]:
                if arta != artb and _agree(ya, qa, yb, qb):
                    pairs.append((fa, fb))
    return pairs


def link_same_deals(store: _Store) -> int:
    """Link arms transfers of different articles that tell the same deal; the number of links."""
    pairs = same_deal_pairs(store.fact_rows("arms_transfer"))
    store.link_facts_many(pairs, "same_deal")
    return len(pairs)
