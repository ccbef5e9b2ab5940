"""Possessors inside a copular predicate: "India is also by far Bhutan's largest partner: it
accounts for 80 percent of …".  The possessor ("Bhutan's") owns the predicate noun; the pronoun
"it" that follows stands for the clause's subject ("India"), which the predicate noun describes,
never for the possessor."""

from __future__ import annotations

import re

from silkgraph.extract.statistics.patterns import DATA

# a copula (or a verb of becoming) and up to three adverbs or determiners before the possessor:
# "is also by far X's", "has become X's", "remains the X's" is no English, so no article
COPULA_BEFORE_RE = re.compile(r"\b(?:" + DATA["copular_verbs"] + r")\s+(?:[a-z]+\s+){0,3}$")
# the possessive ending right after the name
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\s+[a-z]")


def predicate_possessor(text: str, a: int, b: int) -> bool:
    """The mention at ``a``-``b`` is a possessor in a copular predicate ("is Bhutan's largest
    partner"): the owner of what the subject is, not a referent of a later pronoun."""
    return POSSESSIVE_AFTER_RE.match(text, b) is not None \
        and COPULA_BEFORE_RE.search(text, max(0, a - 40), a) is not None
