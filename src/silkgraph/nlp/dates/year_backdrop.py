"""A bare year told in passing does not set the narrative's year.

A year-less date ("on May 12", "in early July") takes the year of the nearest preceding dated
reference (:func:`silkgraph.nlp.dates.anchors.local_anchors`).  When that reference is a year
alone ("bought under a contract signed in 2018", "India joined the SCO in 2017, …", "the ban it
had imposed in 2003"), the year is usually an aside: a record, a purchase, a membership recalled
while the writer tells what happened at the time of writing ("… said on May 12 that …").  A year
alone sets the narrative's year only when the text goes on from it:

- it is the only date of its sentence, not told in the pluperfect or ahead ("due in 2028"), and
  the next sentence opens with a year-less date ("The quarrel flared in 2020. On 8 May …"); the
  paragraph's later year-less dates then go on in that year;
- or the year-less date is told in the year's own sentence ("in 2023, hosting a summit on July 4 of
  that year"; "launched an offensive in 2020, and on 10 November …"): a clause's frame.

Otherwise the year-less date takes no anchor and is placed by the article's reference date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from silkgraph.nlp.dates.find import TimeExpr

# the year told in the pluperfect or ahead: "had listed … in 2003", "due in 2028", "will … by 2030"
_ASIDE_RE = re.compile(r"\b(?:had|’d|'d)\s+(?:\w+\s+)?\w+|\b(?:due|will|would|expected|planned|scheduled)\b", re.I)
# only a preposition, a modifier or an article before the date at its sentence's start
_OPENING_RE = re.compile(r"\s*[\"“‘']?\s*(?:(?:on|in|from|by|during|at|early|late|mid|the)\b[\s-]*){0,3}$", re.I)


def _year_only(t: TimeExpr) -> bool:
    return t.year is not None and t.month is None and t.kind in ("absolute", "partial")


def _sentence_of(bounds: Sequence[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(bounds):
        if s <= pos < e:
            return i
    return -1


def year_sets_narrative(
    text: str, bounds: Sequence[tuple[int, int]], dates: Sequence[TimeExpr], anchor: TimeExpr, te: TimeExpr
) -> bool:
    """Whether the year-only ``anchor`` lends its year to the year-less ``te`` after it.

    ``bounds`` are the article's sentences as (start, end) offsets into ``text``, in order;
    ``dates`` all its written dates in order.  True for any anchor that names a month."""
    if not _year_only(anchor) or te.year is not None or te.month is None:
        return True
    sa, st = _sentence_of(bounds, anchor.start), _sentence_of(bounds, te.start)
    if sa < 0 or st < 0:
        return True
    if sa == st:  # "launched an offensive in 2020, and on 10 November …": the sentence's own frame
        return True
    a0, a1 = bounds[sa]
    if sum(1 for d in dates if a0 <= d.start < a1) != 1 or _ASIDE_RE.search(text, a0, anchor.start):
        return False
    if sa + 1 >= len(bounds):
        return False
    n0, n1 = bounds[sa + 1]
    first = next((d for d in dates if n0 <= d.start < n1), None)
    return (first is not None and first.year is None and first.month is not None
            and _OPENING_RE.fullmatch(text[n0:first.start]) is not None)
