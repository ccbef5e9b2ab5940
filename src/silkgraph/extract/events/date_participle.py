"""A perfect participle clause keeps its own time (event dating, :func:`dates.own_date`).

"Pakistan closed the crossing on 3 October, having accused Kabul of sheltering militants in August":
the clause opened by "having" tells an act done before the main clause's, at its own time.  The main
clause's date does not date the act told in the participle clause (the accusation was not made on
3 October), and the participle clause's date does not date the main clause ("X and Y met in Almaty,
having signed a framework in May 2023": the meeting is not of May 2023).  Read here: a date and a
trigger on either side of the opener ", having" / "after having", when the participle clause runs on
(no comma, semicolon or colon) from the opener to the one of the two that lies after it.
"""

from __future__ import annotations

import re

# the opener of a perfect participle clause told after the main clause
PERFECT_PARTICIPLE_RE = re.compile(r"(?:,|\bafter)\s+having\s+", re.I)
# what closes the participle clause
CLAUSE_CLOSE_RE = re.compile(r"[,;:]")


def across_perfect_participle(text: str, trig_start: int, trig_end: int, a: int, b: int) -> bool:
    """Whether the date at ``a``-``b`` and the trigger at ``trig_start``-``trig_end`` (offsets in
    ``text``, one sentence) lie on either side of a perfect participle clause's opener, the later
    of the two inside that clause: one is the main clause's, the other the participle clause's."""
    lo, hi = (b, trig_start) if b <= trig_start else (trig_end, a)
    if lo >= hi:
        return False
    opener = None
    for m in PERFECT_PARTICIPLE_RE.finditer(text, lo, hi):
        opener = m
    return opener is not None and CLAUSE_CLOSE_RE.search(text, opener.end(), hi) is None
