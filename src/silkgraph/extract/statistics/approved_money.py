"""The recipient of an amount a body approves, authorises, releases or announces for it: "the IMF
board approved a $1.1 billion loan for X", "Congress appropriated $300 million in aid to X",
"the bank disbursed $700 million to X". The body that approves or announces an amount (a fund's
board, a parliament, a ministry, a donor's government) is no owner of it: the money measures what
the recipient named right after it gets (the gold's reading of aid and loans, as in
``aid_recipients``). Only the structure decides: a verb of approving (``approve_verbs``) right
before the amount, then nothing but money nouns (``approved_money_nouns``, "in … aid") before
"for"/"to" and the recipient. With no recipient named the clause's subject stays the subject
(a fund approving its own facility is read either way)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat

# the verb of approving right before the amount, with an article, hedges and a
# premodifier or two between ("approved a 37-month, ", "signed off on a further ")
_MOD = r"(?:" + DATA["approved_money_modifiers"] + r"),?\s+"
_HEDGE = r"(?:(?:" + DATA["gap_hedges"] + r")\s+)?"
# an amount glossed in another currency ("1 billion rupees, about $12 million,", "(some US$ 9 million)")
_GLOSS = r"(?:,\s*|\s*\()" + _HEDGE + r"(?:US)?[$€£]\s?[\d.,]+(?:\s*(?:million|billion|trillion|bn|mn|m)\b)?\s*[,)]"
# (or the local amount the figure glosses: "set aside 1 billion rupees, about $12 million")
APPROVE_BEFORE_RE = re.compile(r"\b" + DATA["approve_verbs"] + r"\s+(?:(?:a|an|the|another)\s+)?(?:" + _MOD
                               + r"){0,2}" + _HEDGE + r"(?:[\d.,]+\s+(?:million|billion|trillion|crore|lakh)?\s*"
                               r"[a-z]+\s*[,(]\s*" + _HEDGE + r")?$", re.I)
# between the amount and the recipient: money nouns with their modifiers, or "in … aid", then "for"/"to"
_NOUNS = r"(?:" + _MOD + r")*(?:" + DATA["approved_money_nouns"] + r")"
RECIPIENT_GAP_RE = re.compile(r"(?:" + _GLOSS + r")?(?:\s+(?:a|per)\s+year)?(?:\s+(?:in\s+)?" + _NOUNS + r")?"
                              r"(?:\s+(?:a|per)\s+year)?,?\s+(?:for|to)\s+(?:the\s+)?", re.I)


# an actor, or a place or project the money is for ("set aside 1 billion rupees for <port>")
RECIPIENT_TYPES = (*SUBJECT_TYPES, "place")


def approved_recipient(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """The actor an approved or announced amount is for ("approved $500 million for X's
    programme": X), or None when no verb of approving stands right before the amount or no
    actor follows it."""
    text = sv.text
    if APPROVE_BEFORE_RE.search(text, max(0, st.start - 70), st.start) is None:
        return None
    for a, _b, m in sv.mentions_rel():
        if a < st.end:
            continue
        if RECIPIENT_GAP_RE.fullmatch(text, st.end, a) is None:
            return None
        if m.kind == "demonym" or ctx.etype(m.entity_id) not in RECIPIENT_TYPES:
            return None
        return m.entity_id, f"'{m.text}', the recipient of the amount approved or announced for it"
    return None
