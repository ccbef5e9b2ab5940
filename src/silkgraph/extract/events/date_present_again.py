"""A year-less date told after the narrative has come back to the present takes the present's year.

"Uzbekistan left the bloc in 2012 and has stayed away ever since, while Armenia froze its part in
February": the year-less "February" would take the year written last (2012), but "ever since" (also
"since then", "to this day", "to date", "relations have since improved") carries the earlier act's span up
to the time of writing; what the writer tells next is of the present.  The date then takes the year of the article's reference date
(the year before, when the month lies after the reference's month).  Read only when that phrase
stands between the anchoring year and the date, within the paragraph and three sentences back.
"To date" after a superlative ("its largest exercise to date", "the deadliest attack to date") measures a
record within the anchor's time and brings the narrative nowhere: it is passed over.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import window_start
from silkgraph.nlp.dates import TimeExpr

PRESENT_SPAN_RE = re.compile(r"\b(?:ever since|since then|to this day|to date|until today|(?:has|have)\s+since)\b", re.I)
BACK = 3  # sentences back (within the paragraph) the anchoring year and the phrase may stand
_LITERALS = ("since", "to this day", "to date", "until today")
# a superlative noun phrase ending right where "to date" stands ("its largest exercise ", "the most serious clash ")
SUPERLATIVE_BEFORE_RE = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:[\w\-]+\s+)?(?:most\s+[\w\-]+|least\s+[\w\-]+|"
                                   r"best|worst|first|only|[a-z]{2,}est)\s+(?:[\w\-]+\s+){0,3}$", re.I)


def present_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str) -> tuple[str, str] | None:
    """``d``'s date in the present's year, when a phrase carrying the anchor's span up to the present
    ("ever since") stands between the anchoring year and ``d`` (see the module); else None."""
    y = ctx.anchors.get(id(d))
    ref = ctx.ref_date
    if y is None or not ref or len(ref) < 7 or d.month is None or y >= int(ref[:4]) - 1:
        return None
    lo = window_start(ctx, sv, BACK)
    span = ctx.text[lo:d.start]
    low = span.lower()
    if not any(w in low for w in _LITERALS):
        return None
    anchor = None
    for m in re.finditer(rf"\b{y}\b", span):
        anchor = m.end()
    if anchor is None:
        return None
    hit = PRESENT_SPAN_RE.search(span, anchor)
    while hit is not None and hit.group(0).lower() == "to date" \
            and SUPERLATIVE_BEFORE_RE.search(span, max(anchor, hit.start() - 60), hit.start()):
        hit = PRESENT_SPAN_RE.search(span, hit.end())  # ("its largest exercise to date": a record, not now)
    if hit is None:
        return None
    ry, rm = int(ref[:4]), int(ref[5:7])
    year = ry - 1 if d.month > rm else ry
    return f"{year:04d}{iso[4:]}", f"year of the present ({ref[:7]}): '{hit.group(0)}' after {y} brings the narrative up to now"
