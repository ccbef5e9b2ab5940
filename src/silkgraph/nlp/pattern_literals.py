"""The literal strings a compiled pattern's every match holds, read from its syntax tree.

``literal_prefixes(pattern)`` returns short lower-case strings of which one must begin
every match (``\\b(?:bought|buys)`` → ``{"boug", "buys"}``), or None when it cannot tell;
``literal_needs(pattern)`` strings of which one occurs somewhere in every match.  The
strings are those of :func:`silkgraph.nlp.prefilter.lower_for_gates` text, which the
gates of :mod:`silkgraph.nlp.prefilter` test before they run a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from silkgraph.nlp.literal_cache import SetsCache

try:  # Python ≥ 3.11
    from re import _constants as _sc  # type: ignore[attr-defined]
    from re import _parser as _sp  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    _sc = _sp = None

_MAX_ALTERNATIVES = 256
_UNSET = object()


def literal_prefixes(pattern: re.Pattern[str], n: int = 4) -> frozenset[str] | None:
    """Strings (lower case, at most ``n`` characters) one of which starts every match."""
    return literal_sets(pattern, n)[0]


def literal_needs(pattern: re.Pattern[str], n: int = 4) -> tuple[frozenset[str], ...]:
    """Sets of strings (lower case, at most ``n`` characters) such that every match holds one
    string of each set: the prefixes (``literal_prefixes``), and the strings that start a
    later part of the pattern's top-level sequence (every match holds a match of it) — of
    the part whose strings are longest and fewest.  ``"\\b(?:is|was)\\s+(?:a\\s+)?members?"``
    → ``({"is", "was"}, {"memb"})``; ``()`` when nothing is known."""
    return literal_sets(pattern, n)[1]


LiteralSets = tuple[frozenset[str] | None, tuple[frozenset[str], ...]]


def literal_sets(pattern: re.Pattern[str], n: int = 4) -> LiteralSets:
    """``(literal_prefixes(pattern, n), literal_needs(pattern, n))``, from one reading of the
    pattern (kept on disk between runs: see :mod:`silkgraph.nlp.literal_cache`)."""
    key = (pattern.pattern, pattern.flags, n)
    sets = _SETS.get(key)
    if sets is None:
        sets = _literal_sets(pattern, n)
        _SETS.put(key, sets)
    return sets


_SETS: SetsCache[LiteralSets] = SetsCache(Path(__file__))


def _literal_sets(pattern: re.Pattern[str], n: int) -> LiteralSets:
    if _sp is None:  # pragma: no cover
        return None, ()
    try:
        items = list(_sp.parse(pattern.pattern, pattern.flags))
        elems: list[Any] = [_UNSET] * len(items)  # each element's pairs, worked out once

        def elem(j: int) -> set[tuple[str, bool]] | None:
            if elems[j] is _UNSET:
                elems[j] = _elem(items[j], n)
            return elems[j]  # type: ignore[no-any-return]

        # a tail starting inside a run of literals says less than the one at the run's start
        tails = [_strings(_join((elem(j) for j in range(k, len(items))), n))
                 if k == 0 or items[k - 1][0] is not _sc.LITERAL else None for k in range(len(items))]
    except Exception:  # pragma: no cover - an unexpected syntax tree: no gate
        return None, ()
    first = tails[0] if tails else None
    best: frozenset[str] | None = None
    for t in tails[1:]:
        if t is not None and t != first and (best is None or _rank(t) > _rank(best)):
            best = t
    return first, tuple(t for t in (first, best) if t is not None)


def _strings(pairs: set[tuple[str, bool]] | None) -> frozenset[str] | None:
    out = frozenset(s for s, _complete in pairs or ())
    return out if out and all(_telling(s) for s in out) else None


def _telling(s: str) -> bool:
    """Worth testing for: two characters or more, or one sign ("%", "$", ",")."""
    return len(s) >= 2 or (len(s) == 1 and not s.isalnum() and not s.isspace())


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings, then fewer, say more about a text."""
    return min(map(len, strings)), -len(strings)


def _seq(items: list[tuple[Any, Any]], n: int) -> set[tuple[str, bool]] | None:
    """(prefix, complete) pairs for a sequence: ``complete`` when the sequence's whole
    match is exactly the prefix."""
    return _join((_elem(item, n) for item in items), n)


def _join(elems: Iterable[set[tuple[str, bool]] | None], n: int) -> set[tuple[str, bool]] | None:
    """``_seq`` from the pairs of the sequence's elements (read only as far as needed)."""
    done: set[tuple[str, bool]] = set()
    cur = {""}
    for pairs in elems:
        if pairs is None:
            return None
        nxt: set[str] = set()
        for p in cur:
            for s, complete in pairs:
                t = p + s
                if len(t) >= n:
                    done.add((t[:n], False))
                elif complete:
                    nxt.add(t)
                else:
                    done.add((t, False))
        cur = nxt
        if len(cur) + len(done) > _MAX_ALTERNATIVES:
            return None
        if not cur:
            break
    done.update((p, True) for p in cur)
    return done


# typographic marks and currency signs without case: matched exactly even under
# IGNORECASE, kept by str.lower
_UNCASED_MARKS = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014€£¥")
_MAX_CLASS = 4  # a character class of at most this many literals is read as alternatives


def _folded(c: str) -> str | None:
    """The character ``lower_for_gates`` text holds wherever a pattern's literal ``c`` matched
    (None when that is not one known character)."""
    if c.isascii():
        return c.lower()
    return c if c in _UNCASED_MARKS else None


def _elem(item: tuple[Any, Any], n: int) -> set[tuple[str, bool]] | None:
    op, av = item
    if op is _sc.LITERAL:
        low = _folded(chr(av))
        return {("", False)} if low is None else {(low, True)}
    if op is _sc.IN and len(av) <= _MAX_CLASS and all(o is _sc.LITERAL for o, _v in av):  # "['’]", "[Tt]"
        lows = {_folded(chr(v)) for _o, v in av}
        return {("", False)} if None in lows else {(c, True) for c in lows}  # type: ignore[misc]
    if op in (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT):  # zero width
        return {("", True)}
    if op is _sc.SUBPATTERN:
        return _seq(list(av[-1]), n)
    if op is _sc.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            sub = _seq(list(alt), n)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, getattr(_sc, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        inner = _seq(list(sub), n)
        if inner is None:
            return None
        if lo == 1 and hi == 1:
            return inner
        pairs = {(s, False) for s, _c in inner}
        if lo == 0:
            pairs.add(("", True))
        return pairs
    return {("", False)}
