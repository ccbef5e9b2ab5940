"""A deterministic order for the words an alternation is built from."""

from __future__ import annotations

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, ties alphabetical: an alternation of them tries the longest word
    first and is the same pattern in every process (a set's order varies with the hash seed)."""
    return sorted(words, key=lambda w: (-len(w), w))
