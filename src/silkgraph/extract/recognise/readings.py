"""Ambiguous weapon designations: when a name has several gazetteer readings ("J-35": the
Swedish Draken and the Chinese stealth fighter; "Caracal": a Belarusian vehicle and the French
helicopter), the reading is chosen by context, never by file order: the category noun next to
it ("Caracal helicopters"), a state or origin adjective of the reading's country in the sentence
("Beijing", "Chinese") or earlier in the article, and otherwise the curated (current) system."""

from __future__ import annotations

from collections.abc import Sequence

from silkgraph.extract.recognise.shape_base import cues
from silkgraph.model import Entity, Mention

_CURATED = "curated"


def best_reading(cands: Sequence[Entity], noun_category: str | None,
                 here: set[str], article: set[str]) -> Entity:
    """The weapon reading the context favours; ties keep the gazetteer's order.

    ``noun_category``: the category (``aircraft``, ``ship`` …) of a weapon noun right after the
    name; ``here``/``article``: ISO3 codes of states named in the sentence / the article."""
    if len(cands) == 1:
        return cands[0]

    def score(e: Entity) -> float:
        s = 0.0
        cat = e.attrs.get("category")
        if noun_category and cat:
            s += 4.0 if cat == noun_category else -4.0
        if e.country and e.country in here:
            s += 2.0
        elif e.country and e.country in article:
            s += 1.0
        if str(e.attrs.get("source") or "").startswith(_CURATED) or "(curated)" in str(e.attrs.get("source") or ""):
            s += 0.5
        return s

    return max(cands, key=lambda e: (score(e), -cands.index(e)))


def states_in(mentions: Sequence[Mention], entities: dict[str, Entity], lo: int = 0) -> set[str]:
    """ISO3 codes of the states (and origin adjectives) among ``mentions[lo:]``."""
    out: set[str] = set()
    for i in range(lo, len(mentions)):
        eid = mentions[i].entity_id
        if eid.startswith("state:"):
            out.add(eid[6:])
    return out


def noun_category(noun: str | None) -> str | None:
    """The weapon category of a noun phrase's last known word ("stealth fighters": aircraft)."""
    if not noun:
        return None
    table = cues().data["weapon_noun_categories"]
    for w in reversed(noun.split()):
        if w in table:
            return table[w]  # type: ignore[no-any-return]
    return None


def weapon_readings(kb_lookup, mentions: list[Mention], entities: dict[str, Entity],  # type: ignore[no-untyped-def]
                    first: int, noun_after) -> None:  # type: ignore[no-untyped-def]
    """Re-choose the reading of each gazetteer weapon mention of the sentence (``mentions[first:]``)
    whose name has several weapon readings."""
    here: set[str] | None = None
    article: set[str] | None = None
    for i in range(first, len(mentions)):
        m = mentions[i]
        if not m.entity_id.startswith("wpn:"):
            continue
        cands = [e for e in kb_lookup(m.text) if e.type == "weapon_system"]
        if len(cands) < 2 or m.entity_id not in {e.id for e in cands}:
            continue
        if here is None:
            here, article = states_in(mentions, entities, first), states_in(mentions[:first], entities)
        best = best_reading(cands, noun_category(noun_after(m)), here, article or set())
        if best.id == m.entity_id:
            continue
        old, m.entity_id = m.entity_id, best.id
        entities[best.id] = best
        if not any(x.entity_id == old for x in mentions):
            entities.pop(old, None)
