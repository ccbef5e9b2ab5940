"""One-to-one matching of gold items with exported items (greedy, then augmented)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


def assign(
    n_gold: int, n_exp: int, score: Callable[[int, int], tuple[float, ...] | None]
) -> dict[int, int]:
    """One-to-one matching gold index -> export index: greedy best first, then augmented
    to maximum cardinality.  Deterministic."""
    cands: list[tuple[tuple[float, ...], int, int]] = []
    for gi in range(n_gold):
        for ei in range(n_exp):
            s = score(gi, ei)
            if s is not None:
                cands.append((s, gi, ei))
    cands.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    adj: dict[int, list[int]] = {}
    for _, gi, ei in cands:
        adj.setdefault(gi, []).append(ei)
    g2e: dict[int, int] = {}
    e2g: dict[int, int] = {}
    for _, gi, ei in cands:
        if gi not in g2e and ei not in e2g:
            g2e[gi] = ei
            e2g[ei] = gi

    def augment(gi: int, seen: set[int]) -> bool:
        for ei in adj.get(gi, []):
            if ei in seen:
                continue
            seen.add(ei)
            if ei not in e2g or augment(e2g[ei], seen):
                g2e[gi] = ei
                e2g[ei] = gi
                return True
        return False

    for gi in range(n_gold):
        if gi not in g2e and gi in adj:
            augment(gi, set())
    return dict(sorted(g2e.items()))


@dataclass
class Outcome:
    pairs: list[tuple[int, int]]  # (index into required gold, index into exports)
    missed: list[int]  # required gold indices
    spurious: list[int]  # export indices counted as false positives
    dropped: list[int]  # export indices matching optional gold items


def match(
    required: Sequence[Any],
    optional: Sequence[Any],
    exports: Sequence[Any],
    score: Callable[[Any, Any], tuple[float, ...] | None],
    counts_as_fp: Callable[[Any], bool] = lambda e: True,
) -> Outcome:
    g2e = assign(len(required), len(exports), lambda gi, ei: score(required[gi], exports[ei]))
    matched = set(g2e.values())
    spurious, dropped = [], []
    for ei, e in enumerate(exports):
        if ei in matched:
            continue
        if any(score(o, e) is not None for o in optional):
            dropped.append(ei)
        elif counts_as_fp(e):
            spurious.append(ei)
    missed = [gi for gi in range(len(required)) if gi not in g2e]
    return Outcome(sorted(g2e.items()), missed, spurious, dropped)
