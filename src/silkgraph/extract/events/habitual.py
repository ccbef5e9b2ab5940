"""A habit told in the present perfect is no point event: "Kazakh troops, who have repelled several raids by
Afghan smugglers since 2021, were put on alert", "guards have fought off incursions for years".

A verb trigger right after "has"/"have" (``habitual_perfect_before`` in ``resources/ontology/events.yaml``) whose
clause runs over a span of years ("since 2021", "for years", "over the past decade"; ``habitual_span_after``)
tells repeated acts over that span, not one act on a day: it is dropped (the article's date would be wrong for
any of them); so is the noun right after it, its object ("have repelled many incursions").  "has shelled the village since Monday" (a span of days) stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events.patterns import _DATA

if TYPE_CHECKING:
    from silkgraph.extract.events.candidates import Cand

PERFECT_RE = re.compile(str(_DATA["habitual_perfect_before"]), re.I)
SPAN_RE = re.compile(str(_DATA["habitual_span_after"]), re.I)
NOUN_RE = re.compile(str(_DATA["habitual_noun_before"]), re.I)


def habitual(cands: list[Cand], text: str) -> list[Cand]:
    """Drop a verb trigger (or an event noun as its object, ``habitual_noun_before``) told in the present perfect
    over a span of years."""
    if "ha" not in text or ("since" not in text and " for " not in text and "over the" not in text):
        return cands
    habits = [c for c in cands if SPAN_RE.match(text[c.end:c.end + 120]) and (
        PERFECT_RE.search(text, max(0, c.start - 40), c.start) if c.trig.kind == "verb"
        else NOUN_RE.search(text, max(0, c.start - 70), c.start))]
    if not habits:
        return cands
    # the habit's object noun ("have repelled many incursions by X since 2019") is one of the repeated acts
    objects = [c for c in cands if c.trig.kind == "noun" and any(
        0 <= c.start - h.end <= 40 and not any(ch in text[h.end:c.start] for ch in ",;:.") for h in habits)]
    return [c for c in cands if c not in habits and c not in objects]
