"""Names recognised by their shape: the helpers every shape pass shares (:class:`ShapeHelpers`,
the premodifier and country tests). The compiled word lists and patterns are in
:mod:`~silkgraph.extract.recognise.shape_patterns`, the name cues and given names in
:mod:`~silkgraph.extract.recognise.name_cues`; both are re-exported here for the passes."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.name_cues import cues
from silkgraph.extract.recognise.shape_patterns import UWORD, finditer, shape_patterns
from silkgraph.knowledge import Knowledge
from silkgraph.model import Entity, Mention
from silkgraph.resources import load_yaml

__all__ = [
    "MODIFIER_KINDS",
    "SEAT_RE",
    "UWORD",
    "ShapeHelpers",
    "cues",
    "entity_country",
    "finditer",
    "premodifier_end",
]


def _strip_stop(words: list[str], stop: frozenset[str]) -> list[str]:
    while words and words[0].lower().strip(".") in stop:
        words = words[1:]
    return words


# "the Almaty-based Steppe Policy Institute", "the US-backed Anaklia Development Consortium": a
# participle compound before a name is no part of it (ontology/titles.yaml, capital_place:
# based_suffixes name a seat, premodifier_suffixes a backer or owner)
_PLACE_CUES = load_yaml("ontology/titles.yaml")["capital_place"]
SEAT_RE = re.compile(r"-(?:" + "|".join(_PLACE_CUES["based_suffixes"]) + r")$")
_PREMOD_RE = re.compile(
    r"-(?:" + "|".join(_PLACE_CUES["based_suffixes"] + _PLACE_CUES["premodifier_suffixes"]) + r")$")


def premodifier_end(words: list[str]) -> int:
    """How many leading ``words`` are such compounds (and the words before them), keeping at
    least one word: 0 when none is."""
    return max((i + 1 for i, w in enumerate(words[:-1]) if _PREMOD_RE.search(w)), default=0)


def entity_country(e: Entity) -> str | None:
    """A state's own code, else the entity's country."""
    if e.type == "state":
        return e.iso3 or e.id.split(":", 1)[1]
    return e.country


MODIFIER_KINDS = frozenset({"demonym", "adjective", "capital", "acronym"})


class ShapeHelpers:
    """Names the gazetteer lacks, recognised in one sentence by their shape."""

    def __init__(self, text: str, kb: Knowledge, mentions: list[Mention],
                 entities: dict[str, Entity], add, surnames: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        self.text, self.kb, self.mentions, self.entities = text, kb, mentions, entities
        self.add, self.surnames = add, surnames
        self.sh = shape_patterns()
        self.first = 0
        self.local: list[tuple[str, str, str]] = []  # the article's local aliases (entity, alias, kind)
        # how often each entity is mentioned (the recogniser's count, shared): a dropped
        # mention no longer counts, so that "the namesake was named" reads surviving mentions
        self.seen: dict[str, int] = {}

    # -- helpers ----------------------------------------------------------------------------
    def _in(self, a: int, b: int) -> list[Mention]:
        ms = self.mentions
        return [m for m in (ms[i] for i in range(self.first, len(ms))) if m.start < b and a < m.end]

    def _free(self, a: int, b: int) -> bool:
        ms = self.mentions
        return not any(m.start < b and a < m.end for m in (ms[i] for i in range(self.first, len(ms))))

    def _drop_inside(self, a: int, b: int) -> None:
        tail = self.mentions[self.first:]
        gone = [m for m in tail if a <= m.start and m.end <= b]
        if not gone:
            return
        self.mentions[self.first:] = [m for m in tail if not (a <= m.start and m.end <= b)]
        still = {x.entity_id for x in self.mentions}
        for m in gone:
            if self.seen.get(m.entity_id):
                self.seen[m.entity_id] -= 1
            if m.entity_id not in still:
                self.entities.pop(m.entity_id, None)

    def _known_other(self, name: str, allowed: str) -> bool:
        """The name is a gazetteer entity of another type than ``allowed``."""
        return any(e.type != allowed for e in self.kb.lookup(name))

    def _state_of(self, name: str) -> str | None:
        return next((entity_country(e) for e in self.kb.lookup(name) if e.type == "state"), None)

    def _country_of_mention(self, m: Mention) -> str | None:
        e = self.entities.get(m.entity_id) or self.kb.get(m.entity_id)
        return None if e is None else entity_country(e)

    def _national(self, name: str, country: str) -> list[Entity]:
        """"Armenia's National Security Service": the gazetteer's body of that state named
        "National Security Service (Armenia)"; "China's Export-Import Bank": the "Export-Import
        Bank of China"; "China's Development Bank": the "China Development Bank"."""
        st = self.kb.get(f"state:{country}")
        if st is None:
            return []
        for full in (f"{name} ({st.name})", f"{name} of {st.name}", f"{st.name} {name}"):
            found = [e for e in self.kb.lookup(full) if e.type != "person" and e.country == country]
            if found:
                return found
        return []

    def _new(self, eid: str, etype: str, name: str, country: str | None,
             aliases: list[str] | None = None, **attrs: object) -> str:
        known = self.kb.get(eid)
        if known is not None:
            return known.id
        if eid not in self.entities:
            attrs["discovered"] = True
            self.entities[eid] = Entity(eid, etype, name, country=country,
                                        aliases=list(aliases or []), attrs=dict(attrs))
        return eid

    def _clean_words(self, words: list[str]) -> list[str]:
        return _strip_stop(words, self.sh.stop)
