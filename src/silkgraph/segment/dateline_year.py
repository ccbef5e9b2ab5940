"""The year of a wire dateline written without one ("YEREVAN, Sept 20 (X Wire) - …").

Wire datelines give the month and day of filing but no year, and the lead tells the day's
news by its weekday ("… agreed on Wednesday to …").  The year is the one in which the
dateline's month-day falls on that weekday (the *same-day* reading) or on the next day
(the *day-after* reading: a report filed after midnight, or the next morning, tells the
previous day's news).  The years allowed are those from the estimate the text's explicit
dates give (:func:`~silkgraph.segment.published.reference_estimate`, a lower bound) to the
present, which is data (``resources/ontology/present.yaml``), not the clock, so that the same
text always gives the same date.

* Reading: the same-day reading, unless the text also names, told in the past, the weekday
  after the lead's ("talks ended on Thursday … the adviser told reporters on Friday": filed
  on Friday); the other reading is tried when the preferred one fits no allowed year.
* One year fits: the date itself (``not_before`` = ``not_after``).
* Several fit between the text's lower bound and the present: the window from the earliest
  to the latest (the evidence is ambiguous; no day is picked).
* The text names no year that bounds it: the latest fitting year up to the present (a
  dateline leaves out the year because it is the reader's current one); so too when the
  estimate's bound lies after the present (a target read as past).
* No weekday in the lead, or none fits: the estimate is left as it was.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.model import PublishedEstimate, Section
from silkgraph.nlp.dates import MONTHS, WEEKDAYS, TimeExpr, find_dates
from silkgraph.nlp.sentences import split_text
from silkgraph.resources import load_yaml

__all__ = ["yearless_dateline", "dateline_estimate"]

_MON = "|".join(sorted((k.capitalize() for k in MONTHS), key=len, reverse=True))
# "YEREVAN, Sept 20 (Caucasus Wire) - ", "GORIS, Armenia, Sept 29 (X) – ", "NEW DELHI, December 2 — "
# (the place in capitals, as wire datelines write it; no year after the day)
_YEARLESS = re.compile(
    r"(?P<place>[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+){0,3}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?),\s*"
    r"(?P<mon>" + _MON + r")\.?\s+(?P<day>\d{1,2})(?![\d,]*\s*\d{4})\s*"
    r"(?:\((?P<agency>[^)]{1,40})\)\s*)?(?:[—–-]{1,2}|:)\s+"
)
# a weekday introduced by these does not date the day's news ("since Sunday", "by Friday",
# "last Monday": a week before)
_NOT_NEWS_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through",
                             "last", "next"})
_PRESENT = date.fromisoformat(str(load_yaml("ontology/present.yaml")["as_of"]))
_HEAD_CHARS = 400  # the dateline opens the article's first section (a heading may precede it)


def yearless_dateline(text: str, start: int) -> tuple[int, int, int] | None:
    """(month, day, end offset) of a dateline without a year at ``start`` (or on the first
    line there), else None."""
    m = _YEARLESS.match(text, start)
    if m is None:
        return None
    mon = MONTHS.get(m.group("mon").lower().rstrip("."))
    day = int(m.group("day"))
    if not mon or not 1 <= day <= 31:
        return None
    return mon, day, m.end()


def _news_weekdays(text: str, a: int, b: int) -> list[TimeExpr]:
    """The weekdays told in the past in ``text[a:b]`` ("on Thursday", not "will meet on
    Thursday" nor "since Sunday")."""
    return [
        te for te in find_dates(text[a:b], a)
        if te.unit == "weekday" and not te.future and te.prep not in _NOT_NEWS_PREPS
    ]


def _fits(mon: int, day: int, weekday: int, lo: date | None, hi: date) -> list[date]:
    """The dates of month-day falling on ``weekday`` between ``lo`` and ``hi``."""
    first = lo.year if lo else hi.year - 30
    out: list[date] = []
    for y in range(first, hi.year + 1):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue  # February 29
        if d.weekday() == weekday and (lo is None or d >= lo) and d <= hi:
            out.append(d)
    return out


def dateline_estimate(
    text: str,
    sections: list[Section],
    estimate: PublishedEstimate | None,
    present: date | None = None,
) -> PublishedEstimate | None:
    """The publication date of an article opening with a year-less dateline, from the
    weekday of its lead's news (see module doc); None when this gives nothing."""
    running = [s for s in sections if s.kind not in ("caption", "author_bio", "boilerplate")]
    if not running:
        return None
    first = running[0]
    found = None
    for nl in [first.start, *(
        m.end() for m in re.finditer(r"\n\s*", text[first.start : min(first.end, first.start + _HEAD_CHARS)])
    )]:
        found = yearless_dateline(text, nl if nl == first.start else first.start + nl)
        if found:
            break
    if found is None:
        return None
    mon, day, lead_start = found
    sents = split_text(text, first.start, first.end)
    lead_end = next((b for a, b in sents if b > lead_start), first.end)
    lead_days = _news_weekdays(text, lead_start, lead_end)
    if not lead_days:
        return None
    news = lead_days[0]
    wd = news.offset
    hi = present or _PRESENT
    lo = date.fromisoformat(estimate.not_before) if estimate else None
    if lo is not None and lo > hi:
        lo = None  # a bound after the present is a target the estimate took for the past
    # the day after the lead's named in the past: the report was filed that day
    after = [
        te for s in running for te in _news_weekdays(text, s.start, s.end)
        if te.offset == (wd + 1) % 7
    ]
    readings = [(1, after[0]), (0, None)] if after else [(0, None), (1, None)]
    fits: list[date] = []
    shift, why = 0, None
    for shift, cue in readings:
        fits = _fits(mon, day, (wd + shift) % 7, lo, hi)
        if fits:
            why = cue
            break
    if not fits:
        return None
    days = WEEKDAYS[(wd + shift) % 7].capitalize()
    reading = (
        f"'{news.text}' in the lead is the day before the dateline (filed the next day"
        + (f": '{why.text}' is told too)" if why is not None else ")")
        if shift else f"'{news.text}' in the lead is the dateline's day"
    )
    bound = f"from {lo.isoformat()} (explicit dates)" if lo else "up to the present (the text names no year)"
    if len(fits) == 1 or lo is None:
        d = fits[-1]
        how = "the only such year" if len(fits) == 1 else "the latest such year"
        basis = (
            f"year-less dateline {mon:02d}-{day:02d}: {reading}; {how} {bound} in which "
            f"{mon:02d}-{day:02d} is a {WEEKDAYS[d.weekday()].capitalize()} → {d.isoformat()}"
        )
        return PublishedEstimate(not_before=d.isoformat(), not_after=d.isoformat(), basis=basis)
    years = ", ".join(str(d.year) for d in fits)
    basis = (
        f"year-less dateline {mon:02d}-{day:02d}: {reading}; it is a {days} in {years} {bound}: "
        "window kept (ambiguous)"
    )
    return PublishedEstimate(not_before=fits[0].isoformat(), not_after=fits[-1].isoformat(), basis=basis)
