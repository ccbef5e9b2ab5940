"""A year-less date in a later coordinated clause of its anchor's own sentence (:func:`local_anchors`).

Chronologies packed into one sentence write the year once, on the first clause's date, and leave it out
of the next clause's: "Armenia became a member on 2 January 2015, and Kyrgyzstan joined in August"
(2015, not the year of an older date two sentences back that happens to lie closer before August);
"X and Y appointed envoys on 15 December 2021, and on 14 January the two held talks" (the next step:
January 2022).  The next clause is joined by "and" and opens with, or is timed by, its own date; not a
date inside a noun phrase or a reported clause of the anchor's clause ("where both condemned the
shelling of 22 April", "said that on 3 March …": an earlier event referred to).
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates.anchorable import SENTENCE_CUT
from silkgraph.nlp.dates.find import TimeExpr

# ", and Kyrgyzstan joined in August", ", and on 14 January the two …", "and in September X …",
# "and again on 14 January", "; they met on 6 January", and a coordinated predicate of the same subject
# whose own date ends it ("clashed on 28 December 2022 and agreed a truce on 3 January")
_NEXT_CLAUSE_RE = re.compile(
    r",\s+(?:and|then)\b|;\s|\band(?:\s+(?:then|again|later))?(?:\s+(?:on|in))?\s*$"
    r"|\band\s+(?:then\s+|later\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|met|held|fought|struck|sent|began|took|"
    r"made|gave|won|lost|shot|hit|left|broke|came|went|withdrew|signed|agreed)\b[^,;]*$")
# a reported or relative clause between the two dates, or a pluperfect flashback ("; Kyrgyzstan had
# ratified it on 20 June"): the later date may be an earlier event's
_REPORTED_RE = re.compile(
    r"\b(?:that|which|who|where|said|says|found|reported|recalled|condemned|marked|had)\b"
)


def same_sentence(text: str, cand: TimeExpr, te: TimeExpr) -> bool:
    """Whether no sentence break lies between the anchor ``cand`` and ``te``."""
    return SENTENCE_CUT.search(text, cand.end, te.start) is None


def coordinated_clause(text: str, cand: TimeExpr, te: TimeExpr) -> bool:
    """Whether the year-less ``te`` dates a later clause coordinated with the clause of ``cand`` in the
    same sentence (:data:`_NEXT_CLAUSE_RE`, no reported or relative clause between them)."""
    if te.start - cand.end > 200 or not same_sentence(text, cand, te):
        return False
    gap = text[cand.end:te.start]
    return _NEXT_CLAUSE_RE.search(gap) is not None and _REPORTED_RE.search(gap) is None
