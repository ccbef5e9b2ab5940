"""The year of a wire dateline written without one ("YEREVAN, Sept 20 (X Wire) - …").

Wire datelines give the month and day of filing but no year, and the lead tells the day's
news by its weekday ("… agreed on Wednesday to …").  The year is the one in which the
dateline's month-day falls on that weekday (the *same-day* reading) or on the next day
(the *day-after* reading: a report filed after midnight, or the next morning, tells the
previous day's news).  The years allowed are those from the bound the dates the text writes
with their year give by themselves to the present, which is data
(``resources/ontology/present.yaml``), not the clock, so that the same text always gives the
same date.  That bound is not the reference estimate
(:func:`~silkgraph.segment.published.reference_estimate`): there year-less dates (the
dateline's own among them) and the analysts' convention that a bare year is a past one push
the bound a year on, but in a wire item the dateline is the present and a written year may
be its own ("ALMATY, Jan 6 … since prices doubled in the first days of 2022": 2022).  A
weekday of another week ("on Wednesday last week") is not the day's news; a weekday the
dateline itself writes ("ALMATY, Thursday, Jan 6 -") is the dateline's day.

* Office-holders: a person the text names with the title of an office held now ("Iranian
  President Masoud Pezeshkian") dates it to one of that person's terms
  (:mod:`silkgraph.segment.office_years`, data in resources/reference/office_terms.csv and
  an overlay's, the ``offices`` given: the analysing gazetteer's ``Knowledge.offices``); of
  the dateline's dates in the allowed years, those the most such mentions allow are kept.
  When no allowed year has every office-holder named in office but two or more of them held
  office together in earlier years, those years are tried first: the written bound was a year
  told ahead ("the 2014 withdrawal") and the people named together outweigh it
  (:func:`~silkgraph.segment.office_years.held_by_all`).
* The lead's news weekday is the first in a main clause (not after "after", "who", "that" …
  in its clause: "After talks that began on Friday, the ministers agreed on Monday").
* A date written with its year later in that year than the dateline's day, told with no past
  of its own ("for the election on October 26, 2024"), lies ahead of the news: the
  dateline's day in that year is tried for the same-day reading before the day-after one.
* A weekday the lead tells ahead ("The summit on Thursday is expected to …") is no news; a
  weekday written with its date ("on Friday, January 27") keeps the years it fits
  (:mod:`silkgraph.segment.dateline_told`), with or without a weekday in the lead.
* Reading: the same-day reading, unless the text also names, told in the past in its own
  clause (not "The main business on Thursday is expected to be …", "leaders meet on
  Thursday"; "By Thursday no one had …" is a day reached), the weekday after the lead's ("talks ended on Thursday … the adviser told reporters on Friday": filed
  on Friday); the other reading is tried when the preferred one fits no kept year (and the
  years the office-holders ruled out are tried when neither fits a kept one).  When the
  same-day reading is kept only by default (no next day told, no weekday in the dateline),
  the years the day-before reading would give among the same kept years are named in the
  basis (:mod:`silkgraph.segment.dateline_daybefore`): the text alone cannot tell a Saturday
  item of one year from a Sunday item of the next, and the series step weighs them.
* One year fits: the date itself (``not_before`` = ``not_after``).
* Several fit: the one the text itself points to (:mod:`silkgraph.segment.dateline_recency`:
  "this year"/"last year" with its number, the time counted from a dated event, an
  anniversary counted from a year, or the horizon of three or more past years written), so
  that an archive item keeps its decade; else the latest up to the present (a dateline
  leaves out the year because it is the reader's current one, and the years one weekday
  allows lie five or more apart); the basis names the others.  A sibling wire item of the
  same text dated by its own evidence then fixes the year of an item left undecided
  (:mod:`silkgraph.segment.dateline_series`, run over one text's articles).
* No weekday in the lead and no office-holder: the time the text counts to the dateline's
  day ("nearly four years since August 2021", "the first … in more than four years" after the
  latest dated event, "earlier this year, in February 2024") keeps the years it fits
  (:mod:`silkgraph.segment.dateline_elapsed`), else an anniversary counted from a year or the
  horizon of the past years written (a window of the years from the latest of them,
  :mod:`silkgraph.segment.dateline_recency`); else as below.
* No weekday in the lead: when the office-holders' terms (or the weekdays written with
  their dates) rule out some years, the window from the earliest year left to the latest
  (the publication date is at least that early one); else, when the convention alone
  pushed the estimate past the dateline's day in the latest year written, from that day
  to that day in the latest year up to the present; else the estimate is left as it was.
  So too when no weekday fits.
* A copyright notice in the item's boilerplate ("(c) 2025 X Wire", :mod:`silkgraph.segment.dateline_notice`)
  caps the years (the day falls in the notice's year or an earlier one; a notice older than a
  date the text writes is left out), and of the years the weekday-less evidence leaves (the
  time counted, "this year", the office-holders) the notice's own is taken; a weekday that
  fits only an earlier year keeps that year (the latest fit up to the notice).
* The page's own date line over the item ("X WIRE | World | Tue 16 Jun 2020 18:55 GMT") whose
  date is the dateline's day (or one day off) gives the year before any other evidence
  (:mod:`silkgraph.segment.dateline_header`); it is read back from the dateline's own line,
  since the segmenter may open the item's first section at the date line itself.
* Across texts, an agency's series dates its open items at the store's corpus level
  (:mod:`silkgraph.segment.wire_series`, :mod:`silkgraph.store.wire_series`), which reads the
  dateline's agency with :func:`find_yearless` / :func:`find_dated`.
* A series of wire items in one text: a headline over a dateline opens the next item
  (:func:`opens_wire_item`, used by :func:`~silkgraph.segment.segment`).

The dateline's forms are read in :mod:`silkgraph.segment.dateline_forms`, the lead's news
weekday in :mod:`silkgraph.segment.dateline_lead`, and how the text tells the date written
with its year that bounds the years in :mod:`silkgraph.segment.dateline_written`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import PublishedEstimate, Section
from silkgraph.nlp.dates import WEEKDAYS, TimeExpr
from silkgraph.nlp.sentences import split_text
from silkgraph.resources import load_yaml
from silkgraph.segment.dateline_daybefore import day_before_note
from silkgraph.segment.dateline_elapsed import elapsed_years, fits_elapsed, this_year
from silkgraph.segment.dateline_forms import (
    _HEAD_CHARS,
    find_dated,
    find_yearless,
    opens_wire_item,
    yearless_dateline,
)
from silkgraph.segment.dateline_header import header_year
from silkgraph.segment.dateline_lead import _NOT_AFTER_PREPS, _main_clause_day, _news_weekdays
from silkgraph.segment.dateline_notice import notice_year, pick_notice_year
from silkgraph.segment.dateline_recency import anniversary_or_horizon, pick_fit
from silkgraph.segment.dateline_told import (
    fits_weekday_dates,
    told_ahead,
    told_in_past,
    weekday_dates,
)
from silkgraph.segment.dateline_written import _ahead_of_written, _past_sentence, _told_ahead
from silkgraph.segment.office_years import held_by_all, narrow_by_offices, office_mentions

__all__ = ["yearless_dateline", "dateline_estimate", "opens_wire_item", "find_yearless", "find_dated", "PRESENT"]

_PRESENT = date.fromisoformat(str(load_yaml("ontology/present.yaml")["as_of"]))
PRESENT = _PRESENT  # the present the years run up to (resources/ontology/present.yaml)


def _told_after(text: str, running: list[Section], wd: int) -> TimeExpr | None:
    """The first weekday ``wd`` of the running sections told in the past in its clause
    (:func:`~silkgraph.segment.dateline_told.told_in_past`); each section is split into
    sentences once, and a weekday's sentence is found by bisection."""
    for sec in running:
        days = [te for te in _news_weekdays(text, sec.start, sec.end, _NOT_AFTER_PREPS) if te.offset == wd]
        if not days:
            continue
        sents = split_text(text, sec.start, sec.end)
        starts = [a for a, _b in sents]
        for te in days:
            i = bisect_right(starts, te.start) - 1
            sent = sents[i] if i >= 0 and te.start < sents[i][1] else (sec.start, sec.end)
            if told_in_past(text, sent, te):
                return te
    return None



