"""An act done "overnight", told with the day of its report, happened the day before.

"Officials said on Sunday that forces had attacked border posts overnight": the day written is the
saying's, the morning after; the night the act filled began the day before, which dates it.
Read only when the event's own clause writes "overnight" (after its trigger, or right before it in
the same clause) and the date chosen for the event is the day of a saying verb written before the
trigger ("said on Sunday that …"); a day tied to the night ("overnight on Saturday", "overnight into
Sunday") is the act's own and left alone.  A dateline's day alone ("TBILISI, Nov 29 – Police fired
tear gas overnight") is not moved: news reports date such a night to the day they are filed as often
as to the day before.  A weekday written right after "overnight" ("attacked border posts overnight Saturday")
names the night's day: the act takes that day (the latest such weekday up to the saying's day).  An
"overnight" inside a relative clause or an aside ("Pakistan, which has shelled its villages overnight for
weeks, attacked …") is that clause's, and a habit ("overnight for weeks") is no one night: neither moves
the date.
"""

from __future__ import annotations

import re
from datetime import date as _date
from datetime import timedelta

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.extract.events.report_relative import SAID_BEFORE_DAY_RE
from silkgraph.nlp.dates import shift

OVERNIGHT = "overnight"
# "overnight" in the clause of the trigger; a day tied to it ("overnight on Saturday") is the act's own
OVERNIGHT_RE = re.compile(r"\bovernight\b(?!\s+(?:on|into|to|from|between|of|before|after)\b)(?![\w\-])"
                          r"(?!\s+for\s+(?:\w+\s+)?(?:days|nights|weeks|months|years)\b)", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the weekday naming the night ("overnight Saturday", "overnight Saturday into Sunday")
NIGHT_DAY_RE = re.compile(r"\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)
# a relative clause or aside opened between the saying's day and "overnight": the night is that clause's
ASIDE_OPEN_RE = re.compile(r",\s+(?:which|who|whose|whom|where|when)\b|\(")
# the clause the trigger stands in ends at the next clause boundary
CLAUSE_END_RE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas|which|who)\b|,\s+(?:the|a|an)\s+\w+\s+said\b|\.\s|\s[-–]\s")
REACH_AFTER = 120
REACH_BEFORE = 30


def overnight_shift(sv: SentenceView, ctx: ArticleContext, c: Cand,
                    date: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    """``date`` moved to the day before when the event's clause tells the act "overnight" and the
    day was written before the trigger (the report's day, the dateline).  The sentence's time for
    what the narrative tells next stays the day written (the reactions told after it are that day's)."""
    iso, text, basis = date
    if not iso or len(iso) != 10 or not text:
        return date
    low = sv.text
    if OVERNIGHT not in low and "Overnight" not in low:
        return date
    at = low.find(text)
    if at < 0 or at >= c.start:
        return date  # (the day written after the trigger: "attacked overnight on Saturday")
    dm = DATELINE_RE.match(low) if sv.index < 3 else None
    if (dm and at < dm.end()) or not SAID_BEFORE_DAY_RE.search(low, max(0, at + len(text) - 45), at + len(text)):
        return date  # only a saying's day ("said on Sunday that …")
    stop = CLAUSE_END_RE.search(low, c.end, c.end + REACH_AFTER)
    hi = stop.start() if stop else min(len(low), c.end + REACH_AFTER)
    m = OVERNIGHT_RE.search(low, c.end, hi) or OVERNIGHT_RE.search(low, max(at + len(text), c.start - REACH_BEFORE), c.start)
    if m is None:
        return date
    if m.start() < c.start and ASIDE_OPEN_RE.search(low, at + len(text), m.start()):
        return date  # ("said on Monday that Pakistan, which has shelled … overnight for weeks, attacked")
    wd = NIGHT_DAY_RE.match(low, m.end())
    if wd is not None:  # "attacked … overnight Saturday": the night of that weekday
        said = _date.fromisoformat(iso)
        back = (said.weekday() - WEEKDAYS.index(wd.group(1).lower())) % 7
        day = (said - timedelta(days=back)).isoformat()
        article_state(ctx).dates.setdefault(sv.index, (iso, text))
        night = sv.text[m.start():wd.end()]
        return day, night, f"{basis}; the night of '{night}', the latest before '{text}'"
    prev = shift(iso, -1, "day")
    if prev is None:
        return date
    article_state(ctx).dates.setdefault(sv.index, (iso, text))  # (the report's day stays the sentence's time)
    return prev, text, f"{basis}; the night before '{text}' ('{m.group(0)}')"
