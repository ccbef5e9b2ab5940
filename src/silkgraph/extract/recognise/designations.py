"""Weapon designations the gazetteer lacks, by their shape in a weapon's slot: a code before a
weapon noun or after a count or a procurement verb ("Tu-95MS bombers", "34 retired T-37"),
"Project 12418", "Jamaran-class frigate", a navy's ship prefix ("PNS Moawin"), a ship in
apposition ("the Deniz Han, a corvette"), a lookup-only name after a count ("28 Kirpi armoured
vehicles"), an unknown name before a weapon noun ("ten Tuzla patrol boats"), and a family of
numbered designations ("Shahed drones" when the gazetteer has Shahed-136)."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold, normalise

# "28 Kirpi armoured vehicles": a count (and a qualifier) before a capitalised name
_COUNTED_RE = re.compile(
    r"(?:\b\d[\d,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]everal))\s+"
    r"(?:(?:more|additional|new|further|retired|old|used|second-hand|refurbished|upgraded)\s+)?"
    r"(?P<name>[A-Z][\w\-]*)\b(?![’'])")

# a code: letters then (a hyphen and) digits, with variant letters ("KS-1A", "WJ-600", "Tu-95MS",
# "Z-10ME"), or a name and a number ("Fath-360")
# a code ("T-72B3", "Bayraktar-2"), not after a word character, hyphen, slash or dot; the
# capital it begins with comes first in the pattern (checked against the character before it
# by a lookbehind), so the regex engine scans for capitals only
_CODE_RE = re.compile(
    r"[A-Z](?<![\w\-/.][A-Z])(?:[A-Za-z]{0,5}-?\d{1,5}[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[a-z]{2,}-\d{1,4}[A-Z0-9]*)"
    r"(?![\w\-/])")
_PROJECT_RE = re.compile(r"\bProject(?P<sep>[- ])(?P<num>\d{2,5}[A-Z]?)\b")
_CLASS_RE = re.compile(
    r"(?<![\w\-’'])(?P<x>[A-Z][\w’'\-]*?(?:\s+[A-Z][\w’']*)?)(?P<sep>-|\s)class\b")
# words before a class's name that are no part of it: a count, a maker ("Chinese-built")
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "fifteen", "twenty", "several", "some", "more"})
_MADE_BY_RE = re.compile(r"-(?:built|made|designed|supplied|owned|produced)$")
_COUNT_RE = re.compile(
    r"(?:(?<![\w\-.,])\d+(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|hundred|dozen|dozens of|hundreds of|several|some|more))"
    r"(?:\s+(?:more|additional|new|further|other|retired|old|used|second-hand|refurbished|"
    r"ex-[A-Za-z]+|upgraded|modernised|modernized))?\s+$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\s+$")
_DET_RE = re.compile(r"\b(?:the|its|their|his|her|our|of|with|two|three|four|five|six|seven|eight|"
                     r"nine|ten|twelve|\d+|new|more|additional)\s+$", re.IGNORECASE)
_YEAR_CODE_RE = re.compile(r"[A-Za-z]-(?:19|20)\d\d$")
_NEXT_WORD_RE = re.compile(r"\s+([a-z][a-z\-]+)\b")
_FUNCTION_WORDS = frozenset({"were", "was", "are", "is", "be", "been", "have", "had", "has", "will",
                             "would", "could", "can", "may", "might", "that", "which", "who", "units",
                             "each", "apiece", "more", "too", "already", "also", "then", "later",
                             "earlier", "now", "last", "ago", "worth", "valued", "costing"})
_LETTER_VARIANT_RE = re.compile(r"[A-Z][a-z]{2,}-[A-Z]{1,2}")
_FAMILY_KEY_RE = re.compile(r"^([A-Z][a-z]{2,})[- ](?:\d|[IVX]+\b|[A-Z]{1,2}\d)")
_FAMILIES: list[frozenset[str]] = []


def weapon_families(kb: Knowledge) -> frozenset[str]:
    """Normalised names that start numbered weapon designations ("shahed" of "Shahed-136")."""
    if not _FAMILIES:
        keys = set()
        for r in kb.records:
            if r.entity_id.startswith("wpn:"):
                m = _FAMILY_KEY_RE.match(r.alias)
                if m:
                    keys.add(normalise(m.group(1)))
        _FAMILIES.append(frozenset(keys))
    return _FAMILIES[0]


class DesignationShapes(ShapeHelpers):
    """Weapon designations the gazetteer lacks, in a weapon's slot."""

    def _category(self, noun: str | None) -> str | None:
        if not noun:
            return None
        table = cues().data["weapon_noun_categories"]
        for w in noun.split():
            if w in table:
                return table[w]  # type: ignore[index,no-any-return]
        return None

    def _noun_after(self, st: str, end: int, words: int = 3) -> re.Match[str] | None:
        """A weapon-category noun within ``words`` lower-case words after ``end``."""
        tail = st[end:end + 60]
        for c in self.sh.cat_re.finditer(tail):
            between = tail[:c.start()].split()
            if len(between) > words or any(w[:1].isupper() or w.endswith((",", ";", ".")) for w in between):
                return None
            return c
        return None

    def _weapon_slot(self, st: str, a: int, b: int) -> tuple[bool, str | None]:
        """Whether st[a:b] stands where a weapon stands, and the noun that says so."""
        noun = self._noun_after(st, b)
        if noun is not None:
            return True, noun.group(0)
        before = st[max(0, a - 40):a]
        if _COUNT_RE.search(before) and not _YEAR_RE.search(before):
            return True, None
        verbs = cues().word_set("weapon_verbs")
        prev = re.findall(r"[\w\-]+", before.lower())[-3:]
        if any(w in verbs for w in prev) and re.search(r"\b(?:the|with|of|a|an|its|their)\s+$|\b\w+\s+$", before):
            return True, None
        return False, None

    def _new_weapon(self, a: int, b: int, name: str, noun: str | None,
                    aliases: list[str] | None = None, **attrs: object) -> None:
        known = next((e for e in self.kb.lookup(name) if e.type == "weapon_system"), None)
        if known is not None:
            eid = known.id
        else:
            country = None
            for m in reversed(self.mentions[self.first:]):
                if m.end <= a and a - m.end <= 3 and m.entity_id.startswith("state:"):
                    country = m.entity_id.split(":", 1)[1]
                    break
            cat = self._category(noun)
            if cat:
                attrs["category"] = cat
            eid = self._new(f"wpn:{slug(name)}", "weapon_system", name, country, aliases, **attrs)
        self._drop_inside(a, b)
        if self._free(a, b):
            self.add(a, b, eid, "name")

    def designations(self, st: str, base: int) -> None:
        """"Tu-95MS bombers", "34 retired T-37 jet trainers", "Project 12418 missile boats"."""
        bad = cues().word_set("not_designations")
        for m in (_PROJECT_RE.finditer(st) if "Project" in st else ()):
            a, b = base + m.start(), base + m.end()
            ok, noun = self._weapon_slot(st, m.start(), m.end())
            if self._free(a, b) and (ok or m.group("sep") == "-"):
                self._new_weapon(a, b, f"Project-{m.group('num')}", noun)
        for m in _CODE_RE.finditer(st):
            tok = m.group(0)
            a, b = base + m.start(), base + m.end()
            if tok in bad or not self._free(a, b) or not any(c.isdigit() for c in tok):
                continue
            kinds = self.kb.lookup_kinds(tok)
            if kinds and not all(eid.startswith("wpn:") for eid, _k in kinds):
                continue
            if _YEAR_CODE_RE.search(tok):
                continue  # "Search-2024": an exercise or an event of that year
            ok, noun = self._weapon_slot(st, m.start(), m.end())
            nxt = _NEXT_WORD_RE.match(st, m.end())
            if ok and noun is None and nxt and nxt.group(1) not in _FUNCTION_WORDS \
                    and nxt.group(1) not in self.sh.stop:
                continue  # "two VVER-1200 reactors": another thing's noun follows
            if ok or (kinds and noun is None and st[m.end():m.end() + 6] in ("-class", " class")):
                self._new_weapon(a, b, tok, noun)

    def counted(self, st: str, base: int) -> None:
        """"111 Cobra and 28 Kirpi armoured vehicles": a count before a designation that the
        gazetteer only looks up (an ordinary word: "Cobra") names that weapon."""
        for m in _COUNTED_RE.finditer(st):
            name = m.group("name")
            if re.match(r"(?:1[89]|20)\d\d\s", m.group(0)):
                continue  # "in 2015 Berlin ...": a year, not a count
            a, b = base + m.start("name"), base + m.end("name")
            if not self._free(a, b):
                continue
            found = self.kb.lookup(name)
            if found and all(e.type == "weapon_system" for e in found):
                self.add(a, b, found[0].id, "name")

    def classes(self, st: str, base: int) -> None:
        """"a Jamaran-class frigate", "two Tufan class missile boats": the class's name."""
        for m in _CLASS_RE.finditer(st):
            x = m.group("x")
            xw = x.split()
            while xw and (xw[0].lower() in self.sh.stop or xw[0] in cues().not_name
                          or xw[0].lower() in _COUNT_WORDS or _MADE_BY_RE.search(xw[0])):
                xw = xw[1:]  # "Two Chinese-built Durjoy-class craft": the class is Durjoy
            if not xw:
                continue
            x = " ".join(xw)
            noun = self._noun_after(st, m.end(), 1)
            if m.group("sep") == " " and noun is None:
                continue  # "the middle class": no ship after it
            xa = m.end("x") - len(x)
            end = m.start() + (noun.end() + (m.end() - m.start())) if noun else m.end()
            a, b = base + xa, base + end
            inner = self._in(a, b)
            if any(self.entities.get(o.entity_id) is not None
                   and self.entities[o.entity_id].type == "weapon_system" for o in inner):
                continue  # the gazetteer named it ("Hangor-class submarine")
            if any(e.type in ("person", "organization", "company") for e in self.kb.lookup(x)):
                continue
            aliases = [f"{x}-class", f"{x} class"] + ([f"{x}-class {noun.group(0)}"] if noun else [])
            same = [e for e in self.kb.lookup(x) if e.type == "weapon_system"]
            if same and not any(e.attrs.get("category") == "ship" for e in same):
                # "Gepard-class frigates" are no Gepard anti-aircraft guns: a class of its own
                eid = self._new(f"wpn:{slug(x)}-class", "weapon_system", f"{x} class", None,
                                aliases, category="ship")
                self._drop_inside(a, b)
                if self._free(a, b):
                    self.add(a, b, eid, "name")
                continue
            self._new_weapon(a, b, x, noun.group(0) if noun else "ship", aliases)

    def ships(self, st: str, base: int) -> None:
        """"PNS Moawin", "TCG Anadolu": a ship named with its navy's prefix; "the Deniz Han, a
        corvette of Turkish design": a ship in apposition to a ship noun."""
        c = cues()
        states = c.data["ship_prefix_states"]
        for m in _ship_re().finditer(st):
            name = m.group("name")
            a, b = base + m.start(), base + m.end()
            if not self._free(a, b) or name.split()[0] in c.not_name:
                continue
            country = states.get(m.group("pre"))  # type: ignore[union-attr]
            # the ship's own entry, or its class ("PNS Babur": the Babur-class corvette)
            known = next((e for e in self.kb.lookup(name) if e.type == "weapon_system"
                          and e.attrs.get("category") == "ship"), None) or next(
                (e for n in ("class", "class corvette", "class frigate", "class submarine",
                             "class destroyer", "class patrol vessel")
                 for e in self.kb.lookup(f"{name}-{n}") if e.type == "weapon_system"), None)
            if known is not None:
                self.add(a, b, known.id, "name")
                continue
            full = m.group(0)
            eid = self._new(f"wpn:{slug(full)}", "weapon_system", full, country, [name],
                            category="ship")
            self.add(a, b, eid, "name")
        for m in _ship_appos_re().finditer(st):
            name = m.group("name")
            a = base + m.start("name")
            if not self._free(a, a + len(name)) or any(
                    w in c.not_name or w.lower() in self.sh.stop for w in name.split()):
                continue
            if any(e.type != "weapon_system" for e in self.kb.lookup(name)):
                continue
            self._new_weapon(a, a + len(name), name, "ship")

    def named_before_noun(self, st: str, base: int, cats: list[re.Match[str]]) -> None:
        """"ten Tuzla patrol boats", "its Burraq drones", "Buyan-M corvettes": an unknown name
        after a count or a determiner and before a weapon noun; "Shahed drones": a family
        (``cats``: the matches of the category nouns in ``st``)."""
        c = cues()
        fam = weapon_families(self.kb)
        for cm in cats:
            pre = st[max(0, cm.start() - 50):cm.start()]
            m = re.search(r"(?<![\w\-’'])(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
                          r"(?P<mid>(?:\s+[a-z][\w\-]*){0,2})\s+$", pre)
            if not m:
                continue
            name = m.group("name")
            words = name.split()
            off = cm.start() - len(pre) + m.start("name")
            a, b = base + off, base + off + len(name)
            if not self._free(a, b) or off == 0:
                continue
            if any(w in c.not_name or w.lower() in self.sh.stop or w in self.sh.titles
                   or w in self.sh.org_heads for w in words):
                continue
            last = words[-1]
            if last.lower().endswith(self.sh.adjective_endings) and "-" not in last:
                continue  # "Iranian drones", "Baltic ships"
            if self.kb.lookup_kinds(name) or any(self.kb.lookup_kinds(w) for w in words):
                continue
            if m.group("mid").strip() and not re.fullmatch(
                    r"(?:\s+(?:fast|light|heavy|new|attack|patrol|missile|combat|armed|naval|"
                    r"offshore|coastal|jet|multirole|tactical|strategic|ballistic|cruise|anti-ship|"
                    r"armoured|armored|long-range|medium-range|short-range|unmanned|reconnaissance|"
                    r"guided|self-propelled|main|battle|transport|training|utility|surveillance|"
                    r"stealth|fighter|strike|loitering|kamikaze|hypersonic|supersonic))+",
                    m.group("mid")):
                continue
            if not _DET_RE.search(st[max(0, off - 30):off]) and not _COUNT_RE.search(
                    st[max(0, off - 30):off]) and not _LETTER_VARIANT_RE.fullmatch(name):
                continue  # "Buyan-M corvettes" needs no determiner: a designation's shape
            key = normalise(name)
            if len(words) == 1 and key in fam:
                eid = self._new(f"wpn:{slug(name)}-family", "weapon_system", name, None, family=True)
                self.add(a, b, eid, "name")
                continue
            if fold(words[0]).lower() in c.given:
                continue
            self._new_weapon(a, b, name, cm.group(0))


_SHIP_RE: list[re.Pattern[str]] = []


def _ship_re() -> re.Pattern[str]:
    if not _SHIP_RE:
        pres = "|".join(sorted(cues().words("ship_prefixes"), key=len, reverse=True))
        _SHIP_RE.append(re.compile(
            rf"(?<![\w\-])(?P<pre>{pres})\s+(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"))
        nouns = "|".join(sorted(cues().words("ship_nouns"), key=len, reverse=True))
        _SHIP_RE.append(re.compile(
            rf"\b[Tt]he\s+(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?),\s+(?:a|an|the)\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?(?:{nouns})\b"))
    return _SHIP_RE[0]


def _ship_appos_re() -> re.Pattern[str]:
    _ship_re()
    return _SHIP_RE[1]
