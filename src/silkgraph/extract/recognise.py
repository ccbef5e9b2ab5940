"""Recognise mentions in an article's sentences and resolve them to entities.

Three sources of mentions, all offsets into the source text:
1. the gazetteer matcher (one Aho-Corasick pass per sentence);
2. acronyms the article defines ("Tehreek-e-Taliban Pakistan (TTP)"), which become
   aliases for this article only, and names the gazetteer lacks but the text defines;
3. people introduced by a title ("Tajik President Emomali Rahmon", "China's Ambassador
   to Kabul, Zhao Xing"), later referred to by surname.

Resolution: a capital is the state where it acts ("Islamabad maintains", "acquired by
Baku") and the city where it is a place ("met in Dushanbe"); demonyms point to the state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.knowledge import Knowledge
from silkgraph.model import Entity, Mention, Sentence
from silkgraph.resources import load_yaml

PLACE_PREPS = {"in", "at", "near", "outside", "around", "across", "inside", "into", "via",
               "within", "from", "toward", "towards", "throughout"}
TRAVEL_WORDS = {"visit", "visits", "visited", "trip", "travelled", "traveled", "arrived", "flew",
                "came", "went", "returned", "journey", "mission", "delegation"}

_CAP = r"[A-Z][a-zà-ÿ’'\-]+"
_NAME = rf"(?:{_CAP}|[A-Z]\.)(?:\s+(?:bin|ibn|al-|el-|de|van|von|ul|ud)?\s*(?:{_CAP}|[A-Z]\.)){{1,3}}"
ACRONYM_DEF_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)")
TITLED_NAME_RE_CACHE: list[re.Pattern[str]] = []


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


def _titles() -> list[str]:
    data = load_yaml("ontology/titles.yaml")
    return sorted(data["titles"], key=len, reverse=True)


def _title_regex() -> re.Pattern[str]:
    if not TITLED_NAME_RE_CACHE:
        titles = "|".join(re.escape(t) for t in _titles())
        TITLED_NAME_RE_CACHE.append(re.compile(
            rf"\b(?P<title>(?:{titles}))(?:\s+(?:of|to|for)\s+(?P<of>{_CAP}(?:\s+{_CAP})?))?,?\s+"
            rf"(?P<name>{_NAME})"
        ))
    return TITLED_NAME_RE_CACHE[0]


@dataclass
class Recognised:
    mentions: list[Mention]
    entities: dict[str, Entity]
    local_aliases: list[tuple[str, str, str]]


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return re.findall(r"[\w’']+", text[max(0, pos - 60):pos].lower())[-n:]


def _capital_is_place(text: str, start: int, end: int) -> bool:
    words = _prev_words(text, start, 4)
    if not words:
        return False
    prev = words[-1]
    if prev in PLACE_PREPS:
        # "between Islamabad and Kabul" and "from Beijing" as an actor are rare enough;
        # "from" stays a place
        return True
    if prev == "to":
        return any(w in TRAVEL_WORDS for w in words[:-1])
    return False


def _pick(kb: Knowledge, text: str, start: int, end: int,
          candidates: list[tuple[str, str]], seen: dict[str, int]) -> tuple[str, str, str | None]:
    """Choose one (entity id, alias kind, role) among a match's candidates."""
    if len(candidates) == 1:
        eid, kind = candidates[0]
        if kind == "capital":
            return eid, kind, "actor"
        return eid, kind, None
    capital = [c for c in candidates if c[1] == "capital"]
    places = [c for c in candidates if c[0].startswith("place:")]
    if capital and places:
        if _capital_is_place(text, start, end):
            return places[0][0], "name", "place"
        return capital[0][0], "capital", "actor"
    # prefer an entity already mentioned in this article, then the gazetteer's order
    ranked = sorted(candidates, key=lambda c: (-seen.get(c[0], 0), candidates.index(c)))
    return ranked[0][0], ranked[0][1], None


def _guess_type(name: str) -> tuple[str, str] | None:
    """(type, id prefix) for an unknown name defined with an acronym, from its head word."""
    data = load_yaml("ontology/name_heads.yaml")
    words = name.split()
    for etype, heads in data["heads"].items():
        for h in heads:
            if any(w.lower().strip(",") == h for w in words):
                return etype, data["prefix"][etype]
    return None


