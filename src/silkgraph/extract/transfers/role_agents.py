"""The actors a transfer trigger's roles are read from: the trigger's subject (a possessor,
the nearest free actor, a pronoun's antecedent) and the actors named inside a span; shared
by the seller, buyer and licence roles (moved from transfers/roles.py)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import TRANSFER_OBLIQUE_PREPS
from silkgraph.extract.transfers.model import Hit, Party
from silkgraph.extract.transfers.parties import _antecedent, _prev_word, _subject, mention_party
from silkgraph.extract.transfers.pronouns import _pronoun_subject


def _agent(sv: SentenceView, ctx: ArticleContext, h: Hit) -> Party | None:
    """The subject of the trigger: a possessor, the nearest free actor, or a pronoun's
    antecedent; for a sentence-initial gerund ("By selling S to Y, X …") the main subject."""
    # a pronoun right before the verb is its subject ("…: it supplied S"), whatever actor precedes it
    subj = _pronoun_subject(sv, ctx, h.start, strict=True) or _subject(sv, ctx, h.start)
    if subj is None:
        subj = _pronoun_subject(sv, ctx, h.start) or _antecedent(sv, ctx, h.start)
    if subj is None and re.match(r"^\s*(?:By|After|Before|In|While)\s+\w+ing\b", sv.text):
        comma = sv.text.find(",", h.end)
        if comma > 0:
            for a, _b, m in sv.mentions_rel():
                if a > comma:
                    p = mention_party(ctx, m)
                    if p is not None and _prev_word(sv.text, a) not in TRANSFER_OBLIQUE_PREPS:
                        return p
    return subj


def _actors_in(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int) -> list[Party]:
    out = []
    for a, b, m in sv.mentions_rel():
        if lo <= a and b <= hi:
            p = mention_party(ctx, m)
            if p is not None and _prev_word(sv.text, a) not in ("from", "with"):
                out.append(p)
    return out
