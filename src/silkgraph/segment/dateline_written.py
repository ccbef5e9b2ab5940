"""The date written with its year that bounds a year-less dateline, and how the text tells it.

For :mod:`silkgraph.segment.dateline_year`: when the bound the text's dates written with their
year give lies after the dateline's day in that year, the dateline's day in that year is a
reading only if that date lies ahead of the news (told with no past of its own: "the vote on
October 26, 2024"), not when its phrase or its sentence tells it as past ("a deal signed in
March 2022", "He led the list in the June 2021 election").
"""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section
from silkgraph.nlp.dates import find_dates, first_day
from silkgraph.nlp.sentences import split_text
from silkgraph.segment.dateline_lead import _CLAUSE_CUT
from silkgraph.segment.schedule import past_told


def _ahead_of_written(mon: int, day: int, lo: date | None, written: date | None) -> date | None:
    """The dateline's day in the year of ``lo`` when ``lo`` is the bound the dates written
    with their year give and that day precedes it (else None)."""
    if lo is None or written is None or lo != written:
        return None
    try:
        d = date(lo.year, mon, day)
    except ValueError:
        return None
    return d if d < lo else None


_PAST_PREPS = frozenset({"since", "after", "following", "from"})


def _told_ahead(text: str, running: list[Section], bound: date) -> bool:
    """Whether the date written with its year that gives ``bound`` is told with no past of its
    own: no past-tense verb nor "since", "after" … among the four words before it in its
    clause ("the vote on October 26, 2024"; not "a deal signed in March 2022", "since the
    devaluation of October 2024")."""
    for sec in running:
        for te in find_dates(text[sec.start : sec.end], sec.start):
            if te.year is None or te.kind != "absolute" or first_day(te, te.year) != bound:
                continue
            before = text[max(sec.start, te.start - 60) : te.start]
            cut = max((m.end() for m in _CLAUSE_CUT.finditer(before)), default=0)
            words = before[cut:].lower().split()[-4:]  # the date's phrase: "the vote on"
            return not (_PAST_PREPS.intersection(words) or past_told(" ".join(words)))
    return False


def _past_sentence(text: str, running: list[Section], bound: date) -> bool:
    """Whether the sentence of the date written with its year that gives ``bound`` tells
    something in the past ("He led the list in the June 2021 election")."""
    for sec in running:
        for te in find_dates(text[sec.start : sec.end], sec.start):
            if te.year is None or te.kind != "absolute" or first_day(te, te.year) != bound:
                continue
            for a, b in split_text(text, sec.start, sec.end):
                if a <= te.start < b:
                    return past_told(text[a:b].lower())
    return False
