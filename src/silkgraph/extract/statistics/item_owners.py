"""Amounts whose owner is named right before them in a list item or a nominal: "X was the
largest partner at $3 billion, followed by Y at about $2.4 billion, or 11 percent of the total,
Z at $2 billion" (each amount, and a share restating it, the actor before its "at"), and "Uzbek
exports of $969 million dwarfed Afghan sales of $30 million" (each amount the state whose demonym
or possessive heads the trade noun before it).

Without this, every amount of such a sentence went to its first actor (the clause subject).
Read only where the sentence holds "followed by" or a trade noun followed by "of" and money.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, Stat
from silkgraph.nlp.numbers import Number

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|just\s+under|approximately|under)\s+)?"
_AT_RE = re.compile(r"^\s+at\s+" + _APPROX + r"(?:US\s?)?$")
# "…, or 11.2 percent of the total": a share restating the amount right before it
_RESTATED_RE = re.compile(r",?\s+(?:or|about|some|roughly)\s+(?:(?:about|some|roughly|nearly|almost)\s+)?"
                          r"(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:percent|per\s+cent|%)")
# "Afghan sales of $30.5 million", "Uzbekistan's exports of $969 million"
# (the trade nouns: ``work_figures.trade_nouns`` in statistics.yaml; the noun is the amount's measure)
_TRADE = tuple(DATA["work_figures"]["trade_nouns"])
_TRADE_OF_RE = re.compile(r"^(?:[’']s)?\s+(?:(?:total|annual|overall)\s+)?(?P<noun>" + "|".join(map(re.escape, _TRADE))
                          + r")\s+(?:of|worth|totalling|totaling)\s+" + _APPROX + r"(?:US\s?)?$")
_OWNER_TYPES = ("state", "organization", "company")


def item_owners(sv: SentenceView, ctx: ArticleContext, money: list[Number]) -> list[Stat]:
    """Amounts (and shares restating them) owned by the actor right before them in a "followed by"
    list or heading their trade noun, each with that actor as its subject hint."""
    text = sv.text
    listed = "followed by" in text
    trade = " of " in text and any(w in text for w in _TRADE)
    if not (listed or trade):
        return []
    out: list[Stat] = []
    rel = sv.mentions_rel()
    for n in money:
        owner, noun = None, None
        for a, b, m in rel:
            if b > n.start or n.start - b > 60 or ctx.etype(m.entity_id) not in _OWNER_TYPES:
                continue
            gap = text[b:n.start]
            if listed and _AT_RE.match(gap) and _in_list(text, a):
                owner, noun = m, None
            elif trade and (tm := _TRADE_OF_RE.match(gap)):
                owner, noun = m, tm.group("noun")  # "Kyrgyz imports of $40 million": imports, no scope
        if owner is None:
            continue
        why = f"'{owner.text}', the actor named right before the amount"
        out.append(Stat(n.start, n.end, n.value, n.unit, owner.entity_id, noun, why=why))
        rm = _RESTATED_RE.match(text, n.end) if listed else None
        if rm is not None:
            out.append(Stat(rm.start("n"), rm.end(), float(rm.group("n")), "percent", owner.entity_id,
                            why=why + " (the share restating it)"))
    return out


def _in_list(text: str, a: int) -> bool:
    """Whether the actor at ``a`` heads an item of a "followed by" list: right after "followed by",
    a comma or "and", with "followed by" before it in the sentence."""
    head = text[max(0, a - 16):a]
    return "followed by" in text[:a] and re.search(r"(?:followed\s+by|,|\band)\s+(?:the\s+)?$", head) is not None
