"""When a membership began: the date a cue gives ("joined in 2015", "an observer since 2004",
"dates back to 2001"), not the dateline's nor one told in another relative clause."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import clause_bounds
from silkgraph.extract.memberships.cues import CLAUSE_CUT_RE, REL_ASIDE_RE, SINCE_RE
from silkgraph.extract.pronoun import DATELINE_RE


def since_of(sv: SentenceView, ctx: ArticleContext, pos: int, end: int | None = None,
           since_only: bool = False) -> tuple[str | None, str | None]:
    """The date near the cue; with ``end`` (a relative clause cue ending there: "to which X has
    belonged since 2017") only a date inside the clause after the cue; with ``since_only`` (a
    state, not an act: "has held observer status since 2004") only a date after "since"."""
    best = None
    clause = end is not None
    ce = clause_bounds(sv.text, end, end + 1)[1] if end is not None else len(sv.text)
    dl = DATELINE_RE.match(sv.text)
    asides = [(a.start(), a.end()) for a in REL_ASIDE_RE.finditer(sv.text) if not a.start() <= pos < a.end()]
    for d in sv.dates:
        if d.kind in ("range", "decade") or (dl is not None and sv.rel(d.start) < dl.end()):
            continue  # (the dateline's date is when the item was filed)
        if any(a <= sv.rel(d.start) < b for a, b in asides):
            continue  # "X, which joined in July 2024, and Y, which was admitted earlier": X's date
        if clause and not pos <= sv.rel(d.start) <= ce:  # the clause stops before "since 2017"
            continue
        dist = abs(sv.rel(d.start) - pos)
        if sv.rel(d.start) < pos and "," in sv.text[sv.rel(d.end):pos]:
            dist += 80  # "X, an observer since 2015, became a member in 2024": a date after the cue first
        if dist < 160 and (best is None or dist < best[0]):
            best = (dist, d)
    cut = CLAUSE_CUT_RE.search(sv.text, pos + 1)  # "…, while Y's seat has stayed empty since 2021": Y's
    sm = SINCE_RE.search(sv.text, pos, min(len(sv.text), pos + 90, cut.start() if cut else len(sv.text))) \
        if not clause else None
    if sm is not None:  # "has been a partner since joining X in 1994": the "since" date first
        after = [d for d in sv.dates if d.kind not in ("range", "decade") and sv.rel(d.start) >= sm.start()
                 and sv.rel(d.start) - sm.start() < 60 and not re.search(r"[,;]", sv.text[sm.start():sv.rel(d.start)])]
        if after:
            best = (0, after[0])
        elif since_only:
            best = None
    elif since_only:
        best = None
    if best is None:
        return None, None
    iso, _ = ctx.date_of(best[1])
    return iso, best[1].text
