"""Organisation and company names by their shape: capitalised words ending in a head noun
("Central Election Commission"), and a company described in an appositive."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.acronyms import guess_type
from silkgraph.extract.recognise.companies import LIST_NOUNS as LIST_NOUNS
from silkgraph.extract.recognise.companies import CompanyShapes
from silkgraph.extract.recognise.gazetteer import former_state_region
from silkgraph.extract.recognise.patterns import POSS, slug
from silkgraph.extract.recognise.shape_base import (
    MODIFIER_KINDS,
    SEAT_RE,
    cues,
    entity_country,
    premodifier_end,
)
from silkgraph.extract.recognise.terrain import ordinal_start
from silkgraph.extract.recognise.treaties import TreatyShapes
from silkgraph.extract.recognise.treaties import treaty_shapes as treaty_shapes
from silkgraph.model import Mention
from silkgraph.resources import load_yaml

_LEGAL_FORMS: list[frozenset[str]] = []


def _legal_forms() -> frozenset[str]:
    """Legal forms that end a company's name ("JSC", "LLP"; ontology/name_heads.yaml)."""
    if not _LEGAL_FORMS:
        _LEGAL_FORMS.append(frozenset(load_yaml("ontology/name_heads.yaml").get("legal_forms", [])))
    return _LEGAL_FORMS[0]


# "French Armed Forces Minister Jean Dupont": capitalised words before an office noun are the
# office's portfolio (ontology/titles.yaml, portfolio_offices)
PORTFOLIO_RE = re.compile(
    r"\s+(?:" + "|".join(load_yaml("ontology/titles.yaml")["portfolio_offices"]) + r")\b(?![’'\-])")


# "India's Bureau of Civil Aviation Security", "the Main Directorate of Intelligence": a head
# noun written before its "of" phrase
_HEAD_FIRST_RE: list[re.Pattern[str]] = []


def _head_first_re() -> re.Pattern[str]:
    if not _HEAD_FIRST_RE:
        heads = "|".join(re.escape(h) for h in sorted(cues().words("head_first_org"), key=len, reverse=True))
        _HEAD_FIRST_RE.append(re.compile(
            rf"(?:(?P<poss>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+|\b(?:the|The|an?|An?)\s+(?P<dem>[A-Z][a-z]+\s+)?)"
            rf"(?P<org>(?:{heads})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*"
            rf"(?:(?:(?<=ing)\s+the)?\s+(?:(?:and|of|for)\s+(?:the\s+)?)?[A-Z][\w\-]*){{0,5}})"))
    return _HEAD_FIRST_RE[0]


