"""A day written in apposition to a fronted count from an event: "Two weeks after that meeting, on
July 3, X signed …", "A month before the summit, on 17 July, X …".

The count phrase ("Two weeks after that meeting") and the date set off by the comma that closes it
("on July 3") are two names of one time: the date restates, to the day, the time the count reaches.
It is the main clause's own date, not the date of the event the count starts from (which "the vote
on July 3", with no comma, would be), so the count is not applied to it again, and the count is
not applied to the earlier event's date either: the written day wins.  A relative clause after the
comma ("A day after the bombing, which killed 12 people on July 3, X …") still tells the noun's own
date, so only a date that follows the comma directly is read as the apposition.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.nlp.dates import TimeExpr
from silkgraph.nlp.dates.narrative import not_a_point

# the comma that closes the count phrase, then the date itself ("…meeting, on July 3")
_COMMA_GAP_RE = re.compile(r"\s*,\s*")


def apposed_day(sv: SentenceView, phrase_end: int, trig: int) -> TimeExpr | None:
    """The point date of ``sv`` written right after the comma that follows the count phrase ending at
    ``phrase_end`` (offsets relative to the sentence) and closed by a comma before the trigger at
    ``trig``: "Two weeks after that meeting, on July 3, X …".  None when the phrase runs on (a
    relative clause, a name, a second noun) before any date."""
    for d in sv.dates:
        a = sv.rel(d.start)
        if a < phrase_end:
            continue
        if a >= trig or not_a_point(d) or d.month is None:
            return None
        gap = sv.text[phrase_end:a]
        # the phrase may end a few words after the noun the count regex stops at ("after the
        # meeting in Astana, on July 3"): the last comma before the date must close it
        cut = gap.rfind(",")
        if cut < 0 or not _COMMA_GAP_RE.fullmatch(gap, cut):
            return None
        if any(w in gap[:cut].split() for w in ("which", "that", "when", "where", "who")):
            return None  # "after the bombing, which killed 12 on July 3": the relative's own date
        if "," in gap[:cut]:
            return None
        b = sv.rel(d.end)
        if not _COMMA_GAP_RE.match(sv.text, b):
            return None  # the date must close in its turn before the main clause
        return d
    return None