# the earliest year a year-less dateline is read in when the text gives no lower bound: the
# region's states and the office-terms table (resources/reference/office_terms.csv) begin in 1991
_EARLIEST_YEAR = 1991


def _dated(mon: int, day: int, lo: date | None, hi: date) -> list[date]:
    """The dates of month-day between ``lo`` (else 1991, or thirty years back if earlier) and ``hi``."""
    first = lo.year if lo else min(hi.year - 30, _EARLIEST_YEAR)
    out: list[date] = []
    for y in range(first, hi.year + 1):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue  # February 29
        if (lo is None or d >= lo) and d <= hi:
            out.append(d)
    return out


def dateline_estimate(
    text: str,
    sections: list[Section],
    estimate: PublishedEstimate | None,
    present: date | None = None,
    offices: OfficeTable | None = None,
    written: date | None = None,
) -> PublishedEstimate | None:
    """The publication date of an article opening with a year-less dateline, from the
    office-holders it names (terms of ``offices``, else the package's) and the weekday of its
    lead's news (see module doc); None when these give nothing.  ``written``, when given, is
    the bound the text's dates written with their year give by themselves: the weekday's
    years start there rather than at ``estimate`` (see module doc)."""
    running = [s for s in sections if s.kind not in ("caption", "author_bio", "boilerplate")]
    if not running:
        return None
    first = running[0]
    found = None
    line_at = first.start
    for nl in [first.start, *(
        m.end() for m in re.finditer(r"\n\s*", text[first.start : min(first.end, first.start + _HEAD_CHARS)])
    )]:
        line_at = nl if nl == first.start else first.start + nl
        found = yearless_dateline(text, line_at)
        if found:
            break
    if found is None:
        return None
    mon, day, lead_start, dwd = found
    hi = present or _PRESENT
    # the page's own date line over the item ("X WIRE | World | Tue 16 Jun 2020 18:55 GMT"),
    # read back from the dateline's own line: the header may open the first section itself
    header = header_year(text, line_at, mon, day)
    if header is not None and header[0] <= hi:
        hd, line = header
        return PublishedEstimate(
            not_before=hd.isoformat(), not_after=hd.isoformat(),
            basis=f"year-less dateline {mon:02d}-{day:02d}: the page's date line '{line}' → {hd.isoformat()}",
        )
    lo = date.fromisoformat(estimate.not_before) if estimate else None
    if lo is not None and lo > hi:
        lo = None  # a bound after the present is a target the estimate took for the past
    # the copyright notice's year: the dateline's day falls in it or an earlier year
    notice = notice_year(text, sections)
    notice_cap = ""
    if notice is not None and date(notice, 12, 31) < hi and (lo is None or lo.year <= notice):
        hi, notice_cap = date(notice, 12, 31), f", up to the copyright notice's year (© {notice})"
    elif notice is not None and notice > hi.year:
        notice = None  # a notice after the present: no year of the dateline's
    sents = split_text(text, first.start, first.end)
    lead_end = next((b for a, b in sents if b > lead_start), first.end)
    # a weekday the lead tells ahead ("The summit on Thursday is expected to …") is no news
    lead_days = [te for te in _news_weekdays(text, lead_start, lead_end)
                 if not told_ahead(text, (lead_start, lead_end), te)]
    estimate_lo = lo  # the reference estimate's bound, before ``written`` may lower it
    if written is not None and lo is not None and written < lo:
        # the dateline is the text's present: its year starts at the text's own written
        # years ("the first days of 2022" may be the dateline's year), not at the bound that
        # year-less dates and the "a bare year is past" convention push later
        lo = written
    every = _dated(mon, day, lo, hi)
    # weekdays written with their date ("on Friday, January 27") keep the years they fit
    told = weekday_dates(text, running)
    told_fits = [d for d in every if fits_weekday_dates(d, told)] if told else []
    told_why = ""
    if told_fits and len(told_fits) < len(every):
        every = told_fits
        told_why = ", " + ", ".join(f"'{t[3]}'" for t in told)
    mentions = office_mentions(text, running, offices)
    cands, office_why = narrow_by_offices(every, mentions)
    if mentions and lo is not None and not held_by_all(every, mentions)[0]:
        # no year from the dates written has every office-holder named in office: when several
        # agree on earlier years, the written bound is a year told ahead ("support beyond
        # 2014", "the 2014 withdrawal") and they win (the years from the bound stay the fallback)
        held, held_why = held_by_all(_dated(mon, day, None, lo), mentions)
        if held:
            cands, office_why = held, held_why
    # the dateline's day earlier in the year of the latest date written with its year: that
    # date lies ahead of the news ("opened its campaign on Tuesday for the election on
    # October 26, 2024" under "TBILISI, Oct 1"); tried for the lead's weekday on its own day
    # before the reading that the news came the day before
    ahead = _ahead_of_written(mon, day, lo, written)
    if ahead is not None and not _told_ahead(text, running, lo):  # type: ignore[arg-type]
        ahead = None
    if ahead is not None and office_why and ahead not in narrow_by_offices(sorted([ahead, *every]), mentions)[0]:
        ahead = None
    bound = (f"from {lo.isoformat()} (explicit dates)" if lo else "up to the present (the text names no year)") + told_why
    bound += notice_cap
    if not lead_days and dwd is None:
        if told_why and office_why is None:
            cands, office_why = every, "the weekdays written with their dates fit"
        if office_why is None and every:
            # "nearly four years since August 2021": the time counted to the dateline's day
            body = text[first.start : running[-1].end]
            kept, elapsed_why = fits_elapsed(every, elapsed_years(body, written or lo))
            this_y, this_why = this_year(body)
            if this_y is not None and any(d.year == this_y for d in kept) and len(kept) > 1:
                kept = [d for d in kept if d.year == this_y]
                elapsed_why = ", ".join(w for w in (elapsed_why, f"'{this_why}'") if w)
            if not elapsed_why:  # "the 10th anniversary of the 1999 …", the years written (2005, 2008, 2009)
                kept, elapsed_why = anniversary_or_horizon(kept, body, written or lo)
            if kept:  # of the years left, the copyright notice's own
                kept, notice_why = pick_notice_year(kept, notice)
                elapsed_why = ", ".join(w for w in (elapsed_why, notice_why) if w)
            if elapsed_why:
                return PublishedEstimate(
                    not_before=kept[0].isoformat(), not_after=kept[-1].isoformat(),
                    basis=(f"year-less dateline {mon:02d}-{day:02d}: no weekday in the lead; {bound}, "
                           f"dated by {elapsed_why} → {kept[0].isoformat()}"
                           + (f" to {kept[-1].isoformat()}" if len(kept) > 1 else "")),
                )
        if office_why is None:
            if lo is not None and every and estimate_lo == lo and every[0] > lo:
                # the dateline is the news: not before the latest date the text tells as past
                # (its day that year when that date is told ahead of the news instead)
                if ahead is not None and _past_sentence(text, running, lo):  # type: ignore[arg-type]
                    ahead = None  # "led the list in the June 2021 election": told as past
                first = ahead if ahead is not None else every[0]
                return PublishedEstimate(
                    not_before=first.isoformat(), not_after=every[-1].isoformat(),
                    basis=(f"year-less dateline {mon:02d}-{day:02d}: no weekday in the lead; the news "
                           f"is not older than the dates written ({lo.isoformat()})"
                           + (" but one told ahead of it" if ahead is not None else "")
                           + f" → {first.isoformat()} (at the latest {every[-1].isoformat()})"),
                )
            if (estimate_lo is None or lo is None or estimate_lo == lo or not every
                    or every[0] >= estimate_lo):
                return None
            # nothing dates the dateline's year: from its first day the written dates allow
            return PublishedEstimate(
                not_before=every[0].isoformat(), not_after=every[-1].isoformat(),
                basis=(f"year-less dateline {mon:02d}-{day:02d}: no weekday in the lead; {bound}, "
                       f"the dateline's day may fall in the latest year written → {every[0].isoformat()}"
                       f" (at the latest {every[-1].isoformat()})"),
            )
        # no weekday: the office-holders' terms bound the years from below
        years = ", ".join(str(d.year) for d in cands)
        if cands:  # of the years they allow, the copyright notice's own
            picked, notice_why = pick_notice_year(cands, notice)
            if notice_why:
                return PublishedEstimate(
                    not_before=picked[0].isoformat(), not_after=picked[-1].isoformat(),
                    basis=(f"year-less dateline {mon:02d}-{day:02d}: no weekday in the lead; {years} {bound}, "
                           f"{office_why}: of these, {notice_why} → {picked[0].isoformat()}"),
                )
        basis = (f"year-less dateline {mon:02d}-{day:02d}: no weekday in the lead; {years} {bound}, {office_why}: "
                 + (f"the only such year → {cands[0].isoformat()}" if len(cands) == 1
                    else f"from the earliest → {cands[0].isoformat()} to {cands[-1].isoformat()}"))
        return PublishedEstimate(not_before=cands[0].isoformat(), not_after=cands[-1].isoformat(), basis=basis)
    if dwd is not None:  # "ALMATY, Thursday, Jan 6 -": the dateline's own weekday
        wd, news_text = dwd, f"'{WEEKDAYS[dwd].capitalize()}' in the dateline"
        readings: list[tuple[int, TimeExpr | None]] = [(0, None)]
    else:
        news = _main_clause_day(text, lead_start, lead_days)
        wd, news_text = news.offset, f"'{news.text}' in the lead"
        # the day after the lead's named in the past ("a spokesman said on Thursday", "By
        # Thursday no one had …"): the report was filed that day
        after = _told_after(text, running, (wd + 1) % 7)
        readings = [(1, after), (0, None)] if after is not None else [(0, None), (1, None)]
    fits: list[date] = []
    shift, why = 0, None
    ahead_used = False
    used: list[date] = every
    for pool in ([cands, every] if office_why else [every]):
        for shift, cue in readings:
            fits = [d for d in pool if d.weekday() == (wd + shift) % 7]
            if not fits and shift == 0 and ahead is not None and ahead.weekday() == wd:
                fits, ahead_used = [ahead], True
            if fits:
                why, used = cue, pool
                break
        if fits:
            if office_why and pool is cands:
                bound += f", {office_why}"
            break
    if not fits:
        return None
    # the lead's news told on the dateline's day by default only: the wire convention that a
    # report filed after midnight tells the day before's news fits other years, which the text
    # alone cannot rule out; they are named for the series step (wire_series) to weigh
    alt = [] if (dwd is not None or why is not None or shift or ahead_used) else [
        d for d in used if d.weekday() == (wd + 1) % 7]
    reading = (
        f"{news_text} is the day before the dateline (filed the next day"
        + (f": '{why.text}' is told too)" if why is not None else ")")
        if shift else f"{news_text} is the dateline's day"
    )
    # several years fit: the text's own evidence ("this year, in 2009", "four years after the
    # 2005 accord", "the 10th anniversary of", the years it writes) picks among them
    recency_why = ""
    if len(fits) > 1 and not notice_cap:
        kept, recency_why = pick_fit(fits, text[first.start : running[-1].end], written or lo)
        if recency_why:
            others = ", ".join(str(f.year) for f in fits if f not in kept)
            fits, recency_why = kept, f"; {recency_why} (not {others})"
    d = fits[-1]
    if ahead_used:
        bound = f"in the year of the date written {lo.isoformat()}, which lies ahead of the dateline's day"  # type: ignore[union-attr]
    if recency_why:
        how = f"the year the text points to ({d.year})"
    elif len(fits) == 1:
        how = "the only such year"
    else:
        # a dateline leaves out the year because it is the reader's: of the years the text
        # allows, the latest up to the present
        how = "of " + ", ".join(str(f.year) for f in fits) + ", the latest such year"
    basis = (
        f"year-less dateline {mon:02d}-{day:02d}: {reading}; {how} {bound} in which "
        f"{mon:02d}-{day:02d} is a {WEEKDAYS[d.weekday()].capitalize()}{recency_why}{day_before_note(alt)} → {d.isoformat()}"
    )
    return PublishedEstimate(not_before=d.isoformat(), not_after=d.isoformat(), basis=basis)
