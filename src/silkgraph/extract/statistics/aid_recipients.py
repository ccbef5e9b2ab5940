"""The recipient of aid given in a double-object clause: "X has provided Y with roughly $20 billion
in aid", "X promised Y about $1.2 billion in military aid". An amount of aid told with its giver and
its recipient both named is a measure of what the recipient got (the gold's reading of aid totals);
the giver, the clause's subject, would otherwise be taken. Only the structure decides: a verb of
giving (``give_verbs``), the recipient right after it, the amount, then "in … aid" (``aid_nouns``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat
from silkgraph.extract.statistics.referents import nearest_before

# the verb of giving right before the recipient ("has provided ", "had given the ")
GIVE_BEFORE_RE = re.compile(r"\b(?:" + DATA["give_verbs"] + r")\s+(?:the\s+)?$", re.I)
# between the recipient and the amount: "with" and a hedge at most ("Y with roughly ")
GAP_RE = re.compile(r"\s+(?:with\s+)?(?:(?:" + DATA["gap_hedges"] + r")\s+)?")
# after the amount: "in aid", "a year in military assistance", "in aid over 15 years"
AID_AFTER_RE = re.compile(r"\s+(?:(?:a|per)\s+year\s+)?in\s+" + DATA["aid_nouns"] + r"\b", re.I)


def aid_recipient(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """The actor named between a verb of giving and an amount of aid ("provided Y with $N in aid")."""
    text = sv.text
    if " aid" not in text and "assistance" not in text:
        return None
    if AID_AFTER_RE.match(text, st.end) is None:
        return None
    if (near := nearest_before(sv, st.start)) is None:
        return None
    a, b, m = near
    if st.start - b > 40 or m.kind == "demonym" or ctx.etype(m.entity_id) not in SUBJECT_TYPES:
        return None
    if GAP_RE.fullmatch(text, b, st.start) is None and not GAP_RE.fullmatch(text, b, _number_start(text, st)):
        return None
    if GIVE_BEFORE_RE.search(text, max(0, a - 40), a) is None:
        return None
    return m.entity_id, f"'{m.text}', the recipient the aid is given to"


def _number_start(text: str, st: Stat) -> int:
    """Where the figure's own words start when its match holds a hedge ("roughly US$ 20 billion")."""
    hm = re.match(r"(?:" + DATA["gap_hedges"] + r")\s+", text[st.start:st.end])
    return st.start + hm.end() if hm else st.start
