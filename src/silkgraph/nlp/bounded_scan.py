"""A pattern's matches in a text found once, answering scans that start or stop inside it.

The events extractor asks, for many spans of one sentence, where the clause around the span
begins and ends (``clause_bounds``): the end of the last boundary of
``BOUNDARY_RE.finditer(text, 0, start)`` and the start of ``BOUNDARY_RE.search(text, end)``.
Each question scanned the sentence again.  :class:`BoundedScan` scans the last text asked
about once (``finditer(text)``) and answers both from those matches, exactly:

- ``search(text, pos)`` tries the positions from ``pos`` on, each attempt the same as the full
  scan's there (``\\b`` and look-behinds see the text before ``pos``).  The full scan tried
  every position except those strictly inside one of its matches; so when none of its matches
  runs across ``pos``, the first of its matches starting at or after ``pos`` is the first
  position from ``pos`` where an attempt succeeds.  When one runs across ``pos``, the plain
  search is run.
- ``finditer(text, 0, endpos)`` makes the same attempts as the full scan wherever an attempt
  reads nothing at or after ``endpos``.  An attempt at ``p`` reads characters before ``p + reach``
  only (``reach``: given by the caller for its pattern, e.g. the longest word of an alternation
  and the ``\\b`` after it), so the two scans agree on every attempt at a position before
  ``t = endpos - reach``: on the full scan's matches starting before ``t`` and on the failures
  between them.  After the last of those (ending at ``e``), or from 0, the cut scan goes on
  from ``max(e, t)`` (the positions between failed in both), and the plain ``finditer`` is
  run from there: only the last few characters are scanned again.

Only non-empty matches are allowed (a pattern with an empty match would move on differently):
the full scan falls back to the plain answers when it meets one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["BoundedScan"]


class BoundedScan:
    """``pattern`` whose every match attempt at ``p`` reads no character at or after ``p + reach``."""

    __slots__ = ("pattern", "reach", "_text", "_starts", "_ends", "_ok")

    def __init__(self, pattern: re.Pattern[str], reach: int) -> None:
        self.pattern = pattern
        self.reach = reach
        self._text: str | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._ok = False

    def _scan(self, text: str) -> bool:
        """The full scan of ``text`` (kept for the next question), False when it cannot be used."""
        if text is not self._text:
            starts: list[int] = []
            ends: list[int] = []
            ok = True
            for m in self.pattern.finditer(text):
                a, b = m.span()
                if a == b:
                    ok = False
                    break
                starts.append(a)
                ends.append(b)
            self._text, self._starts, self._ends, self._ok = text, starts, ends, ok
        return self._ok

    def last_end_before(self, text: str, endpos: int, default: int = 0) -> int:
        """The end of the last match of ``pattern.finditer(text, 0, endpos)``, else ``default``."""
        t = endpos - self.reach
        if t <= 0 or not self._scan(text):
            return _last_end(self.pattern, text, 0, endpos, default)
        k = bisect_left(self._starts, t)  # the full scan's matches starting before t: [0, k)
        e = self._ends[k - 1] if k else default
        return _last_end(self.pattern, text, max(self._ends[k - 1], t) if k else t, endpos, e)

    def first_start_from(self, text: str, pos: int, default: int) -> int:
        """The start of ``pattern.search(text, pos)``, else ``default``."""
        if pos < 0 or not self._scan(text):
            m = self.pattern.search(text, pos)
            return m.start() if m else default
        starts = self._starts
        k = bisect_left(starts, pos)
        if k and self._ends[k - 1] > pos:  # a match of the full scan runs across pos
            m = self.pattern.search(text, pos)
            return m.start() if m else default
        return starts[k] if k < len(starts) else default


def _last_end(pattern: re.Pattern[str], text: str, pos: int, endpos: int, default: int) -> int:
    end = default
    for m in pattern.finditer(text, pos, endpos):
        end = m.end()
    return end
