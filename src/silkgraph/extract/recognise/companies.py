"""Company names the gazetteer lacks, by the words around them: a company noun after a
state's demonym, a possessed company noun, a list after a plural company noun, an
appositive (reads the company nouns of the recogniser's cues; moved from
recognise/organisations.py, whose organisation shapes are another concern)."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.nlp.ordering import longest_first

# "the Chinese firm TBEA", "a Turkish state-owned company, Aselsan": a company noun after a
# state's demonym, followed by the capitalised name
_FIRM_NOUNS = ["firm", "company", "contractor", "conglomerate", "manufacturer", "miner", "operator",
               "shipbuilder", "exporter", "supplier", "developer"]


def _demonym_firm_re() -> re.Pattern[str]:
    nouns = longest_first(set(_FIRM_NOUNS) | set(cues().words("extra_company_nouns")))
    return re.compile(
        r"\b(?:[Tt]he|[Aa]n?)\s+(?P<dem>[A-Z][a-z]+)\s+(?:(?:state-owned|state|private|defence|defense|"
        r"construction|energy|engineering|mining|telecoms?|shipping|logistics|trading|naval|arms|"
        r"aerospace|aviation|nuclear|oil|gas|steel|rail)\s+)?"
        rf"(?:{'|'.join(re.escape(n) for n in nouns)})\s+(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){{0,3}})")


_DEMONYM_FIRM_RE: list[re.Pattern[str]] = []

# "Azamat Nurlanov's company, Kazspecexport": a company named in apposition to a possessed
# company noun
_POSS_FIRM_RE = re.compile(
    r"(?:\b(?:its|his|her|their)|[A-Z][\w\-]*[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:company|firm|shipyard|yard|subsidiary|contractor|joint venture|venture|manufacturer|supplier),\s+"
    r"(?P<name>[A-Z][\w&\-]*(?:\s+(?:&\s+)?[A-Z][\w&\-]*){0,3})(?=\s*[,;.)]|\s+(?:and|which|that)\b)")

# "named the firms as A, B and C", "sanctioned three companies: A, B and C": a list of names
# introduced by a plural company noun
LIST_NOUNS = frozenset({"firms", "companies", "contractors", "suppliers", "exporters", "banks"})
_LIST_RE = re.compile(
    r"\b(?:firms|companies|contractors|suppliers|exporters|banks)"
    r"(?:\s+(?:in|from|based\s+in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s*(?:as\s+|:\s*|,\s*|were\s+|"
    r"included\s+|including\s+|—\s*|–\s*)"
    r"(?P<list>[A-Z][\w&\-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w&\-]*)*"
    r"(?:,\s+[A-Z][\w&\-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w&\-]*)*)*)")


class CompanyShapes(ShapeHelpers):
    """Companies the gazetteer lacks, recognised by the words around their names."""

    def appositive_companies(self, st: str, base: int) -> None:
        """"Shohin SM, a Chinese-owned gold miner": a name the gazetteer lacks, described by
        a company noun in an appositive."""
        for m in self.sh.company_appos_re.finditer(st):
            words = self._clean_words(m.group("name").split())
            if not words:
                continue
            name = " ".join(words)
            a = base + m.end("name") - len(name)
            if not self._free(a, a + len(name)) or self.kb.lookup(name) or any(
                    w in self.sh.titles or self.kb.lookup_kinds(w) for w in words):
                continue
            country = None
            for o in self._in(a + len(name), base + m.end()):
                country = country or self._country_of_mention(o)
            self.add(a, a + len(name), self._new(f"company:{slug(name)}", "company", name, country),
                     "name")

    def demonym_companies(self, st: str, base: int) -> None:
        """"the Chinese firm TBEA": a name the gazetteer lacks after a state's demonym and a
        company noun; the demonym gives the country."""
        if not _DEMONYM_FIRM_RE:
            _DEMONYM_FIRM_RE.append(_demonym_firm_re())
        for m in _DEMONYM_FIRM_RE[0].finditer(st):
            dem = [eid for eid, kind in self.kb.lookup_kinds(m.group("dem"))
                   if kind == "demonym" and eid.startswith("state:")]
            if not dem:
                continue
            words = self._clean_words(m.group("name").split())
            while words and (words[-1].lower() in self.sh.stop or words[-1] in self.sh.titles):
                words = words[:-1]
            if not words:
                continue
            name = " ".join(words)
            a = base + m.start("name")
            if not self._free(a, a + len(name)) or any(
                    w in self.sh.titles or self.kb.lookup_kinds(w) for w in words):
                continue
            country = dem[0].split(":", 1)[1]
            self.add(a, a + len(name), self._new(f"company:{slug(name)}", "company", name, country),
                     "name")

    def listed_companies(self, st: str, base: int) -> None:
        """"the Treasury named the firms as Alpha Trade, Beta Systems and Gamma": each name
        of a list introduced by a plural company noun is a company."""
        for m in _LIST_RE.finditer(st):
            items = m.group("list").split(", ")
            last = items[-1].rsplit(" and ", 1)
            if len(items) < 2 and len(last) < 2:
                continue
            items[-1:] = last
            pos = base + m.start("list")
            for item in items:
                a = self.text.find(item, pos)
                pos = a + len(item)
                words = item.split()
                if not self._free(a, a + len(item)) or words[0].lower() in self.sh.stop:
                    continue
                known = [e for e in self.kb.lookup(item) if e.type in ("company", "organization")]
                if known:
                    self.add(a, a + len(item), known[0].id, "name")
                elif not self.kb.lookup_kinds(item):
                    self.add(a, a + len(item),
                             self._new(f"company:{slug(item)}", "company", item, None), "name")

    def possessed_companies(self, st: str, base: int) -> None:
        """"Azamat Nurlanov's company, Kazspecexport": a name in apposition to a possessed
        company noun."""
        for m in _POSS_FIRM_RE.finditer(st):
            name = m.group("name")
            a = base + m.start("name")
            words = name.split()
            if not self._free(a, a + len(name)) or words[0].lower() in self.sh.stop or any(
                    w in self.sh.titles or self.kb.lookup_kinds(w) for w in words):
                continue
            known = [e for e in self.kb.lookup(name) if e.type in ("company", "organization")]
            eid = known[0].id if known else self._new(f"company:{slug(name)}", "company", name, None)
            self.add(a, a + len(name), eid, "name")
