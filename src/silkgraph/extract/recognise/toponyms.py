"""Unknown place names read from the known place beside them.

Writers name small places the gazetteer cannot hold by setting them next to a place it does
know, or by telling what kind of place they are:

* "X, <state or known place>" after a place preposition: "in Dorvash, Kazakhstan", "at a church
  in Tavruna, Colombo" -- X is a place of that country;
* a list of three or more one- or two-word names after a place preposition, one of them a known
  place: "in Osmerla, Kandy and Batticaloa" -- the others are places too;
* "X, a <kind> <where>": "Sorel Tepe, a height on the southern front", "Narvik Dara, a village
  in the valley" -- the kind noun (ontology/name_heads.yaml place kinds and the extra kinds of
  gazetteer/name_cues.yaml) must be followed by a word that places it, so "X, a village elder"
  makes no place;
* "X airbase", "X air base", "X Air Force Base": a facility named by its site; the bare name is
  the facility's alias (a known city before the head stays the city).

Every pass is gated on a literal (",", a facility head) and looks only at one sentence.
"""

from __future__ import annotations

import re
from functools import cache

from silkgraph.extract.recognise.places import PlaceShapes
from silkgraph.extract.recognise.shape_base import MODIFIER_KINDS, cues
from silkgraph.knowledge.normalise import fold
from silkgraph.resources import load_yaml

_PREP = r"\b(?:in|at|near|outside|from|to|into|around|toward|towards)\s+"
# one or two capitalised words (no apostrophe: "Tajikistan's Ayni" is no name)
_NAME = r"[A-Z][a-zà-ÿāăēğīıōşţūə\-]+(?:[ \-][A-Z][a-zà-ÿāăēğīıōşţūə\-]+)?(?![’'])"
# "in Dorvash, " followed by a capitalised word: the known mention must start right there
_LOCATED_RE = re.compile(rf"{_PREP}(?P<x>{_NAME}),\s+$")
# after the known place: the end of the apposition
_LOCATED_END_RE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|for|and|last|this|where|when|to|after|before|during|with|"
    r"at|near|north|south|east|west|about|some)\b")
_LIST_RE = re.compile(
    rf"{_PREP}(?P<items>{_NAME}(?:,\s+{_NAME}){{1,6}},?\s+(?:and|or)\s+{_NAME})(?![\w’'\-])")
_ITEM_RE = re.compile(_NAME)
_ADJ_SUFFIXES = ("-era", "-built", "-made", "-based", "-run", "-held", "-controlled", "-style")
_NEXT_WORD_RE = re.compile(r"\s+([\w\-]+)")
_FACILITY_RE = re.compile(
    rf"(?<![\w’'\-])(?P<x>{_NAME})\s+(?P<head>airbase|air\s+base|Air\s+Base|airfield|Air\s+Force\s+Base)\b")


@cache
def appositive_kinds() -> frozenset[str]:
    """The kind nouns that gloss a place in apposition (the gate of ``appositive_places``)."""
    heads = load_yaml("ontology/name_heads.yaml")
    extra = load_yaml("gazetteer/name_cues.yaml").get("appositive_place_kinds") or []
    return frozenset(heads["place_kind_words"]) | frozenset(extra)


@cache
def _appos_re() -> re.Pattern[str]:
    heads = load_yaml("ontology/name_heads.yaml")
    kinds = "|".join(sorted(appositive_kinds(), key=len, reverse=True))
    mods = "|".join(heads["place_modifiers"])
    return re.compile(
        rf"(?<![\w’'\-])(?P<x>{_NAME}),\s+(?:a|an|the)\s+(?:(?:{mods}|small|key|tiny|strategic)\s+){{0,2}}"
        rf"(?:{kinds})s?\s+(?:in|on|of|near|north|south|east|west|outside|overlooking|along|above|"
        rf"just|some|about|\d)")


