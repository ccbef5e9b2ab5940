"""Evaluation: gold files, the scorer and the floors gate.

* :func:`load_gold` reads and validates a gold YAML file (``GoldError`` names file and item);
* :func:`score` compares parsed JSON Lines export records with a gold file -> :class:`Report`;
* :func:`check_gate` checks reports against ``eval/floors.yaml``.

The gate names are imported lazily so ``python -m silkgraph.evaluate.gate`` runs cleanly.
"""

from __future__ import annotations

from typing import Any

from .gold import Gold, GoldError, GoldName, load_gold, normalize_name
from .score import Report, score

_GATE_NAMES = (
    "FloorsError",
    "GateResult",
    "check_gate",
    "load_floors",
    "lowered_floors",
    "run_gate",
)


def __getattr__(name: str) -> Any:
    if name in _GATE_NAMES:
        from . import gate as _gate

        return getattr(_gate, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FloorsError",
    "GateResult",
    "Gold",
    "GoldError",
    "GoldName",
    "Report",
    "check_gate",
    "load_floors",
    "load_gold",
    "lowered_floors",
    "normalize_name",
    "run_gate",
    "score",
]
