"""The shape pass over one sentence: each pass gated by a trigger word in the sentence."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.designations import DesignationShapes
from silkgraph.extract.recognise.organisations import LIST_NOUNS, OrgShapes, treaty_shapes
from silkgraph.extract.recognise.patterns import TOKEN
from silkgraph.extract.recognise.people import POSS_CHARS, NamedPeople, PeopleShapes
from silkgraph.extract.recognise.readings import weapon_readings
from silkgraph.extract.recognise.shape_base import cues, finditer
from silkgraph.extract.recognise.terrain import TerrainShapes, plural_place_words
from silkgraph.extract.recognise.toponyms import ToponymShapes, appositive_kinds
from silkgraph.extract.recognise.variants import WeaponShapes
from silkgraph.extract.recognise.weapon_context import ContextWeapons
from silkgraph.model import Sentence

_DIGIT = re.compile(r"\d")
_SLOT_WORDS = frozenset({"in", "at", "near", "outside", "visited", "visiting", "visit", "trip"})
_LOCATOR_WORDS = frozenset({"in", "at", "near", "outside", "from", "to", "into", "around", "toward", "towards"})
_FACILITY_WORDS = frozenset({"airbase", "base", "airfield"})
_NESTING_TYPES = frozenset({"organization", "program"})  # a firm's name is no act of its state


class ShapePass(WeaponShapes, ContextWeapons, DesignationShapes, ToponymShapes, TerrainShapes, OrgShapes,
                PeopleShapes, NamedPeople):
    """Names the gazetteer lacks, recognised in one sentence by their shape."""

    # -- passes -----------------------------------------------------------------------------
    def run(self, s: Sentence, st: str, low: str) -> None:
        """Every pass over sentence ``s``; ``st`` is its text and ``low`` that lower-cased."""
        base = s.start
        ms = self.mentions
        i = len(ms)
        while i > 0 and ms[i - 1].start >= base:
            i -= 1
        self.first = i  # mentions of this sentence are at the tail of the list
        # one tokenisation per sentence gates every pass (cheaper than a regex per pass)
        words = set(TOKEN.findall(low))
        sh = self.sh
        c = cues()
        if _DIGIT.search(st):
            if sh.variant_gate.search(st):  # (every variant_re match has one)
                self.weapon_variants(st, base)
            self.designations(st, base)
        if "class" in words:
            self.classes(st, base)
        if not words.isdisjoint(c.ship_gate):
            self.ships(st, base)
        if not words.isdisjoint(sh.cat_words):
            cats = list(finditer(sh.cat_re, sh.cat_starts, st))  # the category nouns
            self.weapon_categories(st, base, cats)
            self.named_before_noun(st, base, cats)
            self.counted(st, base)
        if "and" in words or "or" in words:
            self.coordinated_weapons(st, base)  # "Cobra and Ejder vehicles"
        self.after_maker(st, base)  # "Turkish Cobras"
        roles = not words.isdisjoint(sh.role_words)
        if roles or not words.isdisjoint(c.given_gate) or not words.isdisjoint(c.person_verbs) \
                or not POSS_CHARS.isdisjoint(st):
            self.named_people(st, base)
        if not words.isdisjoint(sh.place_words):
            self._kind_of(st, base)
            self._suffixed(st, base)
        if not words.isdisjoint(plural_place_words()):
            self.plural_places(st, base)  # "the Zojila and Mushkoh sectors"
        if "point" in words:
            self.numbered_heights(st, base)  # "Point 5140"
        if " in " in st or " on " in st:  # "at X in <place>", "X on the <place>"
            self._contained(st, base)
        if not words.isdisjoint(_SLOT_WORDS):
            self.slot_places(st, base)
            if "and" in words or "or" in words:
                self.coordinated_places(st, base)
        if "," in st:  # places beside a known place or glossed by their kind (toponyms.py)
            if not words.isdisjoint(_LOCATOR_WORDS):
                self.located_places(st, base)
                if "and" in words or "or" in words:
                    self.listed_places(st, base)
            if not words.isdisjoint(appositive_kinds()) and (", a " in st or ", an " in st or ", the " in st):
                self.appositive_places(st, base)
        if not words.isdisjoint(_FACILITY_WORDS):
            self.facility_places(st, base)  # "X airbase", "X Air Force Base"
        if not words.isdisjoint(sh.org_words):
            self.organisations(st, base)
            self.head_first_orgs(st, base)
        if not words.isdisjoint(treaty_shapes()[1]):
            self.named_treaties(st, base)
        if not words.isdisjoint(sh.company_nouns):
            self.appositive_companies(st, base)
            self.demonym_companies(st, base)
            self.possessed_companies(st, base)
        if not words.isdisjoint(LIST_NOUNS):
            self.listed_companies(st, base)
        coordinated = "and" in words
        if roles or coordinated:
            self.people(st, base, roles, coordinated)
        if "as" in words and ("named" in words or "identified" in words):
            self.named_as(st, base)
        self.nested_names(base + len(st))
        # a designation with several weapon readings: the one its context favours
        weapon_readings(self.kb.lookup, ms, self.entities, self.first,
                        lambda m: (n.group(0) if (n := self._noun_after(st, m.end - base)) else None))

    def nested_names(self, end: int) -> None:
        """A state or a weapon that starts a longer name is named too, the first time: "the
        U.S. State Department" names the United States, "the F-35 programme" the F-35."""
        tail = self.mentions[self.first:]
        for m in tail:
            if m.start >= end or " " not in m.text:
                continue
            ent = self.entities.get(m.entity_id)
            if ent is None or ent.type not in _NESTING_TYPES:
                continue
            first = m.text.split()[0]
            kinds = self.kb.lookup_kinds(first)
            want = "wpn:" if ent.type == "program" else "state:"
            hit = next((eid for eid, kind in kinds if eid.startswith(want)
                        and kind in ("name", "acronym", "variant")), None)
            if hit is None or any(x.entity_id == hit for x in self.mentions):
                continue
            self.add(m.start, m.start + len(first), hit, "name")
