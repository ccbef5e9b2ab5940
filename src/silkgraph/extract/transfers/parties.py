"""Parties: actor mentions, subjects, antecedents, context recipients (a system's maker as its
supplier: transfers/makers.py).  Here the subject of a transfer's verb; the state a mention
stands for is read in ``party_mentions``, antecedents and context recipients in
``discourse_parties``, actors after a preposition in ``prep_parties``."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import TRANSFER_OBLIQUE_PREPS
from silkgraph.extract.transfers.context_parts import (
    CONTEXT_SKIP_PREPS,
)
from silkgraph.extract.transfers.discourse_parties import _antecedent, _context_recipient
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_mentions import (
    INSTITUTION_RE,
    OFFICIALS_IN_RE,
    _aid_giver,
    _capital_party,
    buyer_demonym,
    mention_party,
)
from silkgraph.extract.transfers.party_patterns import (
    ADVERB_RE,
    APPOSITION_RE,
    TITLE_AFTER_RE,
)
from silkgraph.extract.transfers.party_words import (
    _governor,
    _is_possessive,
    _prev_word,
)
from silkgraph.extract.transfers.patterns import (
    REL_ASIDE_RE,
    STRONG_BOUNDARY_RE,
)
from silkgraph.extract.transfers.prep_parties import _after_prep

# the names other modules (and tests) import from here: the parties' interface
__all__ = [
    "CONTEXT_SKIP_PREPS",
    "INSTITUTION_RE",
    "OFFICIALS_IN_RE",
    "_after_prep",
    "_aid_giver",
    "_antecedent",
    "_capital_party",
    "_context_recipient",
    "_coordinated_subject",
    "_is_possessive",
    "_prev_word",
    "_subject",
    "buyer_demonym",
    "mention_party",
    "subject_mention",
]

# conjunctions that open a clause ("after X bought S"), not only prepositions
SUBORDINATORS = {"after", "before", "since", "until", "till", "once"}
SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:had|has|have|was|were|also|then|finally|first|\w+ly)\s+)*", re.I)
REPORT_RE = re.compile(r"\b(?:said|says|stated|claimed|alleged)\s+(?:that\s+)?(?!(?:it|they|he|she|we|its|their)\b)(?=\w)")


def _subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The nearest actor before ``before`` that is not governed by a preposition, within
    the same main clause (relative clauses are crossed: "Uzbekistan, which …, is")."""
    found = subject_mention(sv, ctx, before)
    return found[0] if found else None


def _coordinated_subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The first conjunct of a coordinated subject: "A and his French counterpart, B, signed"."""
    found = subject_mention(sv, ctx, before)
    if found is None:
        return None
    a = found[1]
    for a0, b0, m in reversed(sv.mentions_rel()):
        if b0 > a or m.kind == "demonym":
            continue
        gap = sv.text[b0:a]
        if not re.fullmatch(r"\s*(?:,\s*|\s+)and\s+(?:(?:his|her|its|their|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+,?\s*)?"
                            r"|\s*,\s*", gap):
            return None
        if _prev_word(sv.text, a0) in TRANSFER_OBLIQUE_PREPS or _is_possessive(sv.text, b0) \
                or _oblique_conjunct(sv, a0):
            return None  # "After buying S from A and B, Y ordered T": B closes the fronted "from" list
        return mention_party(ctx, m)
    return None


def subject_mention(sv: SentenceView, ctx: ArticleContext, before: int) -> tuple[Party, int] | None:
    stop = max([0] + [m.end() for m in STRONG_BOUNDARY_RE.finditer(sv.text, 0, before)])
    if "sa" in sv.text or "ed " in sv.text:
        # "X said dozens of Y troops had been trained to use S": X reports, it is not the subject
        stop = max([stop] + [m.end() for m in REPORT_RE.finditer(sv.text, stop, before)])
    # a relative aside closed before the trigger ("X, which had sold Y S, delivered …"):
    # its actors are not the main verb's subject
    asides = [(m.start(), m.end()) for m in REL_ASIDE_RE.finditer(sv.text, stop, before)] \
        + [(m.start(), m.end()) for m in APPOSITION_RE.finditer(sv.text, stop, before)] \
        if "," in sv.text[stop:before] else []
    for a, b, m in reversed(sv.mentions_rel()):
        if b > before or a < stop:
            continue
        if any(x < a and b <= y for x, y in asides):
            p = mention_party(ctx, m) if _title_apposition(sv.text, b, before, asides) else None
            if p is not None:
                return p, a  # "R, India's defence minister, handed over S": the title's state
            continue
        p = mention_party(ctx, m)
        if p is None:
            continue
        if sv.text[a - 1:a] == "(":
            continue  # "Israel Aerospace Industries (IAI)": an aside naming the previous mention
        prev = _prev_word(sv.text, a)
        if prev in SUBORDINATORS and SUBJECT_GAP_RE.fullmatch(sv.text, b, before):
            return p, a  # "… after Ankara took delivery of S": the subject of a subordinate clause
        if (prev in TRANSFER_OBLIQUE_PREPS or prev == "according") and m.role != "place":
            continue
        if prev in ("and", "or") and m.role != "place" and not SUBJECT_GAP_RE.fullmatch(sv.text, b, before) \
                and _oblique_conjunct(sv, a):
            continue  # "Y buys from A and B and has agreed to acquire S": B is governed by "from" too
        if m.kind != "demonym" and _governor(sv.text, a) in TRANSFER_OBLIQUE_PREPS and m.role != "place":
            continue  # "with British Foreign Secretary X": the name is governed by the preposition
        if m.kind == "demonym" and not INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "Chinese drones": a maker, not an actor
        if _is_possessive(sv.text, b) and not _possessive_subject(sv.text, b, before):
            continue
        return p, a
    return None


CONJUNCT_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")


def _oblique_conjunct(sv: SentenceView, a: int) -> bool:
    """The name at ``a`` closes a list of names whose first is governed by a preposition ("from
    A, B and C"): like its first conjunct, it is no subject."""
    for _hops in range(6):  # a handful of conjuncts; a longer run is no list of names
        prev = next(((a0, b0) for a0, b0, _m in reversed(sv.mentions_rel())
                     if b0 <= a and CONJUNCT_GAP_RE.fullmatch(sv.text, b0, a)), None)
        if prev is None:
            return False
        a = prev[0]
        if _prev_word(sv.text, a) in TRANSFER_OBLIQUE_PREPS:
            return True
    return False


def _title_apposition(text: str, end: int, before: int, asides: list[tuple[int, int]]) -> bool:
    """", India's defence minister," / ", the Indian envoy," closed right before the verb: the
    apposition names the office of the person before it, whose state acts."""
    aside = next(((x, y) for x, y in asides if x < end <= y), None)
    if aside is None or not SUBJECT_GAP_RE.fullmatch(text, aside[1], before):
        return False
    return bool(TITLE_AFTER_RE.match(text, end, aside[1]))


def _possessive_subject(text: str, end: int, trig: int) -> bool:
    """"Azerbaijan's acquisition": the possessor right before the trigger."""
    gap = text[end:trig]
    return "," not in gap and len([w for w in gap.split() if not ADVERB_RE.fullmatch(w)]) <= 3
