"""Variant designations: weapon variants of a known base ("Su-30SM" <- "Su-30"), a lookup-only
designation before a weapon-category noun, and a bare base or group name meaning the one
variant or branch the article names.  Designations the gazetteer lacks, by their shape, are in
:mod:`silkgraph.extract.recognise.designations`."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.designations import weapon_families
from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.knowledge.normalise import normalise
from silkgraph.model import Entity, Mention

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _first_starts(mentions: list[Mention], ids: set[str]) -> dict[str, int]:
    """The earliest start of a mention of each of ``ids`` (that has one)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.entity_id in ids and (m.entity_id not in first or m.start < first[m.entity_id]):
            first[m.entity_id] = m.start
    return first


# "operates 36 Rafales", "ordered twelve J-10s": a count before the name starts a new set
_COUNT_BEFORE_RE = re.compile(
    r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|dozens of|hundreds of))"
    r"(?:\s+(?:more|additional|new|further|other))?\s+$", re.IGNORECASE)


def registered(e: Entity | None) -> bool:
    """Whether ``e`` is a designation the SIPRI register records deals for under its own name."""
    return e is not None and bool((e.attrs or {}).get("sipri_deals"))


def distinct_designations(a: Entity | None, b: Entity | None) -> bool:
    """Whether two weapons whose names begin alike are two systems, not a base and its variant.

    Two registered designations are two systems ("Cobra" and "Cobra II", "Ejder" and "Ejder
    Yalcin"): the register sells them apart. Unless the longer name is the shorter one plus a
    version word ("JF-17 Thunder" and "JF-17 Thunder Block III": one system, a later batch).
    A variant written only in a deal's comments ("Anka-S version") is an alias of its
    designation, and a variant the gazetteer lacks ("Tor-M2K" beside "Tor-M2") is not
    registered, so either may still stand for its base."""
    if a is None or b is None or not (registered(a) and registered(b)):
        return False
    short, long_ = sorted((a.name, b.name), key=len)
    rest = long_[len(short):] if long_.lower().startswith(short.lower()) else ""
    first = re.split(r"[\s\-]+", rest.strip(" -"))[0].lower() if rest.strip(" -") else ""
    return first not in cues().word_set("weapon_version_words")


def weapon_variants(mentions: list[Mention], entities: dict[str, Entity], text: str = "") -> None:
    """A bare base designation after a specific variant names that variant.

    An article about the "JF-17 Block III" that goes on to say "the JF-17" means the
    Block III; "J-10" after "J-10C" likewise. Only when exactly one variant of the base
    is named in the article, and not where a count stands before the base ("the navy
    orders the Rafale M; the air force already operates 36 Rafales"): a counted base is a
    set of its own, the family.
    """
    weapons = {m.entity_id for m in mentions if entities.get(m.entity_id) is not None
               and entities[m.entity_id].type == "weapon_system"}
    if len(weapons) < 2:
        return
    key = {w: _NOT_ALNUM.sub("", entities[w].name.lower()) for w in weapons}
    first = _first_starts(mentions, weapons)  # each weapon's earliest mention

    # the weapons whose name extends a mention's entity or text ("J-10" -> "J-10C"), by
    # (entity, text): an article names the same weapon the same way many times
    longer: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        if m.entity_id not in weapons:
            continue
        named = (m.entity_id, m.text)
        extended = longer.get(named)
        if extended is None:
            base_names = {key[m.entity_id], _NOT_ALNUM.sub("", m.text.lower())}
            extended = longer[named] = [
                w for w in weapons if w != m.entity_id
                and not distinct_designations(entities[m.entity_id], entities[w])
                and any(key[w].startswith(b) and key[w] != b for b in base_names)]
        # a base the gazetteer lacks ("S-125 ... to the Pechora-2M standard" with the known
        # "S-125 Pechora-2M") is that variant wherever it stands
        attrs = entities[m.entity_id].attrs
        found = bool(attrs.get("discovered")) and not attrs.get("family")
        variants = [w for w in extended if w in first and (first[w] < m.start or found)]
        if len(variants) == 1 and text and _COUNT_BEFORE_RE.search(
                text[max(0, m.start - 30):m.start]):
            continue
        if len(variants) == 1:
            old = m.entity_id
            m.entity_id = variants[0]
            m.kind = "variant"
            # the mention moved from one weapon to another: keep the earliest starts exact
            first[m.entity_id] = min(first[m.entity_id], m.start)
            if first[old] == m.start:
                first.pop(old)
                first.update(_first_starts(mentions, {old}))
    used = {m.entity_id for m in mentions}
    for eid in list(entities):
        if eid in weapons and eid not in used:
            del entities[eid]


