"""Place names by their shape: "the (oil) town of X", "X province", "X Avenue",
"at X in <known place>"; and "Indian-administered Kashmir" as a mention of Kashmir."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.patterns import POSS, WORD, slug
from silkgraph.extract.recognise.shape_base import (
    MODIFIER_KINDS,
    ShapeHelpers,
    cues,
    finditer,
    premodifier_end,
)
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.model import Mention

_SLOT_PLACE_RE = re.compile(
    r"\b(?:in|at|near|outside|visited|visiting|visit\s+to|trip\s+to|arrived\s+in)\s+"
    r"(?P<x>[A-Z][\w’'\-]*)(?=\s*[,.;:)]|\s+(?:on|in|for|and|to|last|this|next|where|when)\b)")
# "in Mannar and Pooneryn": two one-word names coordinated after a place preposition
_COORD_PLACES_RE = re.compile(
    r"\b(?:in|at|near|around|outside|between)\s+(?P<x>[A-Z][a-z’'\-]+)\s+(?:and|or)\s+"
    r"(?P<y>[A-Z][a-z’'\-]+)\b(?![’'\-])")
_NEXT_WORD_RE = re.compile(r"\s+([\w\-]+)")
# a surname "Hill" read as a person's: after "according to", before a verb of speech or a role
_PERSON_CUE_RE = re.compile(r"\baccording\s+to\s+$", re.I)
_SPEECH_AFTER_RE = re.compile(r",?\s+(?:said|says|told|wrote|writes|argued|argues|noted|notes|added|adds|warned|"
                              r"warns|believes|thinks|recalled|recalls)\b|,\s+(?:a|an|the)\s+[a-z]")
# an unknown capitalised word before a place-kind noun ending so is a regional demonym
# ("the Dagestani village of X", "the Chechen town of Y"), not the place's own name
_REGION_DEMONYM_ENDINGS = ("stani", "ani", "ian", "ese", "chen", "ish")
QUALIFIED_PLACE_RE = re.compile(r"^[\w’']+-(?:administered|held|occupied|controlled|ruled)\s+(?P<rest>.+)$")


def nested_places(text: str, mentions: list[Mention], kb: Knowledge, add) -> None:  # type: ignore[no-untyped-def]
    """"Indian-administered Kashmir" is also a mention of Kashmir (the wider region)."""
    for m in list(mentions):
        q = QUALIFIED_PLACE_RE.match(m.text) if "-" in m.text else None  # (every match has one)
        if not q:
            continue
        inner = [e for e in kb.lookup(q.group("rest")) if e.type == "place" and e.id != m.entity_id]
        if inner:
            a = m.start + q.start("rest")
            add(a, m.end, inner[0].id, "name", "place")


_CHAIN_RE = re.compile(r"[A-Z][\w’'. ]*?(?:[-–—][A-Z][\w’'. ]*?)+(?= [a-zA-Z])")


def chained_states(mentions: list[Mention], kb: Knowledge, add) -> None:  # type: ignore[no-untyped-def]
    """"the China–Kyrgyzstan–Uzbekistan railway": a programme named by a chain of states is
    also a mention of each of them."""
    for m in list(mentions):
        if not m.entity_id.startswith("program:") or not ("-" in m.text or "–" in m.text):
            continue
        chain = _CHAIN_RE.match(m.text)
        if not chain:
            continue
        pos = m.start
        parts = re.split(r"([-–—])", chain.group(0))
        states = [next((e for e in kb.lookup(p) if e.type == "state"), None) for p in parts[::2]]
        if len(states) < 2 or any(e is None for e in states):
            continue
        for part, sep, st in zip(parts[::2], parts[1::2] + [""], states, strict=True):
            add(pos, pos + len(part), st.id, "name")  # type: ignore[union-attr]
            pos += len(part) + len(sep)



# the first parts of a name joined by en dashes ("Rasht–" of "the Rasht–Astara railway",
# "Azerbaijan–Georgia–" of "the Azerbaijan–Georgia–Turkey railway")
_DASHED_BEFORE_RE = re.compile(r"(?<![\w’'\-–])(?:[A-Z][\w’'\-]*–)+$")

class PlaceShapes(ShapeHelpers):
    """Places the gazetteer lacks, recognised by their shape."""

    def _place_ok(self, name: str) -> bool:
        words = name.split()
        return bool(words) and not any(
            w.lower() in self.sh.stop or w in self.sh.titles or w in self.sh.org_heads
            for w in words) and not self._known_other(name, "place")

    def _add_place(self, a: int, b: int, name: str, country: str | None,
                   aliases: list[str] | None = None) -> None:
        words = name.split()
        cut = premodifier_end(words)
        if cut:  # "the Tashkent-based Silk Corridor Analytics": the seat is no part of the name
            start = [m.start() for m in re.finditer(r"\S+", name)][cut]
            a, name = a + start, name[start:]
        known = [e for e in self.kb.lookup(name) if e.type == "place"]
        eid = known[0].id if known else self._new(f"place:{slug(name)}", "place", name, country,
                                                  aliases)
        self._drop_inside(a, b)
        if self._free(a, b):
            self.add(a, b, eid, "name", "place")

    def _kind_of(self, st: str, base: int) -> None:
        """"the oil town of Zhanaozen"; "Kapan, the main town of Syunik"."""
        for m in self.sh.kind_of_re.finditer(st):
            dem = m.group("dem")
            dem_country = None
            if dem is not None:
                # "the Turkmen city of Mary": a demonym before the kind word gives the country;
                # any other capitalised word is the name itself ("the Barmal district of Paktika")
                kinds = self.kb.lookup_kinds(dem)
                if not kinds and dem.endswith(_REGION_DEMONYM_ENDINGS):
                    pass  # "the Dagestani village of X": a region's demonym, no country
                elif not kinds or not all(k == "demonym" for _e, k in kinds):
                    continue
                else:
                    dem_country = self._state_of(dem)
            x = m.group("x")
            xw = x.split()
            cut = next((i for i, w in enumerate(xw) if re.search(POSS + "$", w)), None)
            if cut is not None:
                xw = xw[:cut + 1]
                xw[-1] = re.sub(POSS + "$", "", xw[-1])
            x = " ".join(xw)
            xa = base + m.start("x")
            pm = self.sh.pre_re.search(st, max(0, m.start() - 60), m.start())
            if pm:
                pw = self._clean_words(pm.group("pre").split())
                pre = " ".join(pw)
                if not pre or not self._place_ok(pre):
                    continue
                pa = base + pm.end("pre") - len(pre)
                container = [c for c in self._in(xa, xa + len(x))]
                country = self._country_of_mention(container[0]) if container else self._state_of(x)
                if self._free(pa, pa + len(pre)):
                    self._add_place(pa, pa + len(pre), pre, country)
                if not container and self._place_ok(x):
                    self._add_place(xa, xa + len(x), x, country)
                continue
            if self._free(xa, xa + len(x)) and self._place_ok(x):
                self._add_place(xa, xa + len(x), x, dem_country or self._poss_country(st, m.start()))

    def _poss_country(self, st: str, pos: int) -> str | None:
        pm = re.search(rf"({WORD}(?:\s+{WORD})?){POSS}\s+(?:the\s+)?$", st[max(0, pos - 40):pos])
        return self._state_of(pm.group(1)) if pm else None

    def _suffixed(self, st: str, base: int) -> None:
        """"Iran's East Azerbaijan province", "the Aras river", "Rustaveli Avenue"."""
        for h in finditer(self.sh.head_re, self.sh.head_starts, st):
            m = self.sh.suffix_re.search(st, max(0, h.start() - 80), h.start())
            if not m:
                continue
            xw = self._clean_words(m.group("x").split())
            head = h.group("head")
            if head.lower() == "range" and st.startswith(" of ", h.end()):
                continue  # "a wide range of weapons": no mountain range
            if head.lower() in self.sh.dashed_heads and self.sh.head_blockers_re.match(st, h.end()):
                continue  # "Quetta railway station": the station's, not a railway's name
            if not xw or any(w.lower() in self.sh.base_blockers for w in xw):
                continue
            poss = m.group("poss")
            if any(re.search(POSS + "$", w) for w in xw):
                continue
            x = " ".join(xw)
            xa = base + m.end("x") - len(x)
            if head.lower() in self.sh.dashed_heads and (dm := _DASHED_BEFORE_RE.search(st, max(0, xa - base - 40), xa - base)) is not None:
                x, xa = st[dm.start():xa - base] + x, base + dm.start()  # "the Rasht–Astara railway": one name
            b = base + h.end("head")
            outside = [o for o in self._in(xa, b) if o.start < xa or o.end > b]
            if outside:
                continue
            inner = self._in(xa, b)
            if any(self.entities.get(o.entity_id) is not None
                   and self.entities[o.entity_id].type not in ("place", "state") for o in inner):
                continue
            if any(o.start == xa and o.end == b for o in inner) and not any(
                    e.type == "place" for e in self.kb.lookup(x)):
                continue  # the gazetteer knows the whole name only ("Balkan Region")
            kinds = self.kb.lookup_kinds(x)
            if kinds and all(k in MODIFIER_KINDS for _e, k in kinds):
                continue  # "the Afghan region"
            if "-" in x and all((pk := self.kb.lookup_kinds(part)) and all(k in MODIFIER_KINDS for _e, k in pk)
                                for part in x.split("-")):
                continue  # "the Uzbek-Afghan border crossing": the two states' border, no name
            if not kinds and xw[-1].lower().endswith(self.sh.adjective_endings):
                continue  # "the Central Asian region"
            if head in self.sh.suffix_verb_forms and len(xw) == 1 and not st[:xa - base].strip() \
                    and not kinds:
                continue  # "Lorries crossing the bridge": a sentence-initial capital only
            country = self._state_of(poss) if poss else None
            if head.lower() in self.sh.suffix_base:
                if any(e.type not in ("place",) for e in self.kb.lookup(x)):
                    continue  # "the Azerbaijan region" is the state
                if any(w in self.sh.titles or w in self.sh.org_heads for w in xw):
                    continue
                self._add_place(xa, b, x, country, [f"{x} {head}"])
            elif head.lower() in self.sh.suffix_feature and any(
                    e.type == "place" for e in self.kb.lookup(x)):
                self._add_place(xa, b, x, country)  # "the Pamir Plateau" is the Pamir
            else:
                full = f"{x} {head}"
                if any(w in self.sh.titles or w in self.sh.org_heads for w in xw):
                    continue
                if not kinds and (xw[0].lower() in self.sh.suffix_non_names or xw[-1].lower().endswith("-era")):
                    continue  # "Main airport runways", "Soviet-era airport buildings"
                if head.lower() in ("hill", "hills") and (_PERSON_CUE_RE.search(st, max(0, xa - base - 14), xa - base)
                                                          or _SPEECH_AFTER_RE.match(st, b - base)):
                    continue  # "according to Fiona Hill", "Fiona Hill said": a person's surname
                if self._known_other(full, "place"):
                    continue
                if not country and inner:
                    country = next((c for c in (self._country_of_mention(o) for o in inner) if c), None)
                if head.lower() == "airport" and kinds:
                    continue  # "Baku airport": the known city stays the mention
                # "Vnukovo airport", "the Tolmar range": the bare name is the place's alias
                self._add_place(xa, b, full, country,
                                [x] if head.lower() in cues().word_set("bare_alias_heads") else None)

    def _contained(self, st: str, base: int) -> None:
        """"at Gudauta in Abkhazia": an unknown name inside a known place or state."""
        for c in [m for m in self.mentions[self.first:] if m.start < base + len(st)]:
            ent = self.entities.get(c.entity_id)
            if ent is None or ent.type not in ("place", "state"):
                continue
            near = self.text[max(base, c.start - 9):c.start]
            if not near.endswith((" in ", " on ", " in the ", " on the ", ", in ")):
                continue
            lo = max(base, c.start - 60)
            m = self.sh.contained_re.search(self.text[lo:c.start])
            if not m:
                continue
            x = m.group("x")
            a = lo + m.start("x")
            if not self._free(a, a + len(x)) or not self._place_ok(x):
                continue
            if self.kb.lookup_kinds(x):
                continue
            self._add_place(a, a + len(x), x, self._country_of_mention(c))

    def slot_places(self, st: str, base: int) -> None:
        """"near Mary on 13 December", "visited Male": a place the gazetteer only looks up (its
        name is also a word or a person's) after a place preposition or a visit."""
        for m in _SLOT_PLACE_RE.finditer(st):
            x = m.group("x")
            a, b = base + m.start("x"), base + m.end("x")
            if not self._free(a, b) or st[m.end("x"):m.end("x") + 2] in ("’s", "'s"):
                continue
            found = self.kb.lookup(x)
            places = [e for e in found if e.type == "place"]
            if places and all(e.type in ("place", "state") for e in found):
                self.add(a, b, places[0].id, "name", "place")

    def coordinated_places(self, st: str, base: int) -> None:
        """"projects in Mannar and Pooneryn": an unknown one-word name coordinated with a
        known place after a place preposition is a place too (its country the known one's)."""
        verbs = cues().person_verbs
        for m in _COORD_PLACES_RE.finditer(st):
            xa, ya = base + m.start("x"), base + m.start("y")
            xb, yb = base + m.end("x"), base + m.end("y")
            nxt = _NEXT_WORD_RE.match(st, m.end())
            if nxt and (nxt.group(1)[:1].isupper() or nxt.group(1) in verbs):
                continue  # "in Dhaka and Hossain said": a person acting
            known = [o for o in self._in(xa, yb) if (o.start, o.end) in ((xa, xb), (ya, yb))]
            if len(known) != 1:
                continue
            e = self.entities.get(known[0].entity_id)
            if e is None or e.type != "place" or known[0].kind not in ("name", "variant"):
                continue
            a, b, name = (ya, yb, m.group("y")) if known[0].start == xa else (xa, xb, m.group("x"))
            if not self._free(a, b) or not self._place_ok(name) or self.kb.lookup_kinds(name) \
                    or fold(name).lower() in cues().given or name in cues().not_name:
                continue
            self._add_place(a, b, name, e.country)
