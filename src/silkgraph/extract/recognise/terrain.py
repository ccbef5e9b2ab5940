"""Unknown names typed by the structure around them (one regex pass per sentence, each gated
by a literal word of the sentence):

* coordinated names before a plural place head: "the Zojila, Mushkoh and Ghumri sectors",
  "the Kharmang and Tolti valleys" -- every coordinated capitalised name is a place, named
  without the head (as "the Tawang sector" names Tawang);
* coordinated names before a plural unit head: "the Imam Shamil and Kastus Kalinouski
  battalions" -- each is an armed group named with the singular head ("Imam Shamil
  Battalion");
* a numbered height: "Point 5140" -- the whole phrase is the place's name;
* a numbered unit: "the 249th Special Motorized Regiment" -- the ordinal belongs to the
  unit's name (:func:`ordinal_start`, used by the organisation shape).

Why: a new writer's subject brings names no gazetteer holds; the head noun or the list they
stand in gives their type. The plural heads are data (ontology/name_heads.yaml
``place_plural_heads``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.shape_base import ShapeHelpers
from silkgraph.knowledge.normalise import fold
from silkgraph.resources import load_yaml

# a capitalised word (not "The"; an apostrophe only inside a word, never a possessive "'s")
_WORD = r"(?!The\b)[A-Z](?:[\w\-]|[’'](?![sS]\b))+"
_NAME = rf"{_WORD}(?:\s+{_WORD})?"
_POINT_RE = re.compile(r"(?<![\w’'\-])Point\s+(\d{3,4})\b(?![\-\w])")
# what makes "Point N" a clause or a label, not a height: "Point 105 of the resolution"
_POINT_OF_RE = re.compile(r"\s+of\b")
_LOWER_WORD_RE = re.compile(r"\s+[a-z]")
# the number of a unit before its capitalised name: "the 141st Special ..."
_ORDINAL_RE = re.compile(r"(?<![\w\-])\d{1,3}(?:st|nd|rd|th)\s+$")
# unit heads whose number is part of the name
_UNIT_HEADS = frozenset({"Regiment", "Battalion", "Brigade", "Division", "Corps", "Army",
                         "Squadron", "Flotilla", "Fleet", "Detachment", "Group"})


@lru_cache(maxsize=1)
def _plural() -> tuple[frozenset[str], re.Pattern[str]]:
    """The plural place heads and the regex of a coordination before one of them."""
    data = load_yaml("ontology/name_heads.yaml")
    heads = data.get("place_plural_heads", []) + data.get("unit_plural_heads", [])
    alt = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w’'\-])(?P<list>(?:{_NAME},\s+)*{_NAME}),?\s+(?:and|or)\s+(?P<last>{_NAME})"
        rf"\s+(?P<head>{alt})\b")
    return frozenset(heads), rx


@lru_cache(maxsize=1)
def _non_names() -> frozenset[str]:
    return frozenset(load_yaml("ontology/name_heads.yaml").get("plural_head_non_names", []))


def _non_name(name: str) -> bool:
    """Whether a name before a plural head is made only of words that are no names there
    ("Hindu", "Old", "Special Forces")."""
    return all(w.lower() in _non_names() for w in name.split())


def plural_place_words() -> frozenset[str]:
    """Gate words: the plural heads (places and units)."""
    return _plural()[0]


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(load_yaml("ontology/name_heads.yaml").get("unit_plural_heads", []))


def ordinal_start(text: str, a: int, name: str) -> int | None:
    """Where a unit's name starts when an ordinal stands before it ("the 141st Special
    Motorized Regiment"): the ordinal's offset, or None (no ordinal, or no unit head)."""
    if name.rsplit(" ", 1)[-1] not in _UNIT_HEADS:
        return None
    m = _ORDINAL_RE.search(text, max(0, a - 8), a)
    return m.start() if m else None


class TerrainShapes(ShapeHelpers):
    """Places named by a list before a plural head, and numbered heights."""

    def plural_places(self, st: str, base: int) -> None:
        """"the Zojila, Mushkoh and Ghumri sectors": each coordinated name is a place."""
        for m in _plural()[1].finditer(st):
            head = m.group("head")
            names = [(m.start("list") + x.start(), x.group(0))
                     for x in re.finditer(_NAME, m.group("list"))]
            names.append((m.start("last"), m.group("last")))
            if not st[:names[0][0]].strip():
                continue  # sentence-initial: its capital is no evidence of a name
            unit = head in _unit_heads()
            for off, name in names:
                if unit:
                    self._unit_member(base + off, name, head)
                else:
                    self._plural_member(base + off, name, head)

    def _unit_member(self, a: int, name: str, head: str) -> None:
        """One name of "the X and Y battalions": the armed group "X Battalion"."""
        b = a + len(name)
        if not self._free(a, b) or self.kb.lookup_kinds(name) or not self._place_ok(name) \
                or name.split()[-1].lower().endswith(self.sh.adjective_endings) or _non_name(name):
            return  # a known name or an adjective ("the Chechen and Russian battalions")
        full = f"{name} {head[:-1].capitalize()}"
        known = [e for e in self.kb.lookup(full) if e.type in ("armed_group", "organization")]
        eid = known[0].id if known else self._new(  # type: ignore[attr-defined]
            f"armed:{slug(full)}", "armed_group", full, None, [f"{name} {head[:-1]}"])
        self.add(a, b, eid, "name")

    def _plural_member(self, a: int, name: str, head: str) -> None:
        b = a + len(name)
        if not self._free(a, b):
            return
        kinds = self.kb.lookup_kinds(name)
        if kinds:
            places = [e for e in self.kb.lookup(name) if e.type == "place"]
            if places and all(e.type in ("place", "state") for e in self.kb.lookup(name)):
                self.add(a, b, places[0].id, "name", "place")
            return
        words = name.split()
        if words[-1].lower().endswith(self.sh.adjective_endings) or not self._place_ok(name) \
                or fold(name).lower() in self.sh.stop or _non_name(name):
            return  # "the Russian and Chinese sectors": adjectives, not names
        self._add_place(a, b, name, None, [f"{name} {head.rstrip('s')}"])  # type: ignore[attr-defined]

    def numbered_heights(self, st: str, base: int) -> None:
        """"Point 5140": a numbered height is a place."""
        for m in _POINT_RE.finditer(st):
            a, b = base + m.start(), base + m.end()
            if m.start() == 0 or not self._free(a, b):
                continue  # "Point 12 of the plan" at a sentence's start is no height
            if _POINT_OF_RE.match(st, m.end()) or (1900 <= int(m.group(1)) <= 2100
                                                   and _LOWER_WORD_RE.match(st, m.end())):
                continue  # "Point 105 of the resolution", "the Point 2022 conference"
            self._add_place(a, b, m.group(0), None)  # type: ignore[attr-defined]