class OrgShapes(CompanyShapes, TreatyShapes):
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
            based = premodifier_end(words)
            if based:  # "the Almaty-based Steppe Policy Institute": the seat is no part of the name
                if SEAT_RE.search(words[based - 1]):
                    country = country or self._seat_country(words[based - 1].rsplit("-", 1)[0])
                words = words[based:]
            words = self._clean_words(words)
            of = m.group("of")
            if len(words) == 1 and of and not country:  # "the Ministry of Defence said"
                bare = f"{words[0]} {m.group('prep')} {of}"
                a = base + m.start("org") + org.rfind(words[0])
                self._bare_national(bare, a, a + len(bare))
            if len(words) < 2:
                continue
            name = " ".join(words)
            tail = ""
            if of and of.split()[-1].lower() not in self.sh.stop:  # not "… Commission on Monday"
                tail = f" {m.group('prep')} {of}"
                name += tail
            a = base + m.start("org") + org.rfind(" ".join(words))
            b = a + len(name)
            if (o := ordinal_start(self.text, a, name)) is not None:  # "the 141st ... Regiment"
                name, a = self.text[o:a] + name, o
            if not of and PORTFOLIO_RE.match(self.text, b):
                continue  # "Armed Forces Minister X": the title's portfolio
            inner = self._in(a, b)
            if any(o.start < a or o.end > b for o in inner):
                continue
            if self._generic_tail(inner, b, words):  # "the Joint Security Council": another body
                self._drop_inside(a, b)
                inner = []
            dropped = False
            if all(w in self.sh.org_generic for w in words[:-1]) and not self.kb.lookup(name):
                # "the National Security Council", "the Supreme Security Council of Iran"
                n = len(inner)
                inner = self._drop_generic_tail(inner, a, (b - len(tail), b))
                dropped = len(inner) < n
            if of and m.group("prep") == "of":
                inner, country = self._other_state_body(inner, a, of, country)
            ok, country = self._inner_country(inner, country)
            if not ok:
                continue
            known = [e for e in self.kb.lookup(name) if e.type != "person"]
            if not known and not country and all(w in self.sh.org_generic for w in words[:-1]):
                self._bare_national(name, a, b)  # "the Interior Ministry": the topic state's
                if dropped and self._free(a, b):  # a council that took the place of a gazetteer
                    self.add(a, b, self._new_org(name, words, None), "name")  # body stays one
                continue  # else a description, not a name
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
            if known and former_state_region(self.kb, self.text, a, known[0].id):
                continue  # "the former Soviet Union": a region (recognise/gazetteer.py)
            eid = known[0].id if known else self._new_org(name, words, country)
            self.add(a, b, eid, "name")

    def _generic_tail(self, inner: list[Mention], b: int, words: list[str]) -> bool:
        """Whether a shape-recognised name ends in one gazetteer body named by generic words only
        ("Security Council" in "the Joint Security Council") and starts with a word that is not
        generic: then it names another body, not that one."""
        orgs = [o for o in inner if o.kind not in MODIFIER_KINDS and (
            (e := self.entities.get(o.entity_id)) is None or e.type not in ("state", "place"))]
        if len(orgs) != 1 or orgs[0].end != b or len(inner) > 1:
            return False  # ("the Russian Federal Security Service": a state's modifier, the same body)
        tail = orgs[0].text.split()
        return (len(tail) < len(words) and all(w in self.sh.org_generic for w in tail[:-1])
                and words[0] not in self.sh.org_generic)

    def _drop_generic_tail(self, inner: list[Mention], a: int, ends: tuple[int, int]) -> list[Mention]:
        """A gazetteer body of no state inside a longer name of generic words the gazetteer lacks
        ("Security Council" in "the National Security Council", "the State Security Council", or
        before its "of" phrase, "the Supreme Security Council of Ruritania") is not that body but a
        state's own one: the shorter match is dropped (``inner`` without it). A state's own body
        the gazetteer matched at the end ("Security Council of Kazakhstan" in "the State Security
        Council of Kazakhstan") is that state's council and stays; ``ends``: where the head words
        end and where the whole name ends."""
        keep = []
        for o in inner:
            e = self.entities.get(o.entity_id)
            if a < o.start and o.end in ends and o.kind not in MODIFIER_KINDS and e is not None \
                    and e.type == "organization" and not e.country:
                self._drop_inside(o.start, o.end)
            else:
                keep.append(o)
        return keep

    def _seat_country(self, seat: str) -> str | None:
        """The state of a seat named in a "-based" compound (a state, or a place's country)."""
        return next((c for e in self.kb.lookup(seat) if e.type in ("state", "place")
                     and (c := entity_country(e))), None)

    def _other_state_body(self, inner: list[Mention], a: int, of: str,
                          country: str | None) -> tuple[list[Mention], str | None]:
        """"the United National Party of Ghana": a known body of one state at the start of a
        longer name that goes on "of <another state>" is another body, of that state: the
        shorter match is dropped and the longer name stands (``inner`` without it, the country)."""
        state = self._state_of(of)
        body = next((o for o in inner if o.start == a and o.kind not in MODIFIER_KINDS), None)
        ent = None if body is None else self.entities.get(body.entity_id)
        if state is None or body is None or ent is None or ent.type in ("state", "place") \
                or not ent.country or ent.country == state:
            return inner, country
        self._drop_inside(body.start, body.end)
        return [o for o in inner if o is not body], country or state

    def _inner_country(self, inner: list[Mention], country: str | None) -> tuple[bool, str | None]:
        """Whether the mentions inside an organisation's name may stand there (states, places
        and modifiers), and its country (``country``, else that of the first state or place)."""
        ok = True
        for o in inner:
            e = self.entities.get(o.entity_id)
            if e is not None and e.type in ("state", "place"):
                country = country or self._country_of_mention(o)
            elif o.kind not in MODIFIER_KINDS:
                ok = False
        return ok, country

    def _new_org(self, name: str, words: list[str], country: str | None) -> str:
        """A new organisation or company entity for an unknown ``name`` (its ``words``), its id."""
        etype, prefix = guess_type(name) or ("organization", "org")
        if etype not in ("organization", "company") and not (words and guess_type(words[-1]) == (etype, prefix)):
            etype, prefix = "organization", "org"  # (a name whose own head types it stays so: "X Programme")
        short = [w for w in words if w not in _legal_forms()]
        aliases = [" ".join(short)] if len(short) < len(words) and short else None
        return self._new(f"{prefix}:{slug(name)}", etype, name, country, aliases)

    def _bare_national(self, name: str, a: int, b: int) -> None:
        """"The Interior Ministry said": a national body named without its state is the body
        of the state the sentence names (one state only) or, when it names none, of the state
        the article has named most so far (clearly ahead of any other), when the gazetteer
        knows that state's body; the bare name becomes a local alias."""
        if not self._free(a, b):
            return
        state = self._topic_state()
        st = self.kb.get(f"state:{state}") if state else None
        if st is None:
            return
        found = self._national(name, st.iso3 or state) or [
            e for e in self.kb.lookup(f"{st.name}'s {name}") if e.type != "person" and e.country == state]
        if not found:
            return
        self.local.append((found[0].id, name, "variant"))
        self.add(a, b, found[0].id, "name")

    def _topic_state(self) -> str | None:
        here = {c for c in (self._mention_state(m) for m in self.mentions[self.first:]) if c}
        if here:
            return next(iter(here)) if len(here) == 1 else None
        counts: dict[str, int] = {}
        for m in self.mentions[:self.first]:
            c = self._mention_state(m)
            if c:
                counts[c] = counts.get(c, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]

    def _mention_state(self, m: Mention) -> str | None:
        e = self.entities.get(m.entity_id)
        if e is None or e.type not in ("state", "place"):
            return None
        return self._country_of_mention(m)

    def head_first_orgs(self, st: str, base: int) -> None:
        """"India's Bureau of Civil Aviation Security": a head noun and its "of" phrase; a
        phrase that only describes ("the Ministry of Defence") needs a state named with it."""
        generic = cues().word_set("head_first_generic")
        for m in _head_first_re().finditer(st):
            org = m.group("org").rstrip()
            a, b = base + m.start("org"), base + m.start("org") + len(org)
            if not self._free(a, b):
                continue
            ofw = org.split(None, 2)[2].split()
            while ofw and ofw[-1].lower() in self.sh.stop:
                org = org[:org.rfind(" ")]
                ofw = ofw[:-1]
            b = a + len(org)
            if not ofw:
                continue
            country = None
            if m.group("poss"):
                country = self._state_of(m.group("poss")) or self._state_of(m.group("poss").split()[-1])
                if country is None:
                    continue  # "Kamchybek Tashiev's ...": not a state's body
            elif m.group("dem"):
                dem = [eid for eid, kind in self.kb.lookup_kinds(m.group("dem").strip())
                       if kind == "demonym" and eid.startswith("state:")]
                country = dem[0].split(":", 1)[1] if dem else None
            known = [e for e in self.kb.lookup(org) if e.type in ("organization", "company")]
            if not known and country:
                known = self._national(org, country)
            inner = self._in(a, b)
            if any(o.kind not in MODIFIER_KINDS and self.entities.get(o.entity_id) is not None
                   and self.entities[o.entity_id].type not in ("state", "place") for o in inner):
                continue
            if not known and not country and all(w in generic for w in ofw):
                continue
            self._drop_inside(a, b)
            eid = known[0].id if known else self._new(f"org:{slug(org)}", "organization", org, country)
            self.add(a, b, eid, "name")