class ToponymShapes(PlaceShapes):
    """Places named beside a known place or by their kind in apposition."""

    def _unknown_place_name(self, name: str) -> bool:
        words = name.replace("-", " ").split()
        c = cues()
        if name.lower().endswith(_ADJ_SUFFIXES) or any(
                (k := self.kb.lookup_kinds(w)) and all(kind in MODIFIER_KINDS for _e, kind in k) for w in words):
            return False  # "Soviet-era airfield", "Russian-built airbase": no site's name
        return self._place_ok(name) and not self.kb.lookup_kinds(name) and not any(
            fold(w).lower() in c.given or w in c.not_name for w in words)

    def _place_mention(self, a: int, b: int, types: tuple[str, ...] = ("place", "state")):
        for o in self._in(a, b):
            e = self.entities.get(o.entity_id) or self.kb.get(o.entity_id)
            if o.start == a and o.end == b and e is not None and e.type in types \
                    and o.kind != "demonym":
                return o
        return None

    def located_places(self, st: str, base: int) -> None:
        """"in Dorvash, Kazakhstan,": X set beside a known state or place (read from each known
        mention that follows ", ", so the sentence is not scanned)."""
        for known in self.mentions[self.first:]:
            k = known.start - base
            if k < 6 or st[k - 2:k] != ", " or self._place_mention(known.start, known.end) is None:
                continue
            m = _LOCATED_RE.search(st, max(0, k - 60), k)
            if m is None or m.end() != k:
                continue
            x, xa = m.group("x"), base + m.start("x")
            if not _LOCATED_END_RE.match(st, known.end - base):
                continue  # "in Vorka, Russia's ally": the state is no locator
            if not self._free(xa, xa + len(x)) or not self._unknown_place_name(x):
                continue
            self._add_place(xa, xa + len(x), x, self._country_of_mention(known))

    def listed_places(self, st: str, base: int) -> None:
        """"in Osmerla, Kandy and Batticaloa": a list with a known place names places."""
        verbs = cues().person_verbs
        if not any((e := self.entities.get(o.entity_id) or self.kb.get(o.entity_id)) is not None
                   and e.type == "place" for o in self.mentions[self.first:]):
            return  # no known place in the sentence to anchor a list
        for m in _LIST_RE.finditer(st):
            nxt = _NEXT_WORD_RE.match(st, m.end())
            if nxt and (nxt.group(1)[:1].isupper() or nxt.group(1) in verbs):
                continue  # "in Ali, Omar and Hasan said": people acting
            items = [(base + m.start("items") + i.start(), i.group(0))
                     for i in _ITEM_RE.finditer(m.group("items"))]
            spans = [(a, a + len(t), t) for a, t in items]
            anchors = [o for a, b, _t in spans if (o := self._place_mention(a, b, ("place",)))]
            if not anchors:
                continue
            if any(not self._free(a, b) and self._place_mention(a, b) is None for a, b, _t in spans):
                continue  # a person or an organisation in the list: no list of places
            country = self._country_of_mention(anchors[0])
            for a, b, t in spans:
                if self._free(a, b) and self._unknown_place_name(t):
                    self._add_place(a, b, t, country)

    def appositive_places(self, st: str, base: int) -> None:
        """"Sorel Tepe, a height on the southern front": a name glossed by its kind."""
        for m in _appos_re().finditer(st):
            x, xa = m.group("x"), base + m.start("x")
            if self._free(xa, xa + len(x)) and self._unknown_place_name(x):
                self._add_place(xa, xa + len(x), x, None)

    def facility_places(self, st: str, base: int) -> None:
        """"Tarsi airbase", "Corvin Air Force Base": the site's name is the facility's alias."""
        for m in _FACILITY_RE.finditer(st):
            x, xa = m.group("x"), base + m.start("x")
            b = base + m.end("head")
            if any(o.start < xa or o.end > b for o in self._in(xa, b)) or not self._unknown_place_name(x):
                continue  # a longer name around it, or a known city ("Kant air base")
            full = re.sub(r"\s+", " ", st[m.start("x"):m.end("head")])
            self._add_place(xa, b, full, None, [x])
