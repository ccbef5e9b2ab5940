"""Whether a short pattern occurs in a stretch of a sentence, for many stretches of one sentence.

``own_date`` asks, for each date of a sentence, whether a clause boundary
(``HARD_BOUNDARY_RE``) or a relative pronoun (``REL_AFTER_RE``, ``ONSET_REL_RE``) lies between the date and
the event's trigger.  A search per date over that gap is quadratic in a long sentence
full of dates ("struck X this morning, tonight, over the weekend, …").  Here the
places where the pattern matches are found once per sentence and each gap is answered
by bisection, with the same answer as ``pattern.search(text, lo, end)``.

Why the answer is the same: ``search(text, lo, end)`` sees the text as if it ended at
``end``.  A match whose characters (and look-ahead) all lie before ``end`` is found
alike in the whole text; only a match reaching ``end`` can differ.  A match of these
patterns holds few characters other than blanks and digits (the runs ``\\s+``, ``\\d+``
may be long): fewer than ``REACH``.  So a match starting before the ``REACH``-th such
character back from ``end`` is one of the whole text's, and from there on the pattern
itself is searched, over a stretch a few words long.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# more characters other than blanks and digits than any match of a pattern used here holds,
# with its look-ahead (HARD_BOUNDARY_RE: at most 33, ", whereas a fortnight earlier"+1;
# REL_AFTER_RE: 6; ONSET_REL_RE: 17, "which had broke out"+1)
REACH = 64
_COUNTED_RE = re.compile(r"[^\s\d]")
_DIRECT = 4 * REACH  # a gap shorter than this is searched directly (no index is built)


@lru_cache(maxsize=4)
def _counted(text: str) -> list[int]:
    """Offsets of the characters of ``text`` other than blanks and digits."""
    return [m.start() for m in _COUNTED_RE.finditer(text)]


@lru_cache(maxsize=8)
def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every offset at which ``pattern`` matches in the whole of ``text`` (overlapping
    matches included: ", whereas" holds a match at the comma and one at "whereas")."""
    out: list[int] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def occurs(pattern: re.Pattern[str], text: str, lo: int, end: int) -> bool:
    """As ``pattern.search(text, lo, end) is not None``, for a pattern whose matches hold
    fewer than :data:`REACH` characters other than blanks and digits, in time that does
    not grow with ``end - lo``."""
    end = min(end, len(text))
    if end - lo <= _DIRECT:
        return pattern.search(text, lo, end) is not None
    counted = _counted(text)
    k = bisect_left(counted, end) - REACH
    q = counted[k] if k >= 0 else 0  # matches starting before ``q`` end (with look-ahead) before ``end``
    if lo < q:
        starts = _starts(pattern, text)
        i = bisect_left(starts, lo)
        if i < len(starts) and starts[i] < q:
            return True
    return pattern.search(text, max(lo, q), end) is not None
