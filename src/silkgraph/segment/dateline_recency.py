"""Which of several years a year-less dateline's weekday allows the text itself points to.

A wire dateline leaves out the year, and the weekday of the lead's news fits one year in five
or six (sometimes eleven).  Taking the latest such year up to the present is right for
today's news and wrong for an archive item: every relative date of the item ("on Tuesday",
"last week") then lands in the wrong decade.  A careful reader dates the item by what it
writes, and so does :func:`pick_fit`, in this order (the first that keeps some of the
fitting years and drops others decides):

1. "this year" / "last year" with its number ("earlier this year, in March 2009": 2009;
   "last year (2008)": 2009) — :func:`~silkgraph.segment.dateline_elapsed.this_year`;
2. time counted to the dateline's day ("four years after the 2005 accord", "nearly two
   years since March 2007") — :func:`~silkgraph.segment.dateline_elapsed.elapsed_years`;
3. an anniversary counted from a year ("the 10th anniversary of the 1999 bombings",
   "marking 15 years since ..." is case 2): the dateline's year is that year plus the count;
4. the horizon of the years the text writes as past: a wire item that writes three or more
   distinct past years (2005, 2008, "since 2009") tells its background up to its own time,
   so the first fitting year from the latest of them to ``_HORIZON`` years on is taken (a
   fitting year later than that is kept only when the window holds none).  One or two old
   years ("under the 1997 treaty", "in the 2008 war") are no horizon: a present-day item
   often names one or two; that is why three distinct years are asked for.

The years the text writes are read from the running text once (a literal-free regex over
the body, linear); only years up to the latest date the text writes with its year as past
(``written``, from :func:`~silkgraph.segment.published.estimate_and_written`, which leaves
out targets and scheduled dates) count.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.segment.dateline_elapsed import elapsed_years, fits_elapsed, this_year

__all__ = ["pick_fit", "anniversary_or_horizon", "anniversaries", "written_horizon"]

_HORIZON = 3  # years after the latest year written within which an archive item's own lies
_MIN_YEARS = 3  # distinct past years written before they are read as the item's horizon
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
              "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
# "the 10th anniversary of the 1999 bombings", "the twentieth anniversary of its May 1992 founding"
_ANNIV = re.compile(
    r"\b(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + "|".join(sorted(_ORD_WORDS, key=len, reverse=True)) + r"))"
    r"\s+anniversary\s+of\s+(?P<what>[^.;:\d]{0,60}?)(?P<year>(?:19|20)\d{2})\b",
    re.I,
)


def anniversaries(text: str) -> list[tuple[int, str]]:
    """(dateline's year, phrase) of each anniversary the text counts from a year ("the 10th
    anniversary of the 1999 bombings": 2009).  Gated on the literal "anniversary"."""
    if "anniversary" not in text:
        return []
    out: list[tuple[int, str]] = []
    for m in _ANNIV.finditer(text):
        n = int(m.group("n")) if m.group("n") else _ORD_WORDS[m.group("w").lower()]
        out.append((int(m.group("year")) + n, m.group(0)))
    return out


def written_horizon(text: str, written: date | None) -> int | None:
    """The latest past year the text writes when it writes at least ``_MIN_YEARS`` distinct
    ones up to ``written`` (the latest date it writes with its year as past), else None."""
    if written is None:
        return None
    years = {int(y) for y in _YEAR.findall(text)}
    past = {y for y in years if y <= written.year}
    return max(past) if len(past) >= _MIN_YEARS else None


def pick_fit(fits: list[date], body: str, written: date | None) -> tuple[list[date], str]:
    """Of ``fits`` (the dateline's dates the weekday allows, in order), those the text's own
    evidence keeps (see module doc), with the evidence; ``fits`` and "" when none decides."""
    if len(fits) < 2:
        return fits, ""
    this_y, this_why = this_year(body)
    if this_y is not None:
        kept = [d for d in fits if d.year == this_y]
        if kept and len(kept) < len(fits):
            return kept, f"'{this_why}'"
    kept, why = fits_elapsed(fits, elapsed_years(body, written))
    if why:
        return kept, why
    return anniversary_or_horizon(fits, body, written)


def anniversary_or_horizon(cands: list[date], body: str, written: date | None) -> tuple[list[date], str]:
    """Of ``cands``, those an anniversary counted from a year keeps, else those in the
    horizon of the years the text writes as past (rules 3 and 4 of the module doc), with the
    evidence; ``cands`` and "" when neither keeps some and drops others."""
    found = anniversaries(body)
    if len({y for y, _p in found}) == 1:
        kept = [d for d in cands if d.year == found[0][0]]
        if kept and len(kept) < len(cands):
            return kept, f"the anniversary counted '{found[0][1]}'"
    top = written_horizon(body, written)
    if top is not None:
        kept = [d for d in cands if top <= d.year <= top + _HORIZON]
        if kept and len(kept) < len(cands):
            return kept, f"the years the text writes as past reach {top}"
    return cands, ""
