"""The knowledge base's optional modules (the SIPRI checks, the reference store): one
attribute looked up when its module imports, and a check's result as plain values for
JSON, so that a missing or broken module does not break the workbench (moved from
analyse/kb.py)."""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any


def _optional(module: str, attr: str) -> Any:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, attr, None)


def _plain(v: Any) -> Any:
    """A check result as a dict (the checks module returns dataclasses)."""
    if hasattr(v, "as_dict"):
        return v.as_dict()
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return dataclasses.asdict(v)
    return v
