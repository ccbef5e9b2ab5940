"""Asides inside a list of goods that do not break the list: "S (2022) and T", "S, worth
€50 million, and T", "S under a $150 million contract and T", "S in 2023, of which six were
delivered the same year, and T", "S, in a deal reported at $1 billion, together with T", "S and, since 2024, T", "an S battery with 75
missiles, as well as T"."""

from __future__ import annotations

import re

from silkgraph.model import Mention
from silkgraph.nlp.count_words import count_alt

# the deal the first goods came in, as an aside: "S ordered in 2021, in a deal reported at $1.4 billion, and T"
DEAL_ASIDE_RE = re.compile(r",\s*(?:in|under|as\s+part\s+of|through)\s+(?:an?|the|one|a\s+single)\s+[^,;()]{0,50}?"
                           r"\b(?:deal|contract|agreement|package)\b[^,;()]{0,40}(?=,)", re.I)
# an adverbial aside right after the list's conjunction: "S and, since 2024, T", "S and, more recently, T"
# (its date already blanked by the caller; no verb, no party inside)
CONJ_ASIDE_RE = re.compile(r"(?<=\band)\s*,(?:\s*(?:in|since|from|by|after|more|most|later|then|now|also|"
                           r"recently|latterly|\w+ly)\b)?[^,;:()]{0,25},\s*", re.I)
# a count of the first goods' own rounds or parts: "an S battery with 75 missiles, and T"
WITH_COUNT_ASIDE_RE = re.compile(r"\s+with\s+(?:\d[\d,]*|" + count_alt(2, 12, 20, 30, 40, 50) + r")\s+"
                                 r"(?:[\w\-]+\s+){0,2}?[\w\-]+(?=\s*,|\s+and\s+\S+\s*$)", re.I)
PAREN_RE = re.compile(r"\s*\([^()]{0,40}\)")
VALUE_ASIDE_RE = re.compile(r",\s*(?:worth|valued\s+at|costing|priced\s+at)\s+[^,;()]{1,40}(?=,)", re.I)
CONTRACT_ASIDE_RE = re.compile(r"\s+under\s+an?\s+[^,;()]{0,40}?\b(?:contract|deal|agreement)\b", re.I)
# "S, of which six were delivered, and T", "S, the first six of which arrived that year, and T"
PARTITIVE_ASIDE_RE = re.compile(r",\s*(?:(?:the\s+)?(?:[\w\-]+\s+){0,2})?of\s+which\s+[^,;()]{1,80}(?=,)", re.I)


def strip_list_asides(between: str) -> str:
    """The gap between two listed systems with its asides (a year or note in brackets, a price,
    the contract, a partitive relative about the first goods) left out."""
    if "(" in between:
        between = PAREN_RE.sub("", between)
    if "and," in between:
        between = CONJ_ASIDE_RE.sub(" ", between)
    if "," in between:
        between = PARTITIVE_ASIDE_RE.sub("", VALUE_ASIDE_RE.sub("", between))
    if " with " in between:
        between = WITH_COUNT_ASIDE_RE.sub("", between)
    if "under" in between:
        between = CONTRACT_ASIDE_RE.sub("", between)
    if " deal" in between or " contract" in between or " agreement" in between or " package" in between:
        between = DEAL_ASIDE_RE.sub("", between)
    return between


def new_party_between(text: str, mentions_rel: list[tuple[int, int, Mention]], lo: int, hi: int) -> bool:
    """A state opening a clause between two systems, its verb left out ("Georgia received 46 S
    and Kazakhstan 45 T"): the second system is not the first one's list mate (``lo``, ``hi``,
    and the mentions' offsets: sentence offsets)."""
    for a, b, m in mentions_rel:
        if lo <= a and b <= hi and m.entity_id.startswith("state:") \
                and GAPPED_BEFORE_RE.search(text, max(0, a - 8), a) and COUNT_AFTER_RE.match(text, b):
            return True
    return False


# the state right after a conjunction, a count right after it
GAPPED_BEFORE_RE = re.compile(r"(?:,|\band|\bwhile|\bbut)\s+$")
COUNT_AFTER_RE = re.compile(r"\s+(?:\d|(?:" + count_alt(2, 12) + r"|a\s+dozen|dozens|several|some|another|more)\b)",
                            re.I)
