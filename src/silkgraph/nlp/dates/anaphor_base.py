"""The base an anaphoric time counts from when the sentence before wrote several dates.

A month-, week- or day-sized anaphor ("later that month", "the same month", "the next day") names a
point of the narrative told with at least its month.  When the sentence before ends with a year
written alone, told as an aside ("On 14 February 2020 Washington barred the general over abuses
committed in 2009. Later that month …", "approved the treaty, drafted in 2014. That same month …"),
that bare year cannot be the base: the narrative's last date with its month is.  A year-sized anaphor
("later that year", "the same year") counts from a bare year unless that year is told as background
(a participle or relative clause: "the treaty, first drafted in 2014. Later that year …" is the
narrative's year, not 2014).  A day-sized anaphor ("the next day", "a day later", "hours later") counts
from the narrative's last point, never from a date told as background after it ("X met Y on 4 October.
Z, which had offered to host the talks in July, praised the meeting. The next day …": 5 October, not
a day of July): :func:`narrative_base`.
"""

from __future__ import annotations

from collections.abc import Callable

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.narrative import told_as_background

Base = tuple[str, str, int]  # (iso, text, sentence index)

_FINE_UNITS = frozenset({"month", "week", "day", "hour"})
_DAY_UNITS = frozenset({"day", "hour"})


def finer_base(dates: list[TimeExpr], last: Base | None, point: Callable[[TimeExpr], str | None],
               text: str = "") -> tuple[Base, bool] | None:
    """When ``last`` (the base just taken from a sentence: its last point date) is a bare year, the
    last date of the same sentence written with its month, resolved by ``point``, and whether the
    bare year is told as background (:func:`told_as_background` on ``text``, the source text the dates'
    offsets point into); else None."""
    if last is None or len(last[0]) != 4:
        return None
    bare = next((d for d in reversed(dates) if d.text == last[1]), None)
    told_back = bare is not None and bool(text) and told_as_background(text, bare)
    for d in reversed(dates):
        if d.month is None:
            continue
        got = point(d)
        if got and len(got) >= 7:
            return (got, d.text, last[2]), told_back
    return None


def month_base(anaphor: TimeExpr, last: Base, fine: tuple[Base, bool] | None) -> Base:
    """The base ``anaphor`` counts from: the finer date of ``fine`` when ``last`` is a bare year of the
    same sentence and the anaphor is month-, week-, day- or hour-sized, or the bare year is told as
    background ("a treaty first drafted in 2014. Later that year" counts from the narrative's date); else
    ``last``."""
    if fine is None or len(last[0]) != 4 or fine[0][2] != last[2] or fine[0][0][:4] < last[0][:4]:
        return last
    return fine[0] if anaphor.unit in _FINE_UNITS or fine[1] else last


def narrative_point(dates: list[TimeExpr], index: int, prev: Base | None, point: Callable[[TimeExpr], str | None],
                    text: str) -> Base | None:
    """The narrative's last point after a sentence (number ``index``) whose written ``dates`` were
    read: its last point date (resolved by ``point``) not told as background (:func:`told_as_background`
    on ``text``), else ``prev``, the one before."""
    for d in reversed(dates):
        got = point(d)
        if got and not told_as_background(text, d):
            return got, d.text, index
    return prev


def narrative_base(anaphor: TimeExpr, last: Base | None, narrative: Base | None, index: int = -1) -> Base | None:
    """The base a day-sized ``anaphor`` counts from: the narrative's last point (``narrative``) when the
    last date written (``last``) was told as background in an earlier sentence; else ``last``.  A date
    written earlier in the anaphor's own sentence (number ``index``) is its base even when told as
    background: "The truce, which took effect on 10 November 2020, collapsed the next day"; "said a
    crew had arrived on June 16 and that guards approached them two days later"."""
    if anaphor.unit in _DAY_UNITS and last is not None and narrative != last and last[2] != index:
        return narrative
    return last
