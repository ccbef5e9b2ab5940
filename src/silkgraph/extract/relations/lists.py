"""Coordinated lists of parties told as one: where a list ends ("X, Y and Z, and W …"), the
conjuncts before a party ("X, Y and Z": X and Y for Z), and the shapes that make an apposition or
a pair cue apply to every conjunct (a plural relation noun, a last conjunct that is no party)."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part

LIST_MAX = 4  # the longest list whose every pair a pair cue joins
# a plural relation noun: the apposition is of a coordinated phrase
PLURAL_NOUN_RE = re.compile(r"s\s*$", re.I)
# a last conjunct that is no party, then the apposition's comma: " and the Gulf monarchies, "
CONJ_NP_GAP_RE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?-i:[a-z][\w\-]*s)\s*,\s*(?:the\s+)?")
# two coordinated parties: "X and Y", "X & the Y"
PAIR_AND_RE = re.compile(r"\s*(?:and|&)\s*(?:the\s+)?")
# the conjunction closing a list
AND_RE = re.compile(r"\band\b|&")
# between two conjuncts of a list: ", ", " and ", ", and " (unlike grammar.LIST_GAP_RE, no "&")
LIST_SEP_RE = re.compile(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?")


def closed_list(lst: list[Part], text: str) -> list[Part]:
    """A list up to its conjunct after "and" ("X, Y and Z, and W …": X, Y and Z)."""
    for k in range(1, len(lst)):
        if AND_RE.search(text[lst[k - 1].end:lst[k].start]):
            return lst[:k + 1]
    return lst


def conjuncts_before(ps: list[Part], text: str, i: int) -> list[Part]:
    """The parties coordinated before ``ps[i]`` ("X, Y and Z": X and Y for Z), nearest first."""
    out: list[Part] = []
    while i > 0 and LIST_SEP_RE.fullmatch(text, ps[i - 1].end, ps[i].start):
        out.append(ps[i - 1])
        i -= 1
    return out
