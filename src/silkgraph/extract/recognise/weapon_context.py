"""Lookup-only weapon names (designations that are ordinary words: "Cobra", "Ejder", "Kirpi")
recognised where only a weapon can stand: coordinated with a weapon named in the same sentence
("Cobra and Ejder vehicles", "Kirpi, Cobra and Vuran armoured vehicles"), or right after the
demonym of the weapon's own maker state or the name of its maker firm ("Turkish Cobras",
"Otokar's Cobra"). The gazetteer's ``nomatch`` flag keeps these names out of the matcher,
because elsewhere they are snakes, animals or places; here the context says they are
weapons. A weapon counted ("111 Cobra") or followed by a weapon noun ("Cobra armoured
vehicles") is read in :mod:`silkgraph.extract.recognise.designations` and
:mod:`silkgraph.extract.recognise.variants`."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.shape_base import ShapeHelpers
from silkgraph.model import Entity

# "Cobra, Kirpi and " / "Cobra or ": the conjuncts just before a weapon's mention
_CONJ_TAIL_RE = re.compile(
    r"(?:(?<![\w\-’'])(?P<name>[A-ZÀ-ÖØ-Þ][\w\-]*)(?:\s*,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))$")
# "Turkish Cobra", "Otokar's Cobra": a capitalised word after its maker
_AFTER_MAKER_RE = re.compile(r"(?:[’']s)?\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w\-]*)\b(?![\-’'])")


class ContextWeapons(ShapeHelpers):
    """Lookup-only weapon names told as weapons by their neighbours."""

    def _lookup_only(self, name: str) -> Entity | None:
        """The weapon ``name`` denotes when the gazetteer knows it only as a weapon."""
        found = self.kb.lookup(name)
        if not found or any(e.type != "weapon_system" for e in found):
            return None
        return found[0]

    def coordinated_weapons(self, st: str, base: int) -> None:
        """"Cobra and Ejder vehicles": a lookup-only name coordinated with a weapon of the same
        category named in the sentence (the category guards "Jaguar and Kirpi": a torpedo boat
        is no armoured vehicle)."""
        anchors = sorted((m for m in self.mentions[self.first:]
                          if (e := self.entities.get(m.entity_id)) is not None and e.type == "weapon_system"),
                         key=lambda m: -m.start)
        for m in anchors:
            cat = (self.entities[m.entity_id].attrs or {}).get("category")
            end = m.start - base
            while end > 0:
                c = _CONJ_TAIL_RE.search(st, max(0, end - 40), end)
                if c is None:
                    break
                name = c.group("name")
                ent = self._lookup_only(name)
                a, b = base + c.start("name"), base + c.end("name")
                if ent is None or not cat or (ent.attrs or {}).get("category") != cat or not self._free(a, b):
                    break
                self.add(a, b, ent.id, "name")
                end = c.start("name")

    def after_maker(self, st: str, base: int) -> None:
        """"Turkish Cobras", "Otokar's Cobra": a lookup-only name right after the demonym of
        its own origin state or the name of a firm of that state."""
        for m in list(self.mentions[self.first:]):
            e = self.entities.get(m.entity_id) or self.kb.get(m.entity_id)
            if e is None:
                continue
            if e.type == "state" and m.kind == "demonym":
                origin = e.id.split(":", 1)[1]
            elif e.type == "company" and e.country:
                origin = e.country
            else:
                continue
            x = _AFTER_MAKER_RE.match(st, m.end - base)
            if x is None:
                continue
            name = x.group("name")
            key = name[:-1] if name.endswith("s") and not self.kb.lookup(name) else name
            ent = self._lookup_only(key)
            a = base + x.start("name")
            if ent is None or ent.country != origin or not self._free(a, a + len(key)):
                continue
            self.add(a, a + len(key), ent.id, "name")
