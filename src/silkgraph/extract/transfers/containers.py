"""Named examples of a container noun that a transfer verb governs.

Structure read: ``VERB [Y] [count] [modifiers] CONTAINER [tail], including|among them|such as [n] S``
("Y bought 40 new vehicles in 2022, including 24 S", "X handed over 300 used vehicles as aid,
among them 159 S and 70 T"), or ``VERB [Y] [count] CONTAINER [tail]: [n] S, [n] T`` ("X gave Y new
equipment in 2019: two S and ten T").  The container noun ("vehicles", "systems", "equipment") names goods
of no one kind, so it is no category item and ``sharing._example_hit`` (which needs a category
item to share its trigger) does not reach the examples; the examples then share the verb, which
gives the parties as for goods named right after it.  The verb must be a buy or sell verb before
its goods (not a nominal trigger, not one written after its goods), and the stretch from the verb
to the example lead must be one noun phrase with its short tail: no clause break, no other verb
of the lexicon, no other named system.  Words are data: ``container_nouns`` in transfers.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.resources import load_yaml

# the example lead right before the system, with at most one word (a count, "the") after it
LEAD_RE = re.compile(r",\s*(?:including|among\s+them|among\s+which|such\s+as|notably|in\s+particular)\s+"
                     r"(?:[\w\-]+\s+)?$", re.I)
# a colon right before the system (at most one word, a count, between): "…arrived in 2022: 24 S and …"
COLON_LEAD_RE = re.compile(r":\s*(?:[\w\-]+\s+)?$")
# what may not stand between the verb and the lead: a clause break or a relative/subordinate word
BREAK_RE = re.compile(r"[;:.!?()]|\b(?:which|who|that|but|while|whereas|although|after|before|because)\b", re.I)
MAX_GAP = 110  # characters from the verb's end to the lead


@lru_cache(maxsize=1)
def _container_re() -> re.Pattern[str]:
    """The container nouns of transfers.yaml as one pattern (whole words)."""
    words = load_yaml("ontology/transfers.yaml").get("container_nouns") or []
    alt = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alt + r")\b", re.I)


def container_example_hit(text: str, it: Item, items: list[Item], hits: list[Hit]) -> Hit | None:
    """The buy or sell verb whose container-noun object ``it`` is a named example of, or None."""
    if it.category or "," not in text and ":" not in text:
        return None
    lead = LEAD_RE.search(text, max(0, it.start - 40), it.start)
    if lead is None:
        colon = COLON_LEAD_RE.search(text, max(0, it.start - 30), it.start) if ":" in text else None
        if colon is None:
            return None
        return _colon_after_hit(text, colon.start(), items, hits) or _colon_object_hit(text, colon.start(), items, hits)
    before = [h for h in hits if h.end <= lead.start() and lead.start() - h.end <= MAX_GAP]
    if not before:
        return None
    hit = max(before, key=lambda h: h.end)
    if hit.trig.role not in ("buy", "sell") or hit.trig.nominal or hit.trig.after or hit.rel:
        return None
    gap = text[hit.end:lead.start()]
    if BREAK_RE.search(gap) or any(hit.end <= o.start < lead.start() for o in items):
        return None  # another clause, or other goods named between the verb and the examples
    cm = _container_re().search(gap)
    if cm is None or cm.start() > 60:
        return None  # the verb's object is no container noun (near the verb)
    return hit


def _colon_after_hit(text: str, colon: int, items: list[Item], hits: list[Hit]) -> Hit | None:
    """"New equipment arrived in 2022: 24 S and 12 T": a verb written after its goods whose subject
    is a container noun, then a colon listing the goods (the verb's own goods are the list)."""
    before = [h for h in hits if h.end <= colon and colon - h.end <= 60]
    if not before:
        return None
    hit = max(before, key=lambda h: h.end)
    if not hit.trig.after or hit.trig.nominal or BREAK_RE.search(text, hit.end, colon):
        return None
    lo = max(0, hit.start - 50)
    brk = [m.end() for m in BREAK_RE.finditer(text, lo, hit.start)]
    lo = max([lo, *brk])
    if any(lo <= o.start < colon for o in items) or _container_re().search(text, lo, hit.start) is None:
        return None  # goods named before the colon, or a subject that is no container noun
    return hit


def _colon_object_hit(text: str, colon: int, items: list[Item], hits: list[Hit]) -> Hit | None:
    """"X transferred 300 vehicles to Y as aid in 2015: 150 S, 70 T": a buy or sell verb before
    its container-noun object (a category noun such as "armoured vehicles" too), then a colon
    listing the goods; no clause break and no other named system between the verb and the colon."""
    before = [h for h in hits if h.end <= colon and colon - h.end <= MAX_GAP]
    if not before:
        return None
    hit = max(before, key=lambda h: h.end)
    if hit.trig.role not in ("buy", "sell") or hit.trig.nominal or hit.trig.after or hit.rel:
        return None
    if BREAK_RE.search(text, hit.end, colon) or any(hit.end <= o.start < colon and not o.category for o in items):
        return None
    cm = _container_re().search(text, hit.end, colon)
    return hit if cm is not None and cm.start() - hit.end <= 60 else None


__all__ = ["container_example_hit"]
