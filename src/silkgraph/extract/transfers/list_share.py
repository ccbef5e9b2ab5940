"""What a list of goods shares with its first member or its closing aside: the clause's verb
when the first goods carry a participle of their own ("Beijing delivered 25 S ordered in 2021,
together with T"), and a quantified participial aside after the list ("S and T, all delivered
in 2023")."""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Hit, Item

# named examples of the verb's goods: "…, including 100 S"
EXAMPLE_LEAD_RE = re.compile(r",\s*(?:including|such\s+as|notably|among\s+them)\s+(?:[\w\-]+\s+){0,2}$")
# what may stand between a clause's verb and its first object: no clause break, no other verb's object
VERB_OBJECT_BREAK_RE = re.compile(r"[;:.,]|\b(?:which|that|who|and|or)\b")


def verb_before(text: str, p: Item, items: list[Item], hits: list[Hit]) -> Hit | None:
    """The verb whose object ``p`` is, when ``p``'s own trigger is a participle after it ("Beijing
    delivered 25 S ordered in 2021, together with T"): the goods listed with ``p`` share the
    clause's verb, not ``p``'s reduced relative."""
    best: Hit | None = None
    for g in hits:
        if g.end > p.start or g.trig.after or g.trig.role not in ("buy", "sell") or p.start - g.end > 120:
            continue
        gap = text[g.end:p.start]
        ex = EXAMPLE_LEAD_RE.search(gap) if "," in gap else None
        if ex is not None and ex.start() <= 80 and not re.search(r"[;:.]", gap[:ex.start()]):
            gap = gap[ex.end():]  # "X supplied Y's army with much, including 100 S ordered in 2011, 24 T"
        elif p.start - g.end > 45:
            continue
        if VERB_OBJECT_BREAK_RE.search(gap) or lexicon().blockers.search(gap) \
                or any(g.end <= o.start and o.end <= p.start for o in items):
            continue
        if best is None or g.end > best.end:
            best = g
    return best


SHARED_ASIDE_RE = re.compile(r",\s*(?:all|both|each)\s+$")
# the last listed system's head noun, then a quantified participial aside: "… T drones, all delivered in 2022"
SHARED_PART_GAP_RE = re.compile(r"[\s\w\-’']{0,40},\s*(?:all|both|each)\s+(?:\w+ly\s+)?")


def shared_participle(sv: SentenceView, items: list[Item], hits: list[Hit], found: list[Hit | None]) -> None:
    """Goods with no trigger of their own, listed before a quantified participial aside ("it also
    lists 100 S and 20 T drones, all delivered in 2022"): the aside's participle tells their
    transfer (the list's earlier goods share it through ``_listed_before``)."""
    for i, it in enumerate(items):
        if found[i] is not None or it.category:
            continue
        for h in hits:
            if h.start >= it.end and not h.trig.after and not h.trig.nominal and h.trig.role in ("buy", "sell") \
                    and sv.text[h.start:h.end].lower().endswith("ed") and SHARED_PART_GAP_RE.fullmatch(sv.text, it.end, h.start):
                found[i] = h
                break
