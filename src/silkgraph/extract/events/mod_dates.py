"""A more specific date of the event's own clause wins over a vaguer one it agrees with.

"A year later Belarus joined at the Astana summit of July 2024": the count "a year later" dates the
joining to 2024, and the occasion told right after the verb ("at the summit of July 2024") to its
month. When the date chosen for an event is a year or a month worked out (counted, carried over, not
written for it), and a date written after the trigger
in the same clause (within 60 characters, no comma, semicolon, colon or dash between) falls within it
and is more precise, the event takes the precise date. A date that contradicts the chosen one is left
alone (it may be another event's: "joined in 2015 the pact of March 2009").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand

MAX_GAP = 60
CLAUSE_STOP_RE = re.compile(r"[,;:()—–]|\b(?:and|but|while|which|who|when|after|before|until|since)\b")


def refined_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The event's date, made more precise by a date of its clause told right after the trigger."""
    iso, text, basis = c.date
    if not iso or len(iso) >= 10 or basis == "as written":
        return c.date  # (a date written for the event is its own: "the war of 2020 ended with a truce on …")
    for d in sv.dates:
        a = sv.rel(d.start)
        if a < c.end or a - c.end > MAX_GAP or d.kind not in ("absolute", "partial") or d.month is None:
            continue
        if CLAUSE_STOP_RE.search(sv.text, c.end, a):
            return c.date
        got, why = ctx.date_of(d)
        if got and len(got) > len(iso) and got.startswith(iso):
            return got, d.text, why
        return c.date
    return c.date
