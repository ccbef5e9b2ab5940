"""A possessed relation noun whose states are told by demonyms: "Baku's Turkish allies", "India
is pressing its French and American partners", "Tehran's Russian and Chinese partners".  The
possessor ("X's", or "its"/"their": the clause's subject) and each state of the demonym list are
allies or partners (the noun tells the kind).

Not read: a noun followed by "of"/"in"/"at" ("French partners of the consortium": partners of
something else), a list with a non-demonym name ("its CSTO ally Russia" is
:func:`silkgraph.extract.relations.owners.poss_before`), and demonyms without a possessor
("Russian and Chinese partners treat it …": whose partners is not told)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.parties import subject
from silkgraph.resources import load_yaml

Found = tuple[Part, Part, str, int, str]
# the modifiers allowed between the possessor and the first demonym
POSS_HEAD_RE = re.compile(r"(?:(?P<s>[’']s)|\b(?P<its>its|their))\s+(?:(?:"
                          + "|".join(load_yaml("ontology/relations.yaml")["demonym_poss_modifiers"]) + r")\s+)*$", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def demonym_allies(ps: list[Part], text: str, matches: Iterable[re.Match[str]]) -> list[Found]:
    """(possessor, demonym's state, kind) for "X's D1 and D2 <noun>"; ``matches`` are the cue
    matches of the noun right after the last demonym (relations.yaml: shape ``demonym_poss``)."""
    out: list[Found] = []
    for m in matches:
        last = next((p for p in ps if p.kind == "demonym" and p.end < m.start() and text[p.end:m.start()].isspace()), None)
        if last is None:
            continue
        chain = [last]
        for p in reversed([q for q in ps if q.end <= last.start]):
            if p.kind == "demonym" and LIST_GAP_RE.fullmatch(text, p.end, chain[0].start):
                chain.insert(0, p)
            else:
                break
        head = POSS_HEAD_RE.search(text, max(0, chain[0].start - 60), chain[0].start)
        if head is None:
            continue
        if head.group("s"):
            owner = next((p for p in ps if p.end == head.start() and p.kind != "demonym"), None)
        else:
            owner = subject(ps, text, head.start())
        if owner is None:
            continue
        kind = NOUN_KIND[m.group("noun").lower()]
        out.extend((owner, d, kind, m.start(), "") for d in chain if d.eid != owner.eid)
    return out
