"""Segmentation inputs: the exported articles of the gold's text, the text itself and
the whitespace/quote normalisation of article heads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)


def ws(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def _source_path(source: Any) -> str:
    s = str(source or "")
    return s[7:] if s.startswith("file://") else s


def _resolves_to(source: Any, text: Path) -> bool:
    s = _source_path(source)
    if not s:
        return False
    try:
        p = Path(s)
        return p.exists() and p.resolve() == text.resolve()
    except (OSError, ValueError):
        return False


def _same_basename(source: Any, text: Path) -> bool:
    s = _source_path(source)
    return bool(s) and re.split(r"[\\/]", s.rstrip("/\\"))[-1] == text.name


def source_articles(recs: list[dict], text: Path) -> list[dict]:
    """Exported articles of the gold's text: by resolved path; by basename only when no
    source resolves to the file (an export made elsewhere, or from a copy)."""
    arts = [r for r in recs if r.get("kind") == "article"]
    found = [r for r in arts if _resolves_to(r.get("source"), text)]
    if not found:
        found = [r for r in arts if _same_basename(r.get("source"), text)]
    return sorted(found, key=lambda r: (int(r.get("start") or 0), str(r.get("id") or "")))


def read_text(path: Path) -> str | None:
    """The gold text as silkgraph reads it, so export offsets point into it.

    For plain text this is the file's text with normalised newlines; for HTML it is the
    article text the reader extracts (what export offsets refer to).
    """
    try:
        from silkgraph.read import ReadError, read_file

        try:
            return read_file(path).text
        except ReadError:
            return None
    except ImportError:  # pragma: no cover - scorer used on its own
        try:
            return path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except (OSError, UnicodeDecodeError):
            return None
