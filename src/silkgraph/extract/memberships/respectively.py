""""X and Y have observer status in the OTS and the SCO respectively": a "respectively" closing the
clause pairs the members with the organisations in order instead of crossing them (X–OTS, Y–SCO;
not X–SCO, Y–OTS).  Read only when the two lists have the same length."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part, clause_bounds

RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)


def pairing(text: str, e: int, mems: list[Part], org_ids: list[str]) -> dict[str, set[str]] | None:
    """For each organisation, the members a "respectively" after the cue (ending at ``e``) gives it;
    None when there is no such "respectively" or the lists differ in length."""
    if len(org_ids) < 2 or len(mems) != len(org_ids) or "respectively" not in text[e:].lower():
        return None
    _, ce = clause_bounds(text, e, e + 1)
    if RESPECTIVELY_RE.search(text, e, max(ce, e + 1)) is None:
        return None
    ordered = sorted(mems, key=lambda p: p.start)
    return {org: {p.eid} for org, p in zip(org_ids, ordered, strict=True)}
