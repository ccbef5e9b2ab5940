""""At the end of the month" names the month the narrative has reached, not the month of writing.

"Talks opened in Doha in October. At the end of the month, both sides agreed …", "The first round, which
opened on 25 October, nearly failed; only a statement at the end of the month saved it": "the month" is
definite; it points back to the month last told (earlier in its sentence, or in the sentences before it
in its paragraph, in any clause: a relative's date names the month as well), as "that month" would.
"This month" ("at the end of this month") is the month of writing and is left as the date finder reads
it; so is "the month" when nothing earlier in the paragraph names a month.  In a clause told in the future
("Turkey said it will host talks at the end of the month") the month is the present one or a later one: a
month told before that lies before the month of writing is the narrative's past and is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import window_start
from silkgraph.nlp.dates import TimeExpr
from silkgraph.nlp.dates.narrative import not_a_point

BACK = 4  # how many sentences back the month may be told
# a future or planned verb in the clause before "the end of the month" ("will host talks at …")
FUTURE_RE = re.compile(r"\b(?:will|shall|'ll|is to|are to|plans? to|planned|scheduled|expected to|due to|set to|"
                       r"intends? to|going to)\b", re.I)
# where the clause of the date opens (a clause boundary before it)
CLAUSE_START_RE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas|although|though)\b|\.\s")


def _last_month(views: list[tuple[SentenceView, int]], date_of: Callable[[SentenceView, TimeExpr], str | None]) -> str | None:
    """The month (YYYY-MM) of the last point date with a month written in ``views`` (each a sentence and
    the offset its dates must end before), latest sentence first."""
    for view, before in views:
        for x in sorted(view.dates, key=lambda t: -t.start):
            if x.end > before or x.month is None or not_a_point(x):
                continue
            got = date_of(view, x)
            if got and "/" not in got and len(got) >= 7:
                return got[:7]
    return None


def month_part_of_narrative(ctx: ArticleContext, sv: SentenceView, d: TimeExpr,
                            date_of: Callable[[SentenceView, TimeExpr], str | None]) -> tuple[str, str] | None:
    """For "the end/beginning/middle of the month" (``d``), the month told before it in its sentence or
    paragraph (``date_of`` resolves a date of a sentence); (iso, basis) or None."""
    if d.kind != "relative" or d.unit != "month" or d.offset != 0 or "the month" not in d.text.lower():
        return None
    lo = window_start(ctx, sv, BACK)
    views = [(sv, d.start)] + [(ctx.sentences[j], ctx.sentences[j].end)
                               for j in range(sv.index - 1, max(-1, sv.index - 1 - BACK), -1)
                               if ctx.sentences[j].start >= lo]
    best = _last_month(views, date_of)
    if best is None:
        return None
    ref = ctx.ref_date
    if ref and len(ref) >= 7 and best < ref[:7] and _future_clause(sv, d):
        return None  # ("… met in March. Turkey said it will host talks at the end of the month": April's end)
    return best, f"'{d.text}': the month told before ({best})"


def _future_clause(sv: SentenceView, d: TimeExpr) -> bool:
    """Whether the clause ``d`` stands in tells what will be done (a future or planned verb before it)."""
    rel = d.start - sv.start
    lo = 0
    for m in CLAUSE_START_RE.finditer(sv.text, 0, max(0, rel)):
        lo = m.end()
    return FUTURE_RE.search(sv.text, lo, max(lo, rel)) is not None
