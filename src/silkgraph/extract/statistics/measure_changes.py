"""The subject of a percentage that tells a change of a measure with no actor tied to it.

"Deaths from terrorism grew by 45 percent in 2024", "the allocation was raised by about 28 percent",
"attacks were 30 percent fewer than in 2013": the sentence names the measure (deaths, attacks, an
allocation) but no actor that owns it, so the figure was dropped with no subject.  Such a change is
told of the place the article is about; measured over the development golds (twenty-fourth
session), these figures given the article's main state were right in 8 of 10 cases, where
percentages with no actor in general (shares "of the river's flow", "of respondents") were right
in under half.  A share of a whole ("N percent of X") or a level ("rose to N percent") is no change.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, Stat

_HEDGE = r"(?:" + DATA["measure_change_hedges"] + r"\s+)?"
# "rose 18 percent", "fell by 12 percent", "were up 11 percent", "grew by about 7 percent"
VERB_BEFORE_RE = re.compile(r"\b" + DATA["measure_change_verbs"] + r"\s+(?:by\s+)?" + _HEDGE + r"$", re.I)
# "raised the defence allocation for 2000-01 by about 28 percent": "by" after a change verb of the clause
BY_BEFORE_RE = re.compile(r"\bby\s+" + _HEDGE + r"$", re.I)
VERB_RE = re.compile(r"\b" + DATA["measure_change_verbs"] + r"\b", re.I)
# "an increase of about 9 percent", "a fall of 4 percent"
NOUN_OF_BEFORE_RE = re.compile(r"\b" + DATA["change_nouns"] + r"\s+of\s+" + _HEDGE + r"$", re.I)
# "22 percent lower", "30 percent fewer", "a 35 percent increase on 2013"
AFTER_RE = re.compile(r"[\s-]+" + DATA["measure_change_after"], re.I)
# "fell by 20 percent of its value": a share of a whole, not a change
SHARE_AFTER_RE = re.compile(r"\s+of\b", re.I)


def tells_change(text: str, lo: int, st: Stat) -> bool:
    """Whether the percentage ``st`` (in the clause starting at ``lo``) is the size of a change."""
    if st.unit != "percent" or SHARE_AFTER_RE.match(text, st.end):
        return False
    head = text[max(lo, st.start - 60):st.start]
    if VERB_BEFORE_RE.search(head) or NOUN_OF_BEFORE_RE.search(head):
        return True
    if BY_BEFORE_RE.search(head) and VERB_RE.search(text, lo, st.start):
        return True
    return AFTER_RE.match(text, st.end) is not None


def changed_measure_subject(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                            inf: dict[str, str]) -> tuple[str, None] | None:
    """The article's main state for a change of a measure no actor is tied to (None otherwise)."""
    if not tells_change(sv.text, lo, st) or (main := ctx.main_state(sv)) is None:
        return None
    inf["subject"] = "the article's main state (a change of a measure told with no actor tied to it)"
    return main, None
