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
from bisect import bisect_left, bisect_right
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


def _ws_start(text: str, pos: int) -> int:
    """The start of the run of whitespace that ends at ``pos``."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def demonym_allies(ps: list[Part], text: str, matches: Iterable[re.Match[str]]) -> list[Found]:
    """(possessor, demonym's state, kind) for "X's D1 and D2 <noun>"; ``matches`` are the cue
    matches of the noun right after the last demonym (relations.yaml: shape ``demonym_poss``).
    Parts are found by bisection on their ends (they come in text order), so a long list of
    demonyms costs no rescans."""
    out: list[Found] = []
    ends = [p.end for p in ps]
    ordered = all(x <= y for x, y in zip(ends, ends[1:], strict=False))
    for m in matches:
        if ordered:
            i = bisect_left(ends, _ws_start(text, m.start()))
            last = next((ps[j] for j in range(i, bisect_left(ends, m.start())) if ps[j].kind == "demonym"), None)
        else:
            last = next((p for p in ps if p.kind == "demonym" and p.end < m.start() and text[p.end:m.start()].isspace()),
                        None)
        if last is None:
            continue
        k = bisect_right(ends, last.start) if ordered else len(ps)
        rev = [last]  # the demonyms of the list, last first
        for j in range(k - 1, -1, -1):
            p = ps[j]
            if not ordered and p.end > last.start:
                continue
            if p.kind == "demonym" and LIST_GAP_RE.fullmatch(text, p.end, rev[-1].start):
                rev.append(p)
            else:
                break
        chain = rev[::-1]
        head = POSS_HEAD_RE.search(text, max(0, chain[0].start - 60), chain[0].start)
        if head is None:
            continue
        if head.group("s"):
            at = bisect_left(ends, head.start()) if ordered else 0
            upto = bisect_right(ends, head.start()) if ordered else len(ps)
            owner = next((ps[j] for j in range(at, upto) if ps[j].end == head.start() and ps[j].kind != "demonym"), None)
        else:
            owner = subject(ps, text, head.start()) or _its_owner(ps, text, head.end())
        if owner is None:
            continue
        kind = NOUN_KIND[m.group("noun").lower()]
        out.extend((owner, d, kind, m.start(), "") for d in chain if d.eid != owner.eid)
    return out


def _its_owner(ps: list[Part], text: str, pos: int) -> Part | None:
    """The party "its" stands for when the cue is no direct object of the clause ("X welcomed the
    arrival of its Russian ally"): the antecedent, only when no other state is named between it
    and "its" ("X told the envoy of Y about its French partners": whose is not told)."""
    owner = subject(ps, text, pos)
    if owner is None or any(p.eid.startswith("state:") and p.eid != owner.eid and owner.end <= p.start and p.end <= pos
                            for p in ps):
        return None
    return owner
