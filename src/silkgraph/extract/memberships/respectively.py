""""X and Y have observer status in the OTS and the SCO respectively": a "respectively" closing the
clause pairs the members with the organisations in order instead of crossing them (X–OTS, Y–SCO;
not X–SCO, Y–OTS).  Read only when the two lists have the same length.

The dates of such a clause pair the same way: "X and Y joined A and B in 2004 and 2009
respectively" gives X 2004 and Y 2009.  When the dates are not one per member, none of them
can be assigned, and no membership of the clause gets a start date from them."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.grammar import RESPECTIVELY_RE


def _closing(text: str, e: int) -> re.Match[str] | None:
    """The "respectively" that closes the clause of the cue ending at ``e``."""
    if "respectively" not in text[e:].lower():
        return None
    _, ce = clause_bounds(text, e, e + 1)
    return RESPECTIVELY_RE.search(text, e, max(ce, e + 1))


def pairing(text: str, e: int, mems: list[Part], org_ids: list[str]) -> dict[str, set[str]] | None:
    """For each organisation, the members a "respectively" after the cue (ending at ``e``) gives it;
    None when there is no such "respectively" or the lists differ in length."""
    if len(org_ids) < 2 or len(mems) != len(org_ids) or _closing(text, e) is None:
        return None
    ordered = sorted(mems, key=lambda p: p.start)
    return {org: {p.eid} for org, p in zip(org_ids, ordered, strict=True)}


def dated_pairing(sv: SentenceView, ctx: ArticleContext, e: int,
                  mems: list[Part]) -> dict[str, tuple[str | None, str | None]] | None:
    """For each member, the start date a "respectively" after the cue (ending at ``e``) gives it
    (its ISO date and text): the dates between the cue and "respectively" taken in the members'
    order; (None, None) for every member when the dates are not one per member.  None when no
    "respectively" closes the clause or fewer than two members are named."""
    if len({p.eid for p in mems}) < 2:
        return None
    r = _closing(sv.text, e)
    if r is None:
        return None
    dates = [d for d in sv.dates if d.kind not in ("range", "decade") and e <= sv.rel(d.start) < r.start()]
    ordered = sorted(mems, key=lambda p: p.start)
    if len(dates) != len(ordered):
        return {p.eid: (None, None) for p in ordered}
    return {p.eid: (ctx.date_of(d)[0], d.text) for p, d in zip(ordered, sorted(dates, key=lambda d: d.start), strict=True)}
