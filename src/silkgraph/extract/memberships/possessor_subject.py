"""The state a relative clause's "it" stands for when the sentence's subject is a noun phrase
that state owns: "Kazakhstan's security ties run through the SCO, which it co-founded in 2001",
"Its trade runs through the EAEU, which it joined in 2015" (the "its" told of the state the
previous sentence is about).  The general antecedent search (``pronoun.subject_antecedent``)
passes over possessors, rightly for most pronouns; a possessor that opens the sentence is the
topic its later "it" refers back to."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import DATELINE_RE, subject_antecedent

# what may stand before the possessor that opens the sentence: a section label ("BACKGROUND:")
OPEN_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?")
ITS_OPEN_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?Its\s")
POSSESSIVE_RE = re.compile(r"[’']s\s")


def possessor_subject(ctx: ArticleContext, sv: SentenceView, states: list[Part]) -> tuple[str, str] | None:
    """The state owning the sentence's opening noun phrase ("X's ties ...", "Its trade ..."), or None."""
    dl = DATELINE_RE.match(sv.text)
    start = OPEN_RE.match(sv.text, dl.end() if dl else 0)
    at = start.end() if start else 0
    first = next((p for p in states if p.start >= at), None)
    if first is not None and first.start == at and POSSESSIVE_RE.match(sv.text, first.end):
        return first.eid, f"'it' = '{sv.text[first.start:first.end]}', whose noun phrase opens the sentence"
    its = ITS_OPEN_RE.match(sv.text, dl.end() if dl else 0)
    if its is None or sv.index == 0:
        return None
    got = subject_antecedent(ctx, sv, 0)  # "Its": the state the previous sentence is about
    return (got[0], f"'it' = 'Its' = {got[1]}") if got else None