def recognise(text: str, sentences: list[Sentence], kb: Knowledge) -> Recognised:
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    local: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    local_acr: dict[str, str] = {}  # acronym -> entity id, for this article
    surnames: dict[str, str] = {}  # surname -> person id

    def add(start: int, end: int, eid: str, kind: str, role: str | None = None) -> None:
        ent = entities.get(eid) or kb.get(eid)
        if ent is None:
            return
        entities[eid] = ent
        seen[eid] = seen.get(eid, 0) + 1
        mentions.append(Mention(start, end, text[start:end], eid, kind, role))

    title_re = _title_regex()
    for s in sentences:
        st = text[s.start:s.end]
        taken: list[tuple[int, int]] = []
        for m in kb.find(st):
            a, b = s.start + m.start, s.start + m.end
            if st[m.end:m.end + 1] == "$":  # "US$ 1.6 billion" is a currency, not a state
                continue
            eid, kind, role = _pick(kb, text, a, b, m.candidates, seen)
            add(a, b, eid, kind, role)
            taken.append((m.start, m.end))
        # acronyms defined in the text: "Long Name (ACR)"
        for am in ACRONYM_DEF_RE.finditer(st):
            acr = am.group("acr")
            before = [mm for mm in mentions if mm.end <= s.start + am.start()
                      and s.start + am.start() - mm.end <= 2 and mm.start >= s.start]
            if before:
                eid = before[-1].entity_id
                if acr not in local_acr:
                    local_acr[acr] = eid
                    local.append((eid, acr, "acronym"))
                if not any(x <= am.start("acr") < y for x, y in taken):
                    add(s.start + am.start("acr"), s.start + am.end("acr"), eid, "acronym")
                continue
            # an unknown name defined with an acronym: capitalised words before "("
            nm = re.search(r"((?:[A-Z][\w’'\-&]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})$",
                           st[:am.start()].rstrip() + " ")
            if not nm:
                continue
            name = nm.group(1).strip()
            if len(name.split()) < 2 or acr in local_acr:
                continue
            guess = _guess_type(name)
            if guess is None:
                continue
            etype, prefix = guess
            eid = f"{prefix}:{_slug(name)}"
            if kb.get(eid) is None and eid not in entities:
                entities[eid] = Entity(eid, etype, name, aliases=[acr], attrs={"discovered": True})
            local_acr[acr] = eid
            local.append((eid, acr, "acronym"))
            ns = s.start + st.find(name, max(0, am.start() - len(name) - 3))
            add(ns, ns + len(name), eid, "name")
            add(s.start + am.start("acr"), s.start + am.end("acr"), eid, "acronym")
        # people introduced by a title
        for tm in title_re.finditer(st):
            name = re.sub(r"[’']s$", "", tm.group("name").strip())
            a = s.start + tm.start("name")
            if any(x <= tm.start("name") < y for x, y in taken):
                continue
            found = kb.lookup(name)
            person = next((e for e in found if e.type == "person"), None)
            if person is None:
                pid = f"person:{_slug(name)}"
                country = _country_near(mentions, entities, s.start + tm.start(), a)
                person = entities.get(pid) or Entity(
                    pid, "person", name, country=country,
                    attrs={"role": tm.group("title"), "discovered": True})
                entities[pid] = person
            add(a, a + len(name), person.id, "title")
            surnames[name.split()[-1]] = person.id
        for p in [e for e in entities.values() if e.type == "person"]:
            surnames.setdefault(p.name.split()[-1], p.id)
    # later mentions of a person by surname alone
    if surnames:
        sur_re = re.compile(r"\b(" + "|".join(re.escape(x) for x in surnames if len(x) > 2) + r")\b")
        spans = {(m.start, m.end) for m in mentions}
        covered = sorted((m.start, m.end) for m in mentions)
        for s in sentences:
            for m in sur_re.finditer(text, s.start, s.end):
                if (m.start(), m.end()) in spans or any(x <= m.start() < y for x, y in covered):
                    continue
                add(m.start(), m.end(), surnames[m.group(1)], "surname")
    # acronyms defined locally, used later in the article
    if local_acr:
        acr_re = re.compile(r"\b(" + "|".join(re.escape(a) for a in local_acr) + r")\b")
        covered = sorted((m.start, m.end) for m in mentions)
        for s in sentences:
            for m in acr_re.finditer(text, s.start, s.end):
                if any(x <= m.start() < y for x, y in covered):
                    continue
                add(m.start(), m.end(), local_acr[m.group(1)], "acronym")
    _nested_places(text, mentions, kb, add)
    _weapon_variants(mentions, entities)
    mentions.sort(key=lambda m: (m.start, m.end))
    return Recognised(mentions, entities, local)


QUALIFIED_PLACE_RE = re.compile(r"^[\w’']+-(?:administered|held|occupied|controlled|ruled)\s+(?P<rest>.+)$")


def _nested_places(text: str, mentions: list[Mention], kb: Knowledge, add) -> None:  # type: ignore[no-untyped-def]
    """"Indian-administered Kashmir" is also a mention of Kashmir (the wider region)."""
    for m in list(mentions):
        q = QUALIFIED_PLACE_RE.match(m.text)
        if not q:
            continue
        inner = [e for e in kb.lookup(q.group("rest")) if e.type == "place" and e.id != m.entity_id]
        if inner:
            a = m.start + q.start("rest")
            add(a, m.end, inner[0].id, "name", "place")


def _weapon_variants(mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """A bare base designation after a specific variant names that variant.

    An article about the "JF-17 Block III" that goes on to say "the JF-17" means the
    Block III; "J-10" after "J-10C" likewise. Only when exactly one variant of the base
    is named in the article.
    """
    weapons = {m.entity_id for m in mentions if entities.get(m.entity_id) is not None
               and entities[m.entity_id].type == "weapon_system"}
    if len(weapons) < 2:
        return
    def key(eid: str) -> str:
        return re.sub(r"[^a-z0-9]", "", entities[eid].name.lower())

    for m in mentions:
        if m.entity_id not in weapons:
            continue
        base_names = {key(m.entity_id), re.sub(r"[^a-z0-9]", "", m.text.lower())}
        variants = [w for w in weapons if w != m.entity_id
                    and any(key(w).startswith(b) and key(w) != b for b in base_names)
                    and any(x.start < m.start for x in mentions if x.entity_id == w)]
        if len(variants) == 1:
            m.entity_id = variants[0]
            m.kind = "variant"
    used = {m.entity_id for m in mentions}
    for eid in list(entities):
        if eid in weapons and eid not in used:
            del entities[eid]


def _country_near(mentions: list[Mention], entities: dict[str, Entity], title_start: int,
                  name_start: int) -> str | None:
    """The state mentioned just before a title ("Tajik President …", "China's Ambassador")."""
    for m in reversed(mentions):
        if m.end <= name_start and title_start - m.end <= 3 and m.entity_id.startswith("state:"):
            return m.entity_id.split(":", 1)[1]
        if m.end < title_start - 3:
            break
    return None
