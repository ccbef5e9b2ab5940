"""Pronoun parties: "Baykar said it had signed …", "Y fields S, and it plans to buy T".

This is the transfers' own resolver of a pronoun subject, not ``pronoun.subject_antecedent``
(memberships, relations, statistics) nor ``events.pronouns.pronoun_subject``: it looks only in
the trigger's sentence, takes any transfer party (a supplier company is often "it", which
``subject_antecedent`` refuses), tests the preposition by the word before the mention (past an
article) against ``grammar.TRANSFER_OBLIQUE_PREPS``, skips bracketed names and demonyms not
heading an institution, and reads "officials in X … they" as X.  None of the three is a special
case of another (see the ``extract.pronoun`` docstring), so they are not merged.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import TRANSFER_OBLIQUE_PREPS
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.parties import (
    INSTITUTION_RE,
    OFFICIALS_IN_RE,
    _is_possessive,
    _prev_word,
    mention_party,
)

# a pronoun subject right before the trigger (auxiliaries and adverbs between)
# … or a possessive pronoun heading the subject ("its armoured units operate S")
PRONOUN_SUBJECT_RE = re.compile(r"\b(?P<p>it|they|(?:its|their)(?:\s+(?!(?:has|have|had|will|would|is|are|was|were)\b)"
                                r"[a-z][\w\-]*){1,3})\s+(?:(?:has|have|had|will|would|is|are|was|were|also|now|"
                                r"already|still|since|then|long|\w+ly)\s+)*$", re.I)


def _pronoun_subject(sv: SentenceView, ctx: ArticleContext, trig: int, strict: bool = False) -> Party | None:
    """"X said on Monday that it had signed a contract …", "Y fields S, and it plans to acquire
    T", "Y's navy …: its units operate S": a pronoun subject refers to the first free actor of
    the sentence (the main subject)."""
    m = PRONOUN_SUBJECT_RE.search(sv.text, max(0, trig - 50), trig)
    if m is None or strict and not re.fullmatch(r"it|they", m.group("p"), re.I):
        return None  # (strict: only "it"/"they" themselves, before the nearest actor is tried)
    # (not an actor inside a relative aside: "It belongs to the SCO, to which Y also belongs, and it buys …")
    asides = [(x.start(), x.end()) for x in REL_ASIDE_RE.finditer(sv.text, 0, m.start())] \
        if "which" in sv.text or "who" in sv.text else []
    cands = []
    for a, b, mm in sv.mentions_rel():
        if b > m.start():
            break
        if any(x < a < y for x, y in asides):
            continue
        p = mention_party(ctx, mm)
        prev = _prev_word(sv.text, a)
        if prev in ("the", "a", "an"):  # "for the Turkmen navy": governed through its article
            prev = _prev_word(sv.text, a - len(prev) - 1)
        if p is None or sv.text[a - 1:a] == "(" or prev in TRANSFER_OBLIQUE_PREPS \
                and not (prev == "in" and OFFICIALS_IN_RE.search(sv.text, max(0, a - 40), a)):
            continue  # ("officials in Ashgabat … they": the government seated there is the subject)
        if mm.kind == "demonym" and not INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue
        if _is_possessive(sv.text, b):
            continue
        cands.append((a, mm, p))
    if not cands:
        return None
    # the subject of the nearest clause before the pronoun ("X supplied S, Y signed for T, and it
    # ordered U": Y), else the sentence's main subject
    heads = [c for c in cands if CLAUSE_HEAD_BEFORE_RE.search(sv.text, max(0, c[0] - 12), c[0])]
    _a, mm, p = heads[-1] if heads and heads[-1] is not cands[0] else cands[0]
    return Party(p.eid, f"antecedent of '{m.group('p')}': '{mm.text}', the subject of the sentence")


# a relative aside, its pronoun perhaps governed: ", which …,", ", to which Y also belongs,"
REL_ASIDE_RE = re.compile(r",\s*(?:(?:to|of|in|with|for|from|by|among)\s+)?(?:which|who|whom|whose)\b[^,;]*,")
CLAUSE_HEAD_BEFORE_RE = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?)(?:the\s+)?$", re.I)
