"""The shape pass over one sentence: each pass gated by a trigger word in the sentence."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.organisations import OrgShapes
from silkgraph.extract.recognise.patterns import TOKEN
from silkgraph.extract.recognise.people import PeopleShapes
from silkgraph.extract.recognise.places import PlaceShapes
from silkgraph.extract.recognise.variants import WeaponShapes
from silkgraph.model import Sentence

_DIGIT = re.compile(r"\d")


class ShapePass(WeaponShapes, PlaceShapes, OrgShapes, PeopleShapes):
    """Names the gazetteer lacks, recognised in one sentence by their shape."""

    # -- passes -----------------------------------------------------------------------------
    def run(self, s: Sentence) -> None:
        st = self.text[s.start:s.end]
        base = s.start
        ms = self.mentions
        i = len(ms)
        while i > 0 and ms[i - 1].start >= base:
            i -= 1
        self.first = i  # mentions of this sentence are at the tail of the list
        # one tokenisation per sentence gates every pass (cheaper than a regex per pass)
        words = set(TOKEN.findall(st.lower()))
        sh = self.sh
        if _DIGIT.search(st):
            self.weapon_variants(st, base)
        if words & sh.cat_words:
            self.weapon_categories(st, base)
        if words & sh.place_words:
            self._kind_of(st, base)
            self._suffixed(st, base)
        self._contained(st, base)
        if words & sh.org_words:
            self.organisations(st, base)
        if words & sh.company_nouns:
            self.appositive_companies(st, base)
        self.people(st, base, bool(words & sh.role_words))