class WeaponShapes(ShapeHelpers):
    """Weapon designations the gazetteer lacks, recognised by their shape."""

    def weapon_variants(self, st: str, base: int) -> None:
        """"Su-30SM" whose base "Su-30" is a known weapon: a variant entity."""
        for m in self.sh.variant_re.finditer(st):
            a, b = base + m.start(), base + m.end()
            if not self._free(a, b):
                continue
            tok = m.group(0)
            for k in (1, 2, 3):
                suffix, stem = tok[-k:], tok[:-k].rstrip("-")
                if not (suffix.isalpha() and suffix.isupper()) or not any(c.isdigit() for c in stem):
                    break
                parent = next((e for e in self.kb.lookup(stem) if e.type == "weapon_system"), None)
                if parent is None:
                    continue
                eid = self._new(f"wpn:{slug(tok)}", "weapon_system", tok, parent.country,
                                variant_of=parent.id,
                                **({"category": parent.attrs["category"]} if parent.attrs.get("category") else {}))
                self.add(a, b, eid, "variant")
                break

    def weapon_categories(self, st: str, base: int, cats: list[re.Match[str]]) -> None:
        """"Mistral portable air defence missiles": a known designation that is an ordinary
        word fires when a weapon-category noun follows within three words (``cats``: the
        matches of the category nouns in ``st``)."""
        for c in cats:
            m = self.sh.weapon_cat_re.search(st, max(0, c.start() - 80), c.start())
            if not m:
                continue
            words = m.group("name").split()
            na = base + m.start("name")
            for k in range(len(words), 0, -1):
                cand = " ".join(words[-k:])
                lead = m.group("name")[:m.group("name").rfind(cand)]
                # leading words may be dropped only when they are function words or other
                # names ("France's Mistral"), never part of an unknown name ("Ground Master")
                lw = re.sub(r"[’']s$", "", lead.rstrip())  # "Aselsan's ASELPOD": the owner's name
                if k < len(words) and lead.split() and not (
                        lead.split()[-1].lower() in self.sh.stop
                        or lead.split()[-1].lower() in _NUMBER_WORDS
                        or self.sh.origin_compound_re.search(lead.split()[-1])
                        or not self._free(na + len(lw) - 1, na + len(lw))):
                    break
                if cand.split()[0].lower() in self.sh.stop:
                    continue
                ent = next((e for e in self.kb.lookup(cand) if e.type == "weapon_system"), None)
                if ent is None and k == 1 and not self.kb.lookup_kinds(cand) \
                        and normalise(cand) in weapon_families(self.kb) and cand[:1].isupper():
                    # "the Shaheen series of missiles": the family of Shaheen-1, -2, -3
                    a = base + m.start("name") + m.group("name").rfind(cand)
                    if self._free(a, a + len(cand)):
                        self.add(a, a + len(cand), self._new(
                            f"wpn:{slug(cand)}-family", "weapon_system", cand, None, family=True), "name")
                    break
                if ent is None:
                    continue
                if not categories_agree(ent, c.group(0)):
                    break  # "a Cobra helicopter": no armoured vehicle (the APC of that name)
                a = base + m.start("name") + m.group("name").rfind(cand)
                if self._free(a, a + len(cand)):
                    self.add(a, a + len(cand), ent.id, "name")
                break


# weapon categories a noun of another category may still name ("missiles" of an air defence
# system, "rockets" and "artillery shells" of a launcher or a guided shell, "aircraft" for a
# drone, "vehicles" carrying a launcher or a gun)
_KINDRED = ({"missile", "air defence system", "artillery"}, {"UAV", "aircraft"},
            {"armoured vehicle", "artillery"})


def categories_agree(ent: Entity, noun: str) -> bool:
    """Whether a weapon-category noun ("helicopter", "armoured vehicles", "tank destroyers")
    can name ``ent``: false only when both categories are known and no word of the noun
    names the weapon's category or a kindred one."""
    table = cues().data["weapon_noun_categories"]
    said = [table[w] for w in noun.split() if w in table]  # type: ignore[index,operator]
    have = (ent.attrs or {}).get("category")
    if not said or not have or have == "other":
        return True
    return any(x == have or any(x in k and have in k for k in _KINDRED) for x in said)


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                           "dozens", "hundreds", "several"})
