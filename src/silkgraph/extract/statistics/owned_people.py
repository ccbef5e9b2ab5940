"""People counted with their state's demonym: "about 1.3 million Tajik citizens entered Russia",
"some 800,000 Kyrgyz migrant workers live abroad", "4,000 Uzbek nationals". A population-scale
count (not one incident's people) written right before a demonym and a noun of people who belong to
a state (citizens, nationals, migrants, workers, troops …; ``owned_people_nouns``) is a statistic of
that state. The dead of one attack are left to the event extractor, and the people of one event
are no standing count: not when a past act of motion or an incident is told of them ("crossed",
"fled", "arrived", "were detained"; ``owned_people_event_verbs``), nor when their clause is dated
to a day or a week ("on Monday", "on 3 May", "last week")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import clause_bounds
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.population import NUMBER as _N
from silkgraph.extract.statistics.population import number_start, number_value

# the count right before the demonym ("1.3 million ", "some 800,000 ")
COUNT_BEFORE_RE = re.compile(r"(?<![\w$€£.,])" + _N + r"\s+$")
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?" + P.DATA["owned_people_nouns"] + r"\b")
# a past act or incident of the counted people, right after their noun phrase (an adverb or two between)
EVENT_VERB_RE = re.compile(r"\s+(?:(?:\w+ly|also|then|later|reportedly|all)\s+){0,2}"
                           + P.DATA["owned_people_event_verbs"] + r"\b", re.I)
MIN_OWNED = 1000  # fewer are one incident's people, not a measure of a state's


def _one_event(sv: SentenceView, start: int, noun_end: int) -> bool:
    """Whether the counted people (count at ``start``, noun phrase ending at ``noun_end``) are
    those of one event: a past act or incident told right after them, or a clause dated to a
    day or a week."""
    if EVENT_VERB_RE.match(sv.text, noun_end) is not None:
        return True
    cs, ce = clause_bounds(sv.text, start, noun_end)
    return any(cs <= sv.rel(d.start) < ce and (d.day is not None or d.unit in ("day", "weekday", "week"))
               for d in sv.dates)


def owned_people(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of a state's people told with its demonym ("1.3 million Tajik citizens")."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in sv.mentions_rel():
        if m.kind != "demonym" or ctx.etype(m.entity_id) != "state":
            continue
        nm = NOUN_AFTER_RE.match(text, b)
        if nm is None:
            continue
        cm = COUNT_BEFORE_RE.search(text, max(0, a - 24), a)
        if cm is None or YEAR_RE.fullmatch(cm.group("n") or ""):
            continue
        value = number_value(cm)
        if value < MIN_OWNED or P.FATAL_RE.search(text, b, min(len(text), b + 60)):
            continue  # "… 1,200 Afghan soldiers were killed": a toll, told by the toll readers
        if _one_event(sv, number_start(cm), nm.end()):
            continue  # "2,000 X refugees crossed into Y on Monday": one event's people
        end = cm.end("s") if cm.group("s") else cm.end("n")
        out.append(Stat(number_start(cm), end, value, "count", owner=m.entity_id))
    return out
