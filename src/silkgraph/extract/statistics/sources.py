"""Whether a mention names the source of a figure, not its subject.

A source is told by the words around the mention: "according to X", "by X's count" before it, "X data
show", "X agencies recorded", "X estimated" after it (``patterns.SOURCE_*_RE``). A research or
monitoring body is a source whenever it records or counts ("the X Institute for Peace Studies recorded
1,206 attacks", "the Y Monitoring Project counted 300 deaths"): such a body keeps tallies of others'
losses, attacks or arrests, so the figure is the place's or the side's it counts, never the body's
own. A state or a government recording a figure had it ("X recorded 3.2 percent growth"), so the body
is told by its name (``research_body_words``), not by the verb alone.
"""

from __future__ import annotations

import re

from silkgraph.extract.statistics import patterns as P

# a research or monitoring body's name, and its recording verb right after the name (an acronym in
# parentheses and a perfect's auxiliary may come between)
RESEARCH_BODY_RE = re.compile(r"\b" + P.DATA["research_body_words"] + r"\b")
RECORDS_AFTER_RE = re.compile(r"\s*(?:\([A-Z][\w\-]*\)\s*)?(?:(?:has|have|had)\s+)?" + P.DATA["record_verbs"] + r"\b")


def is_source(text: str, a: int, b: int) -> bool:
    """The mention at ``a``-``b`` names the source of a figure ("according to X", "X data
    show", "the X Institute recorded"), not its subject."""
    return bool(P.SOURCE_BEFORE_RE.search(text[max(0, a - 30):a]) or P.SOURCE_AFTER_RE.match(text[b:b + 30])
                or P.SOURCE_PHRASE_RE.search(text[:a])
                or (RECORDS_AFTER_RE.match(text, b) is not None and RESEARCH_BODY_RE.search(text, a, b) is not None))
