"""The weekday of a wire lead's news, read for :mod:`silkgraph.segment.dateline_year`.

The lead of a year-less dateline tells the day's news by its weekday ("… agreed on Wednesday
to …"): the weekdays told in the past count (not "will meet on Thursday", "since Sunday", nor
another week's "on Wednesday last week"), and of several the first in a main clause dates the
news, since one after "after", "who", "that" … in its clause dates background ("After talks
that began on Friday, the ministers agreed on Monday").
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates import TimeExpr, find_dates

# a weekday introduced by these does not date the day's news ("since Sunday", "by Friday",
# "last Monday": a week before)
_NOT_NEWS_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through",
                             "last", "next"})
# "by Thursday" tells a day reached when told with a pluperfect ("By Thursday no one had …":
# dateline_told.told_in_past)
_NOT_AFTER_PREPS = _NOT_NEWS_PREPS - {"by"}
_OF_GAP = re.compile(r"\s*(?:of\s+)?")


def _news_weekdays(text: str, a: int, b: int, not_news: frozenset[str] | None = None) -> list[TimeExpr]:
    """The weekdays told in the past in ``text[a:b]`` ("on Thursday", not "will meet on
    Thursday" nor "since Sunday"; the prepositions left out are ``not_news``, else
    ``_NOT_NEWS_PREPS``)."""
    not_news = _NOT_NEWS_PREPS if not_news is None else not_news
    found = find_dates(text[a:b], a)
    # "on Wednesday last week", "Thursday of next week": another week's day
    other_week = {te.start for te in found if te.unit == "week" and te.offset}
    return [
        te for te in found
        if te.unit == "weekday" and not te.future and not te.weekend and te.prep not in not_news
        and not any(te.end < s <= te.end + 4 and _OF_GAP.fullmatch(text[te.end : s]) for s in other_week)
    ]


# words opening a subordinate or relative clause: a weekday after one in its clause dates
# background ("After talks that began on Friday, the ministers agreed on Monday …")
_SUBORDINATE = re.compile(r"\b(?:after|following|since|when|while|once|which|who|that|where|before)\b", re.I)
_CLAUSE_CUT = re.compile(r"[,;:—–()]")


def _main_clause_day(text: str, lead_start: int, days: list[TimeExpr]) -> TimeExpr:
    """Of the lead's news weekdays, the first in a main clause (none of the words of
    ``_SUBORDINATE`` in its clause before it), else the first."""
    if len(days) > 1:
        for te in days:
            before = text[lead_start : te.start]
            cut = max((m.end() for m in _CLAUSE_CUT.finditer(before)), default=0)
            if _SUBORDINATE.search(before, cut) is None:
                return te
    return days[0]
