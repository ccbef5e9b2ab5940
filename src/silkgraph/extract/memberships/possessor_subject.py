"""The state a relative clause's "it" stands for when the sentence's subject is a noun phrase
that state owns: "Kazakhstan's security ties run through the SCO, which it co-founded in 2001",
"Its trade runs through the EAEU, which it joined in 2015" (the "its" told of the state the
previous sentence is about).  The general antecedent search (``pronoun.subject_antecedent``)
passes over possessors, rightly for most pronouns; a possessor that opens the sentence is the
topic its later "it" refers back to, before any state of the previous sentence ("Uzbekistan left
the CSTO in 2012. Kazakhstan's role in the CSTO, which it joined in 1992, has grown": Kazakhstan),
unless another state stands as a subject between them ("Kazakhstan's envoy said Uzbekistan
belongs to the SCO, which it co-founded")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.grammar import PRONOUN_PREPS, after_prep
from silkgraph.extract.pronoun import DATELINE_RE, subject_antecedent

# what may stand before the possessor that opens the sentence: a section label ("BACKGROUND:")
OPEN_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?")
ITS_OPEN_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?Its\s")
POSSESSIVE_RE = re.compile(r"[’']s\s")


def opening_possessor(ctx: ArticleContext, sv: SentenceView, states: list[Part], it_pos: int) -> tuple[str, str] | None:
    """The state whose possessive opens the sentence ("X's role in ORG, which it joined"), when no
    other state stands before the pronoun at ``it_pos`` but as a possessor or a preposition's object."""
    got = possessor_subject(ctx, sv, states, opening_only=True)
    if got is None:
        return None
    for p in states:
        if p.eid != got[0] and p.end <= it_pos and not POSSESSIVE_RE.match(sv.text, p.end) \
                and not after_prep(sv.text, p.start, PRONOUN_PREPS):
            return None
    return got


def relative_it(ctx: ArticleContext, sv: SentenceView, states: list[Part], it_pos: int) -> tuple[str, str] | None:
    """The state a relative clause's "it" stands for ("the CSTO, which it joined", "of which it is
    a member"): the opening possessor, else the general subject antecedent."""
    return opening_possessor(ctx, sv, states, it_pos) or subject_antecedent(ctx, sv, it_pos)


def possessor_subject(ctx: ArticleContext, sv: SentenceView, states: list[Part],
                      opening_only: bool = False) -> tuple[str, str] | None:
    """The state owning the sentence's opening noun phrase ("X's ties ...", "Its trade ..."), or None
    (``opening_only``: a named possessor only)."""
    dl = DATELINE_RE.match(sv.text)
    start = OPEN_RE.match(sv.text, dl.end() if dl else 0)
    at = start.end() if start else 0
    first = next((p for p in states if p.start >= at), None)
    if first is not None and first.start == at and POSSESSIVE_RE.match(sv.text, first.end):
        return first.eid, f"'it' = '{sv.text[first.start:first.end]}', whose noun phrase opens the sentence"
    its = ITS_OPEN_RE.match(sv.text, dl.end() if dl else 0)
    if its is None or sv.index == 0 or opening_only:
        return None
    got = subject_antecedent(ctx, sv, 0)  # "Its": the state the previous sentence is about
    return (got[0], f"'it' = 'Its' = {got[1]}") if got else None
