"""Goods counted in with other goods of one transfer: "S, together with T", "S to Y along with T",
"S to Y as well as T", "an S system with 40 T missiles" (split from ``hits.py``).  Not when a clause
of its own comes between ("S to Y, which fought alongside T"), a party follows "with" ("S with X, as
well as T") or stands in the list's tail ("S to Y as well as Z with T": Z's own goods), or an
adjective or a participle heads the "with" ("S, compatible with T", "S armed with T")."""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.nlp.count_words import count_alt

# "S, together with T", "S along with T", "S alongside T": the second system is listed with the first
TOGETHER_RE = re.compile(r"\s(?:together\s+with|along\s+with|alongside)(?=\s)")
TOGETHER_TAIL_RE = re.compile(r"(?P<comma>,)?\s+(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+"
                              r"(?:(?!with\b)(?:the|its|their|some|a|an|\w+(?:[\s-]\w+)?)\s+){0,3}$")
# a deal noun heading an "under an order" adjunct of another verb, and a list mate's tail after it:
# "X handed over S in 2020 under a 2018 contract, along with T" (T is S's mate, not the order's goods)
UNDER_DEAL_RE = re.compile(r"\bunder\s+(?:an?|the|its|their|one)?\s*(?:[\w$€£.,\-]+\s+){0,3}$", re.I)
MATE_TAIL_RE = re.compile(r",\s*(?:together\s+with|along\s+with|as\s+well\s+as)\s", re.I)
# a clause of its own between two systems: "S to Y, which fought alongside T" (T is no list mate)
RELATIVE_WORD_RE = re.compile(r"\b(?:which|that|who|whom|whose|while|whereas|where)\b", re.I)
# goods counted in with the first ones by a bare "with": "an S system with 40 T missiles", "12 S jets
# from X, with 50 T"
WITH_GOODS_TAIL_RE = re.compile(r"(?P<comma>,)?\s+with\s+(?:(?:about|some|around|roughly|nearly|an\s+estimated|\d[\d,]*|"
                                + count_alt(2, 12, 20, 30, 40, 50, 60, 100) + r")\s+){0,2}$", re.I)
# a participle or an adjective right before "with"/"alongside": the goods' own description or another
# predicate ("fitted with T", "flying alongside T", "compatible with T", "interoperable with T")
PREDICATE_BEFORE_RE = re.compile(r"\b(?:[a-z]+(?:ed|ing|ible|able|ous|ful)|consistent|familiar|similar|identical|"
                                 r"level|par|replete|laden|along|together|line)\s*$", re.I)


def _party_in(sv: SentenceView, lo: int, hi: int, after_with: bool = False) -> bool:
    """A party (no weapon, no programme) named inside ``lo``-``hi``; with ``after_with`` only one
    right after "with" ("S with Russia, as well as T": a partner, not goods)."""
    return any(lo <= a and b <= hi and not m.entity_id.startswith(("wpn:", "prog:"))
               and (not after_with or re.search(r"\bwith\s+(?:the\s+)?$", sv.text[max(lo, a - 12):a]))
               for a, b, m in sv.mentions_rel())


def _party_before(sv: SentenceView, lo: int, at: int) -> bool:
    """A party right before ``at`` ("supplied Y with S, and Z with T"): the "with" is the
    verb's, naming Z's goods, not goods counted in with the first ones."""
    return any(lo <= a and not m.entity_id.startswith(("wpn:", "prog:")) and not sv.text[b:at].strip(" ,")
               for a, b, m in sv.mentions_rel())


def _predicate_before(between: str, m: re.Match[str], comma_ends: bool = True) -> bool:
    """A participle or an adjective heads the tail's "with" (with ``comma_ends``, a comma before the
    tail ends the phrase: "S, together with T")."""
    return not (comma_ends and m.group("comma")) and PREDICATE_BEFORE_RE.search(between, 0, m.start()) is not None


def listed_with(sv: SentenceView, p: Item, it: Item, between: str) -> bool:
    """Whether ``it`` is counted in with ``p`` by a "with" phrase of ``between`` (the text between
    them, asides and dates blanked out)."""
    if len(between) > 80 or ";" in between:
        return False
    clause = RELATIVE_WORD_RE.search(between) is not None or _party_in(sv, p.end, it.start, after_with=True)
    tail = TOGETHER_TAIL_RE.search(between)
    if tail is not None and (_predicate_before(between, tail) or _party_in(sv, p.end + tail.start(), it.start)
                             or clause and (tail.group("comma") is None or "well" in tail.group())):
        tail = None  # "S to Y, which fought alongside T", "S to Y as well as Z with T": T is no list mate
    if tail is not None and not lexicon().blockers.search(between, tail.start()):
        return True  # "bought S from X in 2019, together with T": T goes with the verb's object
    goods = WITH_GOODS_TAIL_RE.search(between) if not clause and not it.category else None
    return goods is not None and not _predicate_before(between, goods, False) and not lexicon().blockers.search(between) \
        and not _party_before(sv, p.end, p.end + goods.start())  # "delivered an S system with 40 T missiles"


def under_deal_adjunct(text: str, h: Hit, gap: str) -> bool:
    """Whether the buy trigger ``h`` heads an "under a contract" adjunct of another verb and the goods
    ``gap`` leads to are counted in with the adjunct's head ("… under a 2018 contract, along
    with T"): the adjunct names no parties, so T goes with the verb its list mate has."""
    return h.trig.role == "buy" and MATE_TAIL_RE.search(gap) is not None \
        and UNDER_DEAL_RE.search(text, max(0, h.start - 40), h.start) is not None
