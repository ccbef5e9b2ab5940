"""Systems that share an earlier system's trigger: coordinated systems ("nine S1 in 2018 and four
S2 in 2019") and a nominal trigger's repeated "of"/"with" ("the delivery of S … and of T")."""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.transfers.hits import _listed_pair
from silkgraph.extract.transfers.list_share import verb_before
from silkgraph.extract.transfers.model import Hit, Item


def _chained_hit(sv: SentenceView, it: Item, items: list[Item], chained: dict[int, Hit],
                 hits: list[Hit] | None = None) -> Hit | None:
    """Coordinated systems share the trigger of the first one, each with its own count and
    date: "Y was given nine S1 in 2018 and four S2 in 2019", "… T-90S tanks, BMP-3 … and S-300
    systems" (a long list runs past the trigger's reach)."""
    prev = [o for o in items if o.end <= it.start and id(o) in chained]
    if not prev:
        return None
    p = prev[-1]
    if any(p.end <= o.start and o.end <= it.start for o in items if o is not p) \
            or not _listed_pair(sv, p, it, items):
        return None
    h = chained[id(p)]
    # the previous system's own participle ("two S, delivered in 2023, and two T"): the list's verb
    while h.start >= p.end:
        before = [o for o in items if o.end <= p.start and id(o) in chained]
        if not before or not _listed_pair(sv, before[-1], p, items):
            break
        p, h = before[-1], chained[id(before[-1])]
    if h.start >= p.end and hits:
        return verb_before(sv.text, p, items, hits) or h
    return h


# a second object of a nominal trigger, its "of" repeated: "the delivery of S to Y in 2020 and of T in 2023"
# … or its "with": "X supplied Y with four S in 2015, and with three T in 2016"
OF_AGAIN_RE = re.compile(r"\b(?:and|or|as\s+well\s+as)\s+(of|with)\s+(?:(?:the|its|their|\w+)\s+){0,3}$", re.I)
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:[\w\-’']+\s+){0,4}$", re.I)


def _of_again_hit(text: str, it: Item, items: list[Item], chained: dict[int, Hit]) -> Hit | None:
    """The nominal trigger of an earlier system whose "of" the coordination repeats."""
    m = OF_AGAIN_RE.search(text, max(0, it.start - 40), it.start)
    if m is None or ";" in text[:it.start] and text.rfind(";", 0, it.start) > m.start():
        return None
    before = [o for o in items if o.end <= m.start() and id(o) in chained]
    if m.group(1).lower() == "with":
        if not before:
            return None
        o = before[-1]
        h = chained[id(o)]
        ok = h.end <= o.start and not h.trig.after and h.trig.role in ("buy", "sell") \
            and WITH_BEFORE_RE.search(text, max(0, o.start - 50), o.start) is not None
        return h if ok and ";" not in text[h.end:m.start()] else None
    prev = [chained[id(o)] for o in before]
    if not prev or not prev[-1].trig.nominal or prev[-1].start > m.start():
        return None
    h = prev[-1]
    return h if text[h.start:h.end].lower().rstrip().endswith(" of") and ";" not in text[h.end:m.start()] else None
