"""Exported entities and how a gold name matches one (see the ``score`` docstring, Names)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .gold import GoldName, normalize_name


@dataclass(frozen=True)
class Ent:
    id: str
    type: str
    keys: frozenset[str]
    iso3: str | None


def matches(g: GoldName, e: Ent | None) -> bool:
    if e is None:
        return False
    if g.iso3 is not None and e.iso3 == g.iso3:
        return True
    return not g.keys.isdisjoint(e.keys)


class Entities:
    def __init__(self, records: Sequence[dict]) -> None:
        self.by_id: dict[str, Ent] = {}
        for r in records:
            eid = str(r.get("id") or "")
            names = [r.get("name")] + list(r.get("aliases") or [])
            keys = frozenset(k for k in (normalize_name(str(n)) for n in names if n) if k)
            iso3 = r.get("iso3") or (eid[6:] if eid.startswith("state:") else None)
            self.by_id[eid] = Ent(eid, str(r.get("type") or ""), keys, iso3)

    def ref(self, ref: Any) -> Ent | None:
        if isinstance(ref, dict):
            ref = ref.get("id") or ref.get("name")
        if ref is None or ref == "":
            return None
        ref = str(ref)
        if ref in self.by_id:
            return self.by_id[ref]
        names = {ref}
        iso3 = None
        if ":" in ref:
            prefix, slug = ref.split(":", 1)
            names.add(slug)
            if prefix == "state":
                iso3 = slug
        keys = frozenset(k for k in (normalize_name(n) for n in names) if k)
        return Ent(ref, "", keys, iso3)

    def refs(self, refs: Any) -> list[Ent]:
        if refs is None:
            return []
        if not isinstance(refs, list):
            refs = [refs]
        return [e for e in (self.ref(r) for r in refs) if e is not None]
