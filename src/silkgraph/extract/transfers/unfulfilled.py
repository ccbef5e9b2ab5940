"""Goods told by their owner whose own clause says they never reached him: "Y's S were never
delivered", "Y's X-made S were withheld", "Y's S, still awaiting delivery, …".

A possessed noun phrase ("Y's S", "Y's X-made S") tells a transfer only as goods already in Y's
service.  The clause that follows the noun phrase (up to a comma, semicolon, colon or a
contrasting conjunction) may deny it ("never", "not", "no longer", "yet to") or tell a fate
that kept the goods from Y ("cancelled", "blocked", "withheld", "awaiting"): then no transfer
is in service.  Word lists: ``unfulfilled_after`` in ``resources/ontology/transfers.yaml``, whose
deal fates and refusals also give ``fate_after_re`` (a deal's fate told after its goods, for drafts).
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.resources import load_yaml

# where the goods' own clause ends: punctuation or a conjunction opening another clause
CLAUSE_END_RE = re.compile(r"[,;:.()]|\s[—–]\s|\s--\s|\b(?:but|while|whereas|although|though|because|after|"
                           r"before|when|since|and\s+(?:the|its|their|a|an)\b)", re.I)
AUX = r"(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|got|gets|sits?|sat)"
REACH = 90  # the clause read after the noun phrase, at most (characters)


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    """One pattern of the negation words and fate stems, negation exceptions excluded."""
    data = load_yaml("ontology/transfers.yaml")["unfulfilled_after"]

    exc = _words(data.get("negation_except") or [])
    neg = _words(data["negation"])
    fate = _words(data["deal_fates"] + data["refusals"] + data["pending"])
    # a fate is the goods' own state only after a form of "be" or "remain" ("were blocked", "remain
    # frozen", "are still awaiting"; not the goods' act: "Y's drones blocked the advance")
    state = rf"\b{AUX}\s+(?:[\w\-]+\s+){{0,2}}?(?:{fate})\w*"
    return re.compile((rf"(?!(?:{exc})\b)" if exc else "") + rf"(?:\b|(?<=\w))(?:{neg})\b|{state}", re.I)


def _words(ws: list[str]) -> str:
    """An alternation of words or phrases (any run of spaces between a phrase's words), longest first."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(ws, key=len, reverse=True))


@lru_cache(maxsize=1)
def fate_after_re() -> re.Pattern[str]:
    """A deal's fate or a refusal told by a passive after the goods, within their clause: "a sale of
    eight S (, agreed in 2016,) was later blocked"; group ``refusal`` set for a request or an offer
    turned down."""
    data = load_yaml("ontology/transfers.yaml")["unfulfilled_after"]
    return re.compile(r"[^;:,.]{0,40}?(?:,[^;:,.]{1,40},)?\s*\b(?:was|were|has\s+been|had\s+been)\s+"
                      r"(?:later\s+|eventually\s+|then\s+|subsequently\s+|\w+ly\s+)?"
                      rf"(?:(?P<refusal>{_words(data['refusals'])})|(?:{_words(data['deal_fates'])}))\w*", re.I)


@lru_cache(maxsize=1)
def refused_offer_re() -> re.Pattern[str]:
    """A refusal right before an offer or a request noun: "Y declined a Russian offer of S", "X
    rejected Y's request for S" (the goods never change hands)."""
    data = load_yaml("ontology/transfers.yaml")["unfulfilled_after"]
    return re.compile(rf"\b(?:{_words(data['refusals'])})\s+(?:an?|the|its|their|this|that|[\w\-]+['’]s)\s+"
                      r"(?:[\w\-]+\s+){0,2}$", re.I)


def unfulfilled_after(text: str, end: int) -> bool:
    """Whether the clause after the goods' noun phrase (ending at ``end``) denies the goods'
    arrival or tells a fate that kept them from their owner."""
    stop = CLAUSE_END_RE.search(text, end, end + REACH)
    return _cue_re().search(text, end, stop.start() if stop else min(len(text), end + REACH)) is not None


__all__ = ["fate_after_re", "refused_offer_re", "unfulfilled_after"]
