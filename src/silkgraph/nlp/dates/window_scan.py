"""The date patterns' matches in a scan window, tried only where a match can begin.

:func:`silkgraph.nlp.dates.find.find_dates` runs each pattern its window's triggers call for
over the window (``pattern.finditer(text, ws, endpos)``, keeping the matches that start
before ``we``).  None of the patterns has a literal prefix the engine could skip to (most
begin with an optional preposition), so the engine tries every position of the window, and
these scans are most of the cost of finding dates (and of segmenting, which finds the dates
of every sentence first).  Here each pattern is tried only at the positions where one of
its literal prefixes starts (:class:`silkgraph.nlp.prefilter.Gate`: every match of the
pattern starts with one of them, in the ``lower_for_gates`` text), found once per sentence
with one Aho-Corasick scan of all the patterns' prefixes.

Why it is exact: ``finditer`` tries the positions from ``ws`` on, one after another, and
after a match goes on at its end; a position where no prefix starts cannot begin a match
(the attempt there fails), so trying only the prefix positions, from ``ws``, skipping those
inside the last match, in order, finds the same matches.  ``pattern.match(text, i, endpos)``
is the engine's own attempt at ``i`` (``\\b`` and look-behinds see the text before ``i``,
look-aheads stop at ``endpos``, ``^`` only matches at the real start in both).  An empty
match (none of the patterns has one, but ``finditer`` would then move on differently) and a
text ``lower_for_gates`` refuses take the plain scan.

The day-first pattern ("dmy") has no prefix of four letters (its day is a digit): a match
starts with its optional preposition or with the day, an ASCII digit, so it is tried where
a preposition's prefix or a digit starts (checked when the module is loaded: its source
must begin with the preposition and the day, else it takes the plain scan).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import ahocorasick

from silkgraph.nlp.dates.patterns import _DAY, _PREP, PATTERNS
from silkgraph.nlp.prefilter import Gate

__all__ = ["WindowScan"]

_DIGITS = "0123456789"


@cache
def _starts_of() -> tuple[tuple[frozenset[str] | None, bool], ...]:
    """Per pattern of ``PATTERNS``: the strings one of which starts every match (None: no
    such set, the plain scan) and whether an ASCII digit may start one as well."""
    out: list[tuple[frozenset[str] | None, bool]] = []
    prep = Gate(re.compile(_PREP[: -1])).prefixes  # the preposition, not optional
    same: dict[frozenset[str], frozenset[str]] = {}  # (equal sets as one object)
    for kind, pat in PATTERNS:
        prefixes = Gate(pat).prefixes
        if prefixes is not None:
            out.append((same.setdefault(prefixes, prefixes), False))
        elif kind == "dmy" and prep is not None and pat.pattern.startswith(_PREP + r"\b(?P<d>" + _DAY + ")") \
                and _DAY == r"(?:[12]\d|3[01]|0?[1-9])" and not pat.flags & re.IGNORECASE:
            out.append((prep, True))  # the preposition, or the day's first digit
        else:
            out.append((None, False))
    return tuple(out)


@cache
def _automaton() -> Any:
    a = ahocorasick.Automaton()
    for p in sorted(frozenset().union(*(s for s, _d in _starts_of() if s is not None))):
        a.add_word(p, p)
    a.make_automaton()
    return a


class WindowScan:
    """The candidate starts of each date pattern in one scan window (worked out on first use):
    ``text[ws:endpos]``, whose ``lower_for_gates`` form is ``wlow`` (None: the plain scans)."""

    __slots__ = ("text", "ws", "we", "endpos", "_low", "_hits", "_by_set")

    def __init__(self, text: str, ws: int, we: int, endpos: int, wlow: str | None) -> None:
        self.text, self.ws, self.we, self.endpos = text, ws, we, endpos
        self._low = wlow
        self._hits: list[tuple[int, str]] | None = None  # (start, prefix) before ``we``, in order
        # the candidates of each prefix set (equal sets are one object, see ``_starts_of``)
        self._by_set: dict[tuple[int, bool], list[int]] = {}

    def _candidates(self, prio: int) -> list[int] | None:
        """Where in ``[ws, we)`` a match of ``PATTERNS[prio]`` may start, in order (None: anywhere).
        A match found in the window lies in it, its prefix too, so the scan of the window's
        lower-cased text finds that prefix."""
        prefixes, digits = _starts_of()[prio]
        low = self._low
        if prefixes is None or low is None:
            return None
        ws, we = self.ws, self.we
        hits = self._hits
        if hits is None:  # (the window's prefixes, by start: one scan for all the patterns)
            hits = self._hits = sorted(
                (i, p) for i, p in ((ws + end - len(p) + 1, p) for end, p in _automaton().iter(low)) if i < we)
        key = (id(prefixes), digits)
        got = self._by_set.get(key)
        if got is None:
            got = list(dict.fromkeys([i for i, p in hits if p in prefixes]))
            if digits:
                got = sorted(set(got).union(ws + i for i, c in enumerate(low[: max(0, we - ws)]) if c in _DIGITS))
            self._by_set[key] = got
        return got

    def finditer(self, prio: int) -> list[re.Match[str]]:
        """The matches of ``PATTERNS[prio]``'s ``finditer(text, ws, endpos)`` that start
        before ``we`` (see the module doc)."""
        pat = PATTERNS[prio][1]
        cands = self._candidates(prio)
        text, ws, we, endpos = self.text, self.ws, self.we, self.endpos
        if cands is not None:
            match = pat.match
            out: list[re.Match[str]] = []
            end = ws
            for i in cands:
                if i >= end:
                    m = match(text, i, endpos)
                    if m is not None:
                        end = m.end()
                        if end == i:
                            break  # (an empty match: the plain scan)
                        out.append(m)
            else:
                return out
        found = []
        for m in pat.finditer(text, ws, endpos):
            if m.start() >= we:
                break
            found.append(m)
        return found
