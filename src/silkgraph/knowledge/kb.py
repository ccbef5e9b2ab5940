"""The Knowledge object: the entity store with exact and fuzzy lookup, and its loading
(cached per overlay); the text matcher it inherits is :mod:`silkgraph.knowledge.matcher`."""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path
from typing import Any

from silkgraph.model import Entity

from .cache import cached_knowledge
from .loader import AliasRecord, gazetteer_sources, parse_gazetteer, resolve_overlay
from .matcher import GazetteerMatcher
from .normalise import normalise
from .office_terms import OfficeTable, office_table, people_names


class Knowledge(GazetteerMatcher):
    """Entities, aliases and a matcher built over them. Build with :func:`load_knowledge`."""

    def __init__(self, entities: dict[str, Entity], records: list[AliasRecord]) -> None:
        self.entities: dict[str, Entity] = entities
        self.records: list[AliasRecord] = records
        index: dict[str, list[tuple[str, str]]] = {}
        for r in records:
            lst = index.setdefault(normalise(r.alias), [])
            if (r.entity_id, r.kind) not in lst:
                lst.append((r.entity_id, r.kind))
        self._index = index
        self._keys = sorted(index)
        self._automaton: Any = None
        #: the terms of office of this gazetteer (package and overlay), set by load_knowledge
        self.offices: OfficeTable | None = None

    # -- lookup ---------------------------------------------------------------------------
    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def lookup(self, name: str) -> list[Entity]:
        """Entities whose normalised name or alias equals ``normalise(name)``."""
        out: list[Entity] = []
        for eid, _kind in self._index.get(normalise(name), []):
            ent = self.entities[eid]
            if ent not in out:
                out.append(ent)
        return out

    def lookup_kinds(self, name: str) -> list[tuple[str, str]]:
        """Like :meth:`lookup` but (entity_id, alias kind) pairs."""
        return list(self._index.get(normalise(name), []))

    def search(self, name: str, limit: int = 5) -> list[tuple[Entity, float]]:
        """Fuzzy "did you mean": best entities by similarity of normalised names (0..1)."""
        key = normalise(name)
        if not key:
            return []
        scored: dict[str, float] = {}
        for k in difflib.get_close_matches(key, self._keys, n=limit * 4, cutoff=0.6):
            score = difflib.SequenceMatcher(None, key, k).ratio()
            for eid, _kind in self._index[k]:
                if score > scored.get(eid, 0.0):
                    scored[eid] = score
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self.entities[eid], round(score, 4)) for eid, score in ranked]

    def aliases_of(self, entity_id: str) -> list[tuple[str, str]]:
        """(alias, kind) pairs of an entity, its name first."""
        return [(r.alias, r.kind) for r in self.records if r.entity_id == entity_id]

    def weapon_origin(self, entity_id: str) -> str | None:
        ent = self.entities.get(entity_id)
        if ent is None or ent.type != "weapon_system":
            return None
        return ent.country

    def capital_of(self, entity_id: str) -> str | None:
        """``place:islamabad`` -> ``state:PAK`` (None when the place is no capital)."""
        ent = self.entities.get(entity_id)
        if ent is None:
            return None
        value = ent.attrs.get("capital_of")
        return str(value) if value else None

    def state_for_demonym(self, word: str) -> str | None:
        """``"Pakistani"`` -> ``state:PAK``; also combining forms ("Sino-"). None if unknown/ambiguous."""
        hits = {
            eid
            for eid, kind in self._index.get(normalise(word), [])
            if kind in ("demonym", "adjective") and self.entities[eid].type == "state"
        }
        return hits.pop() if len(hits) == 1 else None


@lru_cache(maxsize=8)
def _cached(overlay: Path | None) -> Knowledge:
    layers = gazetteer_sources(overlay)

    def build() -> Knowledge:
        return Knowledge(*parse_gazetteer(layers))

    kb = cached_knowledge(layers, build)
    kb.offices = office_table(people_names(kb.entities, kb.records), overlay)  # once per overlay (_cached)
    return kb


def load_knowledge(overlay: str | Path | None = None) -> Knowledge:
    """The gazetteer as a :class:`Knowledge`, cached per overlay folder.

    ``overlay`` (else the ``SILKGRAPH_OVERLAY`` environment variable) names a folder of CSVs
    laid out like the package's: entity rows add entities or replace those with the same id;
    alias rows add aliases (flag ``remove`` deletes one); an ``office_terms.csv`` adds terms
    of office (``Knowledge.offices``, :mod:`silkgraph.knowledge.office_terms`). Malformed rows
    raise :class:`KnowledgeError` naming file:line.
    """
    return _cached(resolve_overlay(overlay))
