"""Gated searches over a piece cut from a sentence, and over the text before a position.

Some extractors search a short piece of a sentence (``pattern.search(text[a:b])``, a new string
whose start is a start of text for ``\\b`` and ``^``) or the text before a cue
(``pattern.search(text, 0, end)``) with a pattern that has no literal start the engine can skip
to, so the engine tries the whole pattern at every position.  The gates of
:mod:`silkgraph.nlp.prefilter` give the same answers trying it only where one of its literal
prefixes starts:

- :func:`search_piece` is ``pattern.search(piece)``: ``Gate.first`` on the piece and its own
  lower-cased form (made here, not through ``lower_for_gates``, whose one-text memo holds the
  sentence the other gates are testing; the same refusal of the characters whose case folding
  changes lengths or letters, in which case the plain search runs).
- :func:`search_before` is ``pattern.search(text, 0, end)``: the first of
  ``Gate.finditer_in(text, low, 0, end)`` (``low``: the whole text's ``lower_for_gates`` form),
  whose matches are those of ``pattern.finditer(text, 0, end)``; the first of them is where the
  search stops.

Both are exact for every input: they are the prefilter's equivalences, applied to a piece.
"""

from __future__ import annotations

import re

from silkgraph.nlp.prefilter import _FOLD_SPECIAL, gate_of

__all__ = ["search_before", "search_piece"]


def search_piece(pattern: re.Pattern[str], piece: str) -> re.Match[str] | None:
    """``pattern.search(piece)``, tried only where one of the pattern's prefixes starts."""
    if not piece.isascii() and not _FOLD_SPECIAL.isdisjoint(piece):
        return pattern.search(piece)
    return gate_of(pattern).first(piece, piece.lower())


def search_before(pattern: re.Pattern[str], text: str, low: str | None, end: int) -> re.Match[str] | None:
    """``pattern.search(text, 0, end)`` (``low``: ``lower_for_gates(text)``), tried only where
    one of the pattern's prefixes starts before ``end``."""
    gate = gate_of(pattern)
    if low is None or gate.prefixes is None:  # (no prefix to try from: the plain search)
        return pattern.search(text, 0, end)
    found = gate.finditer_in(text, low, 0, end)
    return found[0] if found else None
