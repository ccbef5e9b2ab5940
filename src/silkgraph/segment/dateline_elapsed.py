"""Years of a year-less dateline that the text's elapsed-time phrases allow.

A wire item often counts the time from a dated event to its own day: "nearly four years
since August 2021", "more than two years after the March 2022 accord", "a year after the
2024 ceasefire", "nearly ten years after the Sept. 11, 2001 attacks" (a full date).  Told of the present (the phrase's sentence writes no other year, and the
phrase is not told as a past episode: "In 2019, four years after the 2015 deal, ..." names
another year), the count fixes the dateline's year: the elapsed time from the dated event to
the dateline's day must match the count, hedged by the quantifier ("nearly"/"almost": just
under; "more than"/"over": just over; bare or "about": within a year).  The phrase is gated
on the literal " since " / " after " and " year", so the article is scanned once.  A year
counted back from the present ("in 2013, twelve years ago", "Some eleven years ago, in
2003"; gated on " ago") counts the same way.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.nlp.count_words import count_alt, count_values
from silkgraph.nlp.dates import MONTHS
from silkgraph.segment.structure import MONTH_NAMES

__all__ = ["elapsed_years", "fits_elapsed", "this_year"]

_COUNT = {"a": 1} | count_values(1, 10)  # "a year since", "one" … "ten" (the shared count words)
_AGO_COUNT = _COUNT | {"eleven": 11, "twelve": 12}
# a hedge before a counted number of years: "nearly four years", "more than 3 years"
_HEDGE = r"(?P<hedge>nearly|almost|close to|more than|over|about|some|just over|just under)?\s*"
# the day of a full date counted from ("ten years after the Sept. 11, 2001 attacks"): the
# month's middle still stands for the event, well within a count's slack
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
_COUNTED = r"\b" + _HEDGE + r"(?P<n>a|" + count_alt(1, 10) + r"|\d{1,2})\s+years?"
_ELAPSED = re.compile(
    _COUNTED + r"\s+"
    r"(?P<rel>since|after)\s+(?:the\s+|its\s+|their\s+)?(?:(?:\d{1,2}\s+)?(?P<mon>" + MONTH_NAMES + r")\.?\s+" + _DAY + r")?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
# the event told as a clause, the count's own clause between: "nearly four years in which no
# state had done so since it seized the capital in August 2021", "four years after the
# movement took power in August 2021" (a gap before "after" would be another span: "two
# years of talks after …")
_ELAPSED_CLAUSE = re.compile(
    _COUNTED + r"\b(?:(?P<gap>[^.;:\d]{1,90}?)\s)?\s*"
    r"(?P<rel>since|after)\s+(?P<clause>[^.;:,\d]{1,60}?)\s(?:in|of|on)\s+(?:(?:\d{1,2}\s+)?(?P<mon>" + MONTH_NAMES + r")\.?\s+" + _DAY + r")?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
# "earlier this year, in February 2024", "last year (2024)", "this year's May 2025 vote": the
# year named is the dateline's own (or the one before it)
_THIS_YEAR = re.compile(
    r"\b(?P<which>[Tt]his|[Ll]ast)\s+year(?:[’']s)?\s*(?:,\s*|\(\s*)?(?:in\s+|on\s+)?"
    r"(?:(?:" + MONTH_NAMES + r")\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d{2})\b"
)
# "last month, in May 2016", "earlier this month (on June 3, 2016)": the month named is the
# dateline's own or the one before it, so its year is the dateline's (the next one after a
# December told as "last month")
_THIS_MONTH = re.compile(
    r"\b(?P<which>[Tt]his|[Ll]ast)\s+month(?:[’']s)?\s*(?:,\s*|\(\s*)?(?:in\s+|on\s+)?"
    r"(?P<mon>" + MONTH_NAMES + r")\.?\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d{2})\b"
)
# "for the first time in more than four years", "the first such visit in nearly three years":
# counted from the last time, which the text dates by its latest date written with its year
_FIRST_IN = re.compile(
    r"\bfirst\b[^.;]{0,40}?\bin\s+(?:the\s+(?:past|last)\s+)?"
    + _HEDGE + r"(?P<n>" + count_alt(2, 10) + r"|\d{1,2})\s+years\b",
    re.I,
)
# "in 2013, twelve years ago", "the 2016 closure – nine years ago", "Some eleven years ago, in
# 2014": a year counted back from the present, which is the dateline's year
_AGO_N = _HEDGE + r"(?P<n>" + count_alt(1, 10) + r"|eleven|twelve|\d{1,2})\s+years?\s+ago\b"
_AGO = re.compile(
    r"\b(?:(?P<mon>" + MONTH_NAMES + r")\.?\s+)?(?P<year>(?:19|20)\d{2})\b(?:\s+[a-z]+){0,3}\s*[,–—(-]\s*"
    + _AGO_N
    + r"|\b" + _AGO_N.replace("?P<hedge>", "?P<hedge2>").replace("?P<n>", "?P<n2>")
    + r",?\s+in\s+(?:(?P<mon2>" + MONTH_NAMES + r")\.?\s+)?(?P<year2>(?:19|20)\d{2})\b",
    re.I,
)
_AGO_HEDGE = {"some": "", "about": "", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
              "just under": "nearly", "more than": "more than", "over": "more than", "just over": "more than"}
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SENT_CUT = re.compile(r"[.!?]\s+(?=[A-Z“\"])|\n")


def _sentence(text: str, a: int, b: int) -> str:
    """The sentence of ``text`` around ``text[a:b]`` (cut at a full stop or a line break)."""
    left = max((m.end() for m in _SENT_CUT.finditer(text, max(0, a - 400), a)), default=max(0, a - 400))
    m = _SENT_CUT.search(text, b)
    return text[left : m.start() if m else min(len(text), b + 400)]


def elapsed_years(text: str, anchor: date | None = None) -> list[tuple[str, float, float, str]]:
    """The elapsed-time phrases told of the present: (hedge, count, event's year as a
    fraction: the month's middle or the year's, phrase).  Phrases in a sentence writing
    another year are left out (another episode's count).  ``anchor``, the latest date the
    text writes with its year, dates the last time of "the first … in four years"."""
    if " year" not in text:
        return []
    out: list[tuple[str, float, float, str]] = []
    if anchor is not None and "first" in text:
        for m in _FIRST_IN.finditer(text):
            if _YEAR.search(_sentence(text, m.start(), m.end())):
                continue  # "the first in four years, since 2019": that year's own count
            n_raw = m.group("n").lower()
            n = int(n_raw) if n_raw.isdigit() else _COUNT[n_raw]
            when = anchor.year + ((anchor.month - 0.5) / 12 if (anchor.month, anchor.day) != (1, 1) else 0.5)
            out.append(((m.group("hedge") or "").lower(), float(n), when, m.group(0)[m.group(0).rfind(" in ") + 1 :]))
    if " ago" in text:
        out.extend(_ago_phrases(text))
    if " since " not in text and " after " not in text:
        return out
    direct = list(_ELAPSED.finditer(text))
    starts = {m.start() for m in direct}
    clauses = [m for m in _ELAPSED_CLAUSE.finditer(text)
               if m.start() not in starts and not (m.group("gap") and m.group("rel").lower() == "after")]
    for m in direct + clauses:
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _COUNT[n_raw]
        year = int(m.group("year"))
        sent = _sentence(text, m.start(), m.end())
        if any(y.group(0) != m.group("year") for y in _YEAR.finditer(sent)):
            continue  # "In 2019, four years after the 2015 deal": a past episode's count
        mon = MONTHS.get(m.group("mon").lower().rstrip(".")) if m.group("mon") else None
        when = year + ((mon - 0.5) / 12 if mon else 0.5)
        out.append(((m.group("hedge") or "").lower(), float(n), when, m.group(0).strip()))
    return out


def _ago_phrases(text: str) -> list[tuple[str, float, float, str]]:
    """The years counted back from the present ("in 2013, twelve years ago"), as
    :func:`elapsed_years` gives them; a sentence writing another year is left out."""
    out: list[tuple[str, float, float, str]] = []
    for m in _AGO.finditer(text):
        n_raw = (m.group("n") or m.group("n2")).lower()
        n = int(n_raw) if n_raw.isdigit() else _AGO_COUNT[n_raw]
        year_s = m.group("year") or m.group("year2")
        if any(y.group(0) != year_s for y in _YEAR.finditer(_sentence(text, m.start(), m.end()))):
            continue  # "In 2019 … opened in 2011, eight years ago": another episode's count
        mon_s = m.group("mon") or m.group("mon2")
        mon = MONTHS.get(mon_s.lower().rstrip(".")) if mon_s else None
        when = int(year_s) + ((mon - 0.5) / 12 if mon else 0.5)
        hedge = _AGO_HEDGE.get(((m.group("hedge") or m.group("hedge2") or "").lower()), "")
        out.append((hedge, float(n), when, m.group(0).strip()))
    return out


def _fits(d: date, hedge: str, n: float, when: float, has_month: bool) -> bool:
    """Whether the time from ``when`` to ``d`` matches the count ``n`` hedged by ``hedge``."""
    gap = d.year + (d.timetuple().tm_yday - 0.5) / 366 - when
    slack = 1 / 12 if has_month else 0.5  # a year without a month: its middle, half a year either way
    if hedge in ("nearly", "almost", "close to", "just under"):
        return n - 0.5 - slack < gap <= n + slack
    if hedge in ("more than", "over", "just over"):
        return n - slack <= gap < n + 1 - slack
    return n - 0.5 - slack < gap < n + 0.75 + slack


def fits_elapsed(cands: list[date], phrases: list[tuple[str, float, float, str]]) -> tuple[list[date], str]:
    """The candidates every phrase allows, with the phrases that narrowed them; the
    candidates unchanged (and "") when the phrases allow none or all."""
    kept = cands
    used: list[str] = []
    for hedge, n, when, phrase in phrases:
        has_month = abs(when % 1 - 0.5) > 1e-9
        fit = [d for d in kept if _fits(d, hedge, n, when, has_month)]
        if fit and len(fit) < len(kept):
            kept = fit
            used.append(f"the time counted to the dateline's day '{phrase}'")
    return kept, ", ".join(used)


def this_year(text: str) -> tuple[int | None, str]:
    """The dateline's year a phrase naming "this year" or "last year" with its number fixes
    ("earlier this year, in February 2024": 2024; "last year (2024)": 2025), or "this month" /
    "last month" with its month and year ("last month, in May 2016": 2016), with the phrase;
    (None, "") when there is none or the phrases disagree."""
    years: dict[int, str] = {}
    if "his year" in text or "ast year" in text:
        years = {int(m.group("year")) + (m.group("which").lower() == "last"): m.group(0)
                 for m in _THIS_YEAR.finditer(text)}
    if "his month" in text or "ast month" in text:
        for m in _THIS_MONTH.finditer(text):
            december = MONTHS.get(m.group("mon").lower().rstrip(".")) == 12
            years.setdefault(int(m.group("year")) + (m.group("which").lower() == "last" and december), m.group(0))
    if len(years) != 1:
        return None, ""
    (y, phrase), = years.items()
    return y, phrase
