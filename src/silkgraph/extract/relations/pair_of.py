""""Moscow, a treaty ally of both capitals", "X is a partner of the two countries": a relation
noun "of" a pair anaphor.  The pair is what :func:`silkgraph.extract.pronoun.pair_anaphor_at`
finds the anaphor stands for (the states just named as a pair, else the pair the article is
about); the head is the party in apposition before the comma, else the clause's subject."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import pair_anaphor_at
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.parties import subject

Found = tuple[Part, Part, str, int, str]
PAIR_OF_RE = re.compile(r"(?:both|the\s+two)\s+(?:capitals|countries|states|nations|sides|governments|neighbou?rs)\b(?!\s+of\b)", re.I)
# the relation noun in apposition (", a treaty ally of") or as a predicate ("is a partner of")
NOUN_OF_RE = re.compile(r"(?:,\s+|\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|became)\s+)"
                        r"(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\w\-]+\s+){0,3}?(?P<noun>ally|allies|partners?|rivals?|"
                        r"adversary|adversaries|enemy|enemies|foes?)\s+(?:of|to)\s+(?=(?:both|the\s+two)\s)", re.I)


def pair_of(sv: SentenceView, ctx: ArticleContext, ps: list[Part]) -> list[Found]:
    """Relations of a head party with each state of a pair anaphor after a relation noun "of"
    ("Moscow, a treaty ally of both capitals": Moscow is an ally of each)."""
    out: list[Found] = []
    text = sv.text
    for m in NOUN_OF_RE.finditer(text):
        kind = NOUN_KIND.get(m.group("noun").lower())
        am = PAIR_OF_RE.match(text, m.end())
        if kind is None or am is None:
            continue
        if text[m.start():m.start() + 1] == ",":
            head = next((p for p in ps if p.end == m.start()), None)
        else:
            head = subject(ps, text, m.start())
        if head is None:
            continue
        got = pair_anaphor_at(ctx, sv, am.group(0), am.start(), am.end())
        if not got or len(got[0]) != 2 or head.eid in got[0]:
            continue
        out += [(head, Part(x, am.start(), am.end()), kind, m.start(), got[1]) for x in got[0]]
    return out
