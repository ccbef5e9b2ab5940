"""Actors governed by a preposition, with their conjuncts, for ``transfers.parties``.

"to both Uzbekistan and Turkmenistan", "from Moscow" (a capital for its government), "to Y in
2019 and Z in 2021" (a list of names each dated by its own year), "to at least four Central
Asian states, including Y and Z" (a group's first member listed); "to Y's armed forces" is Y,
"to Y's neighbour" is not.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import SPACED_APOSTROPHE_S_OPT_RE
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_mentions import INSTITUTION_RE, _capital_party, mention_party
from silkgraph.extract.transfers.party_patterns import (
    GROUP_MEMBERS_RE,
    RANGE_ENDS_RE,
)
from silkgraph.extract.transfers.party_words import (
    _is_possessive,
    _prev_word,
)
from silkgraph.resources import load_yaml

# words before "from" that make the state after it the one turned away from, no source:
# "diversifying away from Russian suppliers", "independence from X" (resources: transfers.yaml)
LEAVING_BEFORE_FROM = frozenset(load_yaml("ontology/transfers.yaml")["leaving_before_from"])


def _left_source(text: str, a: int) -> bool:
    """Whether the "from" before the name at ``a`` follows a word of turning away ("away from X")."""
    at = text.lower().rfind("from", 0, a)
    return at > 0 and _prev_word(text, at) in LEAVING_BEFORE_FROM


def _group_member(text: str, a: int, preps: tuple[str, ...]) -> bool:
    """Whether the name at ``a`` is the first member listed for a group governed by one of
    ``preps``: "sold S to at least four Central Asian states, including Y and Z"."""
    m = GROUP_MEMBERS_RE.search(text, max(0, a - 90), a)
    return m is not None and m.end() == a and m.group("prep").lower() in preps


# a year closing a conjunct of a list, then the conjunction: "to Y in 2019 and Z in 2021", "to
# Y (2020), Z (2021) and W (2022)"; the next conjunct must close on its own year too
YEAR_TAIL = r"\s*(?:(?:in|by|during)\s+(?:early\s+|late\s+|mid-)?\d{4}|\(\s*\d{4}\s*\))"
DATED_GAP_RE = re.compile(YEAR_TAIL + r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
YEAR_TAIL_RE = re.compile(YEAR_TAIL + r"\s*(?:[,;.)]|and\b|$)", re.I)  # (not "Z in 2020 bought T")


# the gap between two conjoined names ("from X and the Netherlands"), and between a possessive
# state and the firm it owns ("from Germany's Rheinmetall": the firm, standing for its country)
CONJUNCTION_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and|as well as)\s*(?:the\s+)?", re.I)
OWNER_GAP_RE = re.compile(r"\s?[’']\s?s\s+(?:state(?:-owned)?\s+|(?:arms|defen[cs]e)\s+(?:firm|company|maker)\s+)?", re.I)


def _dated_conjunct(text: str, last_end: int, a: int, b: int) -> bool:
    """Whether the name at ``a``-``b`` continues a list of names each dated by its own year."""
    return DATED_GAP_RE.fullmatch(text, last_end, a) is not None and YEAR_TAIL_RE.match(text, b) is not None


def _after_prep(sv: SentenceView, ctx: ArticleContext, preps: tuple[str, ...], lo: int,
                hi: int) -> list[Party]:
    """Actors governed by one of ``preps`` between ``lo`` and ``hi``, with coordinated ones
    ("to both Uzbekistan and Turkmenistan")."""
    out: list[Party] = []
    last_end = -1
    owner_end = -1  # end of a governed possessive state ("from Germany's Rheinmetall")
    for a, b, m in sv.mentions_rel():
        if a < lo or a > hi:
            continue
        prev = _prev_word(sv.text, a)
        p = mention_party(ctx, m)
        if p is None and m.role == "place" and prev in ("from", "to", "in") and prev in preps \
                and not RANGE_ENDS_RE.search(sv.text[max(0, a - 40):b + 5]):
            p = _capital_party(ctx, m)  # "bought S from Moscow", "delivered S to Baku": the government
        if p is None or prev == "from" and _left_source(sv.text, a):
            continue
        chained = out and last_end >= 0 and (CONJUNCTION_GAP_RE.fullmatch(sv.text, last_end, a)
                                             or _dated_conjunct(sv.text, last_end, a, b))
        owned = owner_end >= 0 and OWNER_GAP_RE.fullmatch(sv.text, owner_end, a) is not None
        if owned and ctx.etype(m.entity_id) == "company":
            if all(p.eid != q.eid for q in out):
                out.append(p)
            last_end = b
            continue
        if prev in preps or (prev == "both" and _prev_word(sv.text, a - 5) in preps) \
                or (prev == "the" and _prev_word(sv.text, a - 4) in preps) or chained \
                or not out and _group_member(sv.text, a, preps):
            if _is_possessive(sv.text, b) and not chained \
                    and not INSTITUTION_RE.match(SPACED_APOSTROPHE_S_OPT_RE.sub("", sv.text[b:b + 40], count=1)):
                owner_end = b
                continue  # "to Y's armed forces" is Y; "to Y's neighbour" is not
            if all(p.eid != q.eid for q in out):
                out.append(p)
            last_end = b
        elif out:
            break
    return out
