"""The shape pass over one sentence: each pass gated by a trigger word in the sentence."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.organisations import LIST_NOUNS, OrgShapes
from silkgraph.extract.recognise.patterns import TOKEN
from silkgraph.extract.recognise.people import PeopleShapes
from silkgraph.extract.recognise.places import PlaceShapes
from silkgraph.extract.recognise.variants import WeaponShapes
from silkgraph.model import Sentence

_DIGIT = re.compile(r"\d")


class ShapePass(WeaponShapes, PlaceShapes, OrgShapes, PeopleShapes):
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
        if _DIGIT.search(st):
            self.weapon_variants(st, base)
        if words & sh.cat_words:
            self.weapon_categories(st, base)
        if words & sh.place_words:
            self._kind_of(st, base)
            self._suffixed(st, base)
        if "in" in words or "on" in words:  # "at X in <place>", "X on the <place>"
            self._contained(st, base)
        if words & sh.org_words:
            self.organisations(st, base)
        if words & sh.company_nouns:
            self.appositive_companies(st, base)
            self.demonym_companies(st, base)
        if words & LIST_NOUNS:
            self.listed_companies(st, base)
        roles, coordinated = bool(words & sh.role_words), "and" in words
        if roles or coordinated:
            self.people(st, base, roles, coordinated)
