"""Organisation and company names by their shape: capitalised words ending in a head noun
("Central Election Commission"), and a company described in an appositive."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.acronyms import guess_type
from silkgraph.extract.recognise.patterns import POSS, slug
from silkgraph.extract.recognise.shape_base import MODIFIER_KINDS, ShapeHelpers


class OrgShapes(ShapeHelpers):
    """Organisations and companies the gazetteer lacks, recognised by their shape."""

    def organisations(self, st: str, base: int) -> None:
        """"the Central Election Commission", "South Africa's Paramount Group"."""
        for m in self.sh.org_re.finditer(st):
            org = m.group("org")
            words = org.split()
            country = None
            cut = max((i for i, w in enumerate(words[:-1]) if re.search(POSS + "$", w)), default=None)
            if cut is not None:
                country = self._state_of(" ".join(words[:cut + 1])[:-2])
                words = words[cut + 1:]
            words = self._clean_words(words)
            if len(words) < 2:
                continue
            name = " ".join(words)
            of = m.group("of")
            if of and of.split()[-1].lower() not in self.sh.stop:  # not "… Commission on Monday"
                name = f"{name} {m.group('prep')} {of}"
            a = base + m.start("org") + org.rfind(" ".join(words))
            b = a + len(name)
            inner = self._in(a, b)
            if any(o.start < a or o.end > b for o in inner):
                continue
            ok = True
            for o in inner:
                e = self.entities.get(o.entity_id)
                if e is not None and e.type in ("state", "place"):
                    country = country or self._country_of_mention(o)
                elif o.kind not in MODIFIER_KINDS:
                    ok = False
            if not ok:
                continue
            known = [e for e in self.kb.lookup(name) if e.type != "person"]
            if not known and not country and all(w in self.sh.org_generic for w in words[:-1]):
                continue  # "the Foreign Ministry": a description, not a name
            if not known and name.endswith("s"):  # "the Pakistani and Indian Air Forces"
                known = [e for e in self.kb.lookup(name[:-1]) if e.type != "person"]
            if not known and country:
                known = self._national(name, country)
            # longest match wins: "the OSCE Minsk Group" names no city, "the Caspian Pipeline
            # Consortium" no sea (states and demonyms stay: "Pakistan's …" keeps Pakistan)
            for o in inner:
                e = self.entities.get(o.entity_id)
                if o.kind == "capital" or (e is not None and e.type == "place"):
                    self._drop_inside(o.start, o.end)
            if known:
                eid = known[0].id
            else:
                guess = guess_type(name) or ("organization", "org")
                etype, prefix = guess
                if etype not in ("organization", "company"):
                    etype, prefix = "organization", "org"
                eid = self._new(f"{prefix}:{slug(name)}", etype, name, country)
            self.add(a, b, eid, "name")

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
