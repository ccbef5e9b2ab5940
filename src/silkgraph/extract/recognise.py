"""Recognise mentions in an article's sentences and resolve them to entities.

Three sources of mentions, all offsets into the source text:
1. the gazetteer matcher (one Aho-Corasick pass per sentence);
2. acronyms the article defines ("Tehreek-e-Taliban Pakistan (TTP)"), which become
   aliases for this article only, and names the gazetteer lacks but the text defines;
3. people introduced by a title ("Tajik President Emomali Rahmon", "China's Ambassador
   to Kabul, Zhao Xing"), later referred to by surname.
4. names the gazetteer lacks, recognised by their shape (:class:`_ShapePass`; word lists in
   ontology/name_heads.yaml and ontology/titles.yaml; each pass runs only when a trigger word
   is in the sentence):
   * weapon variants: an unknown code whose base is known ("Su-30SM" <- "Su-30") becomes
     ``wpn:<slug>`` with the base's origin and ``variant_of``; a lookup-only designation
     ("Mistral", "Vuran") fires when a weapon-category noun follows within three words;
   * people: appositive roles ("its head of security, X"; "X, a senior adviser to Y") and a
     name coordinated with a known person ("Ilham Aliyev and X");
   * places: "the (oil) town of X", "X, the main town of Y", "X province/river" (X is the
     name), "X Avenue/corridor" (the phrase is the name), "at X in <known place>"; the longest
     span wins over an inner match ("East Azerbaijan province" is not the state);
   * organisations: 2-6 capitalised words ending in a head noun ("Central Election
     Commission"), with a state possessive or adjective giving the country ("South Africa's
     Paramount Group"); the type comes from the head.
Sentences in boilerplate sections (the publisher's blurb) yield no mentions.

Resolution: a capital is the state where it acts ("Islamabad maintains", "acquired by
Baku") and the city where it is a place ("met in Dushanbe"); demonyms point to the state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.prefilter import Gate, lower_for_gates
from silkgraph.knowledge import Knowledge
from silkgraph.model import Entity, Mention, Sentence
from silkgraph.resources import load_yaml

PLACE_PREPS = {"in", "at", "near", "outside", "around", "across", "inside", "into", "via",
               "within", "from", "toward", "towards", "throughout"}
TRAVEL_WORDS = {"visit", "visits", "visited", "trip", "travelled", "traveled", "arrived", "flew",
                "came", "went", "returned", "journey", "mission", "delegation"}

# a capitalised name word; hyphenated parts ("Amir-Abdollahian", "Fazl-e-Haider",
# "Kassym-Jomart") stay one word
_CAP = r"[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']*)*"
_PARTICLE = r"(?:(?:bin|ibn|bint|abu|al|el|da|de|di|del|der|den|du|la|le|van|von|ul|ud)\s+|al-|el-)"
_NAME = rf"(?:{_CAP}|[A-Z]\.)(?:\s+{_PARTICLE}?(?:{_CAP}|[A-Z]\.)){{1,3}}"
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


TITLE_GATE_CACHE: list[Gate] = []


def _title_gate() -> Gate:
    """The exact pre-check of ``_title_regex()`` (a title's first letters must be there)."""
    if not TITLE_GATE_CACHE:
        TITLE_GATE_CACHE.append(Gate(_title_regex()))
    return TITLE_GATE_CACHE[0]


@dataclass
class Recognised:
    mentions: list[Mention]
    entities: dict[str, Entity]
    local_aliases: list[tuple[str, str, str]]


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return re.findall(r"[\w’']+", text[max(0, pos - 60):pos].lower())[-n:]


# people or bodies "in" a capital are its government: "partners in Washington and Brussels",
# "officials in Tashkent"; the capital (and any capital coordinated with it) is the actor
SEAT_PEOPLE = {"partners", "officials", "allies", "diplomats", "policymakers", "policy-makers",
               "leaders", "governments", "government", "counterparts", "lawmakers", "authorities",
               "politicians", "negotiators", "regulators", "decision-makers", "few", "many"}


# "the Islamabad Declaration", "the Astana format": a city naming a document, process or
# meeting is the place it is named after, not its government acting
NAMED_AFTER_CITY_RE = re.compile(
    r"[ \u00a0](?:Declaration|Process|Format|format|Agreement|Accords?|Communiqu[eé]|Summit|"
    r"Convention|Protocol|Statement|Forum|Initiative|Dialogue|Talks|Charter|Document)\b")


# "west of Dushanbe", "the outskirts of Kabul": a position relative to the city
NEAR_OF_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest", "outskirts", "edge", "suburbs", "centre", "center", "streets",
                 "north-east", "north-west", "south-east", "south-west", "heart", "downtown"}
# "from Manila to Yerevan": the end of a range of places
_FROM_TO_RE = re.compile(r"\bfrom\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s+to\s+$")
# "summits in Astana in November 2023 and Bishkek": coordinated with a city in a place slot
_COORD_PLACE_RE = re.compile(
    r"\b(?:in|at|near|outside|to)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
    r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d{4})?,?\s+(?:and|or)\s+$")


# "ISLAMABAD, March 12 (Wire) –", "SAMARKAND, Uzbekistan, April 4 –": a news dateline's city
DATELINE_AFTER_RE = re.compile(
    r",\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d")


def _capital_is_place(text: str, start: int, end: int) -> bool:
    if NAMED_AFTER_CITY_RE.match(text, end):
        return True
    if text[start:end].isupper() and DATELINE_AFTER_RE.match(text, end):
        return True
    words = _prev_words(text, start, 6)
    if not words:
        return False
    prev = words[-1]
    before = text[max(0, start - 60):start]
    if prev == "of" and len(words) >= 2 and words[-2] in NEAR_OF_WORDS:
        return True
    if prev == "to" and _FROM_TO_RE.search(before):
        return True
    if prev == "from" and len(words) >= 2 and words[-2] in ("apart", "aside"):
        return False  # "apart from Moscow's": not a place of origin
    if prev == "and" and len(words) >= 3 and words[-3] == "in" and words[-4:-3] \
            and words[-4] in SEAT_PEOPLE:
        return False  # "partners in Washington and Brussels"
    if prev in ("and", "or"):
        cm = _COORD_PLACE_RE.search(before)
        if cm and not (_prev_words(before, cm.start(), 1) and
                       _prev_words(before, cm.start(), 1)[-1] in SEAT_PEOPLE):
            return True
    if prev in PLACE_PREPS:
        # "between Islamabad and Kabul" and "from Beijing" as an actor are rare enough;
        # "from" stays a place
        return not (prev == "in" and len(words) >= 2 and words[-2] in SEAT_PEOPLE)
    if prev == "to":
        return any(w in TRAVEL_WORDS for w in words[:-1])
    return False


def _pick(kb: Knowledge, text: str, start: int, end: int,
          candidates: list[tuple[str, str]], seen: dict[str, int],
          here: frozenset[str] | set[str] = frozenset()) -> tuple[str, str, str | None]:
    """Choose one (entity id, alias kind, role) among a match's candidates.

    ``here``: entities already mentioned in the sentence.  A city that is both a state's
    capital and an institution's seat ("Brussels": Belgium, the EU) acting names the
    institution, unless the sentence is about that state ("Belgium ... Brussels")."""
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
        if len(capital) > 1:
            states = [c for c in capital if c[0].startswith("state:")]
            seats = [c for c in capital if not c[0].startswith("state:")]
            capital = (states + seats) if any(c[0] in here for c in states) else (seats + states)
        return capital[0][0], "capital", "actor"
    # prefer the body of a state named in the sentence ("Pakistan's National Security
    # Committee"), then an entity already mentioned in this article, then the gazetteer's order
    def local(eid: str) -> int:
        e = kb.get(eid)
        return int(e is not None and e.type != "state" and f"state:{e.country}" in here)

    ranked = sorted(candidates, key=lambda c: (-local(c[0]), -seen.get(c[0], 0),
                                               candidates.index(c)))
    return ranked[0][0], ranked[0][1], None


def _era_adjective(kb: Knowledge, st: str, a: int, b: int, eid: str) -> bool:
    """A demonym naming a period, not the state: "post-Soviet", "Soviet-era", and any
    adjective of a state that no longer exists ("Soviet stocks"; "the Soviets" still acts)."""
    if st[max(0, a - 5):a].lower().endswith(("post-", "pre-")) or st[b:b + 4].lower() == "-era":
        return True
    ent = kb.get(eid)
    return (ent is not None and ent.type == "state" and bool(ent.attrs.get("historical"))
            and not st[a:b].endswith("s") and st[b:b + 1] != "s")


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
    title_gate = _title_gate()
    shapes = _ShapePass(text, kb, mentions, entities, add, surnames)
    for s in sentences:
        if s.section == "boilerplate":  # the publisher's blurb names no entity of the article
            continue
        st = text[s.start:s.end]
        taken: list[tuple[int, int]] = []
        here: set[str] = set()
        for m in kb.find(st):
            a, b = s.start + m.start, s.start + m.end
            if st[m.end:m.end + 1] == "$":  # "US$ 1.6 billion" is a currency, not a state
                continue
            eid, kind, role = _pick(kb, text, a, b, m.candidates, seen, here)
            if kind == "demonym" and _era_adjective(kb, st, m.start, m.end, eid):
                continue
            add(a, b, eid, kind, role)
            here.add(eid)
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
        for tm in (title_re.finditer(st) if title_gate.may_match(lower_for_gates(st)) else ()):
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
        if s.section != "boilerplate":
            shapes.run(s)
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
    _group_branches(mentions, entities)
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


def _group_branches(mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """A bare armed-group name in an article that also names exactly one branch of it
    ("the Islamic State's strike" with "Islamic State Khorasan Province") means the branch."""
    groups = {m.entity_id for m in mentions if entities.get(m.entity_id) is not None
              and entities[m.entity_id].type == "armed_group"}
    if len(groups) < 2:
        return
    for g in list(groups):
        name = entities[g].name.lower() + " "
        branches = [b for b in groups if b != g and entities[b].name.lower().startswith(name)]
        if len(branches) != 1:
            continue
        for m in mentions:
            if m.entity_id == g:
                m.entity_id, m.kind = branches[0], "variant"


def _country_near(mentions: list[Mention], entities: dict[str, Entity], title_start: int,
                  name_start: int) -> str | None:
    """The state mentioned just before a title ("Tajik President …", "China's Ambassador")."""
    for m in reversed(mentions):
        if m.end <= name_start and title_start - m.end <= 3 and m.entity_id.startswith("state:"):
            return m.entity_id.split(":", 1)[1]
        if m.end < title_start - 3:
            break
    return None


# -- names recognised by their shape ------------------------------------------------------
# Each pass below is gated by a cheap test (a trigger word in the sentence) so the matcher
# stays the hot path.  Patterns and word lists are data (ontology/name_heads.yaml,
# ontology/titles.yaml).

@dataclass
class _Shapes:
    stop: frozenset[str]
    roles_re: str
    titles: frozenset[str]
    org_re: re.Pattern[str]
    org_heads: frozenset[str]
    org_words: frozenset[str]
    org_generic: frozenset[str]
    cat_words: frozenset[str]
    place_words: frozenset[str]
    role_words: frozenset[str]
    kind_of_re: re.Pattern[str]
    pre_re: re.Pattern[str]
    head_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    suffix_base: frozenset[str]
    suffix_feature: frozenset[str]
    base_blockers: frozenset[str]
    adjective_endings: tuple[str, ...]
    cat_re: re.Pattern[str]
    weapon_cat_re: re.Pattern[str]
    appos_before_re: re.Pattern[str]
    appos_after_re: re.Pattern[str]
    variant_re: re.Pattern[str]
    contained_re: re.Pattern[str]
    company_nouns: frozenset[str]
    company_appos_re: re.Pattern[str]


_SHAPES: list[_Shapes] = []
_WORD = r"[A-Z][\w’'\-]*"  # a capitalised word of a name (letters, digits, hyphens)
_POSS = r"(?:’s|'s)"


def _shapes() -> _Shapes:
    if _SHAPES:
        return _SHAPES[0]
    heads = load_yaml("ontology/name_heads.yaml")
    tdata = load_yaml("ontology/titles.yaml")
    stop = frozenset(w.lower() for w in heads["name_stopwords"])
    roles = "|".join(re.escape(r) for r in sorted(tdata["roles"], key=len, reverse=True))
    org_heads = "|".join(sorted(heads["org_shape_heads"], key=len, reverse=True))
    kinds = "|".join(heads["place_kind_words"])
    mods = "|".join(heads["place_modifiers"])
    sfx = sorted(heads["place_suffix_base"] + heads["place_suffix_full"], key=len, reverse=True)
    sfx_alt = "|".join(rf"{w}|{w.capitalize()}" for w in sfx)
    cats = sorted(heads["weapon_category_nouns"], key=len, reverse=True)
    cat_alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cats)
    name_words = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
    shapes = _Shapes(
        stop=stop,
        roles_re=roles,
        titles=frozenset(w for t in tdata["titles"] for w in t.split()),
        org_re=re.compile(
            rf"(?<![\w’'\-.])(?P<org>(?:(?:{_WORD}|(?:[A-Z]\.){{2,}})\.?\s+){{1,5}}(?:{org_heads}))\b"
            r"(?![ \t]+[A-Z][a-z])"
            rf"(?:\s+(?P<prep>of|on|for)\s+(?P<of>(?:the\s+)?{_WORD}"
            rf"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?{_WORD}){{0,3}}))?"),
        org_heads=frozenset(heads["org_shape_heads"]),
        # gates: lower-case words that must occur in the sentence for a pass to run
        org_words=frozenset(h.lower() for h in heads["org_shape_heads"]),
        org_generic=frozenset(heads["org_generic_words"]),
        cat_words=frozenset(c.split()[-1].lower() for c in cats),
        place_words=frozenset(w.lower() for w in heads["place_kind_words"] + sfx),
        role_words=frozenset(w for r in tdata["roles"] for w in _TOKEN.findall(r.lower())),
        kind_of_re=re.compile(
            rf"\b(?:the|a)\s+(?:(?:{mods})\s+){{0,2}}(?P<kind>{kinds})\s+of\s+(?P<x>{name_words})"),
        pre_re=re.compile(rf"(?<![\w’'\-])(?P<pre>{_WORD}(?:\s+{_WORD}){{0,2}}),\s+$"),
        head_re=re.compile(rf"\b(?P<head>{sfx_alt})\b"),
        suffix_re=re.compile(
            rf"(?:(?P<poss>{_WORD}){_POSS}\s+)?(?<![\w’'\-])(?P<x>{name_words})\s+$"),
        suffix_base=frozenset(heads["place_suffix_base"]),
        suffix_feature=frozenset(heads["place_suffix_feature"]),
        base_blockers=frozenset(heads["place_base_blockers"]),
        adjective_endings=tuple(heads["adjective_endings"]),
        cat_re=re.compile(rf"\b(?:{cat_alt})\b"),
        weapon_cat_re=re.compile(rf"(?<![\w\-])(?P<name>{name_words})\s+(?:[a-z][\w\-]*\s+){{0,3}}$"),
        appos_before_re=re.compile(
            rf"\b(?:its|the|their|his|her|[A-Za-z]+{_POSS})\s+(?:[\w\-]+\s+){{0,3}}?"
            rf"(?:{roles})(?:\s+(?:of|for|to)\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)?)?,\s+"
            rf"(?P<name>{_NAME})(?=\s*(?:[,;:.)]|\band\b|$))"),
        appos_after_re=re.compile(
            rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{roles})\b"
            r"(?:\s+(?:to|of|for|at|in)\b)"),
        variant_re=re.compile(r"(?<![\w\-])[A-Z][A-Za-z]{0,6}-?[A-Z]{0,2}\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?<=[A-Z])(?![\w\-])"),
        contained_re=re.compile(
            rf"\b(?:at|in|near|around|outside)\s+(?P<x>{_WORD}(?:\s+{_WORD})?)\s+(?:in|on)\s+(?:the\s+)?$"),
        company_nouns=frozenset(heads["company_appositive_nouns"]),
        company_appos_re=re.compile(
            rf"(?<![\w’'\-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}),\s+an?\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?(?:{'|'.join(heads['company_appositive_nouns'])})\b"),
    )
    _SHAPES.append(shapes)
    return shapes


def _strip_stop(words: list[str], stop: frozenset[str]) -> list[str]:
    while words and words[0].lower().strip(".") in stop:
        words = words[1:]
    return words


_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[a-z]+")
_SHARED_SURNAME_RE = re.compile(
    rf"(?<![\w’'\-])(?P<f1>{_CAP})\s+and\s+(?P<f2>{_CAP})\s+(?P<sur>{_CAP})(?=\s*[,;:.)])")
_AND_NAME_RE = re.compile(rf" and\s+({_NAME})")
_NAME_AND_RE = re.compile(rf"(?<![\w’'\-])({_NAME})\s+and\s+$")
_MODIFIER_KINDS = frozenset({"demonym", "adjective", "capital", "acronym"})


class _ShapePass:
    """Names the gazetteer lacks, recognised in one sentence by their shape."""

    def __init__(self, text: str, kb: Knowledge, mentions: list[Mention],
                 entities: dict[str, Entity], add, surnames: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        self.text, self.kb, self.mentions, self.entities = text, kb, mentions, entities
        self.add, self.surnames = add, surnames
        self.sh = _shapes()
        self.first = 0

    # -- helpers ----------------------------------------------------------------------------
    def _in(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.mentions[self.first:] if m.start < b and a < m.end]

    def _free(self, a: int, b: int) -> bool:
        return not self._in(a, b)

    def _drop_inside(self, a: int, b: int) -> None:
        tail = self.mentions[self.first:]
        gone = [m for m in tail if a <= m.start and m.end <= b]
        if not gone:
            return
        self.mentions[self.first:] = [m for m in tail if not (a <= m.start and m.end <= b)]
        for m in gone:
            if not any(x.entity_id == m.entity_id for x in self.mentions):
                self.entities.pop(m.entity_id, None)

    def _known_other(self, name: str, allowed: str) -> bool:
        """The name is a gazetteer entity of another type than ``allowed``."""
        return any(e.type != allowed for e in self.kb.lookup(name))

    def _state_of(self, name: str) -> str | None:
        for e in self.kb.lookup(name):
            if e.type == "state":
                return e.iso3 or e.id.split(":", 1)[1]
        return None

    def _country_of_mention(self, m: Mention) -> str | None:
        e = self.entities.get(m.entity_id) or self.kb.get(m.entity_id)
        if e is None:
            return None
        if e.type == "state":
            return e.iso3 or e.id.split(":", 1)[1]
        return e.country

    def _national(self, name: str, country: str) -> list[Entity]:
        """"Armenia's National Security Service": the gazetteer's body of that state named
        "National Security Service (Armenia)"."""
        st = self.kb.get(f"state:{country}")
        if st is None:
            return []
        return [e for e in self.kb.lookup(f"{name} ({st.name})")
                if e.type != "person" and e.country == country]

    def _new(self, eid: str, etype: str, name: str, country: str | None,
             aliases: list[str] | None = None, **attrs: object) -> str:
        known = self.kb.get(eid)
        if known is not None:
            return known.id
        if eid not in self.entities:
            attrs["discovered"] = True
            self.entities[eid] = Entity(eid, etype, name, country=country,
                                        aliases=list(aliases or []), attrs=dict(attrs))
        return eid

    def _clean_words(self, words: list[str]) -> list[str]:
        return _strip_stop(words, self.sh.stop)

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
        words = set(_TOKEN.findall(st.lower()))
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
                eid = self._new(f"wpn:{_slug(tok)}", "weapon_system", tok, parent.country,
                                variant_of=parent.id,
                                **({"category": parent.attrs["category"]} if parent.attrs.get("category") else {}))
                self.add(a, b, eid, "variant")
                break

    def weapon_categories(self, st: str, base: int) -> None:
        """"Mistral portable air defence missiles": a known designation that is an ordinary
        word fires when a weapon-category noun follows within three words."""
        for c in self.sh.cat_re.finditer(st):
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
                if k < len(words) and lead.split() and not (
                        lead.split()[-1].lower() in self.sh.stop
                        or not self._free(na + len(lead.rstrip()) - 1, na + len(lead.rstrip()))):
                    break
                if cand.split()[0].lower() in self.sh.stop:
                    continue
                ent = next((e for e in self.kb.lookup(cand) if e.type == "weapon_system"), None)
                if ent is None:
                    continue
                a = base + m.start("name") + m.group("name").rfind(cand)
                if self._free(a, a + len(cand)):
                    self.add(a, a + len(cand), ent.id, "name")
                break

    def _place_ok(self, name: str) -> bool:
        words = name.split()
        return bool(words) and not any(
            w.lower() in self.sh.stop or w in self.sh.titles or w in self.sh.org_heads
            for w in words) and not self._known_other(name, "place")

    def _add_place(self, a: int, b: int, name: str, country: str | None,
                   aliases: list[str] | None = None) -> None:
        known = [e for e in self.kb.lookup(name) if e.type == "place"]
        eid = known[0].id if known else self._new(f"place:{_slug(name)}", "place", name, country,
                                                  aliases)
        self._drop_inside(a, b)
        if self._free(a, b):
            self.add(a, b, eid, "name", "place")

    def _kind_of(self, st: str, base: int) -> None:
        """"the oil town of Zhanaozen"; "Kapan, the main town of Syunik"."""
        for m in self.sh.kind_of_re.finditer(st):
            x = m.group("x")
            xw = x.split()
            cut = next((i for i, w in enumerate(xw) if re.search(_POSS + "$", w)), None)
            if cut is not None:
                xw = xw[:cut + 1]
                xw[-1] = re.sub(_POSS + "$", "", xw[-1])
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
                self._add_place(xa, xa + len(x), x, self._poss_country(st, m.start()))

    def _poss_country(self, st: str, pos: int) -> str | None:
        pm = re.search(rf"({_WORD}(?:\s+{_WORD})?){_POSS}\s+(?:the\s+)?$", st[max(0, pos - 40):pos])
        return self._state_of(pm.group(1)) if pm else None

    def _suffixed(self, st: str, base: int) -> None:
        """"Iran's East Azerbaijan province", "the Aras river", "Rustaveli Avenue"."""
        for h in self.sh.head_re.finditer(st):
            m = self.sh.suffix_re.search(st, max(0, h.start() - 80), h.start())
            if not m:
                continue
            xw = self._clean_words(m.group("x").split())
            head = h.group("head")
            if not xw or any(w.lower() in self.sh.base_blockers for w in xw):
                continue
            poss = m.group("poss")
            if any(re.search(_POSS + "$", w) for w in xw):
                continue
            x = " ".join(xw)
            xa = base + m.end("x") - len(x)
            b = base + h.end("head")
            outside = [o for o in self._in(xa, b) if o.start < xa or o.end > b]
            if outside:
                continue
            inner = self._in(xa, b)
            if any(self.entities.get(o.entity_id) is not None
                   and self.entities[o.entity_id].type not in ("place", "state") for o in inner):
                continue
            kinds = self.kb.lookup_kinds(x)
            if kinds and all(k in _MODIFIER_KINDS for _e, k in kinds):
                continue  # "the Afghan region"
            if not kinds and xw[-1].lower().endswith(self.sh.adjective_endings):
                continue  # "the Central Asian region"
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
                if self._known_other(full, "place"):
                    continue
                if not country and inner:
                    country = next((c for c in (self._country_of_mention(o) for o in inner) if c), None)
                self._add_place(xa, b, full, country)

    def _contained(self, st: str, base: int) -> None:
        """"at Gudauta in Abkhazia": an unknown name inside a known place or state."""
        for c in [m for m in self.mentions[self.first:] if m.start < base + len(st)]:
            ent = self.entities.get(c.entity_id)
            if ent is None or ent.type not in ("place", "state"):
                continue
            near = self.text[max(base, c.start - 8):c.start]
            if not near.endswith((" in ", " on ", " in the ", " on the ")):
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

    def organisations(self, st: str, base: int) -> None:
        """"the Central Election Commission", "South Africa's Paramount Group"."""
        for m in self.sh.org_re.finditer(st):
            org = m.group("org")
            words = org.split()
            country = None
            cut = max((i for i, w in enumerate(words[:-1]) if re.search(_POSS + "$", w)), default=None)
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
                elif o.kind not in _MODIFIER_KINDS:
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
                guess = _guess_type(name) or ("organization", "org")
                etype, prefix = guess
                if etype not in ("organization", "company"):
                    etype, prefix = "organization", "org"
                eid = self._new(f"{prefix}:{_slug(name)}", etype, name, country)
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
            self.add(a, a + len(name), self._new(f"company:{_slug(name)}", "company", name, country),
                     "name")

    def people(self, st: str, base: int, roles_gate: bool) -> None:
        # "two brothers, Huseyn and Ziyaddin Safarov": given names sharing one surname
        for m in _SHARED_SURNAME_RE.finditer(st):
            first, second, sur = m.group("f1"), m.group("f2"), m.group("sur")
            words = (first, second, sur)
            if any(w.lower() in self.sh.stop or w in self.sh.titles or w in self.sh.org_heads
                   or self.kb.lookup_kinds(w) for w in words):
                continue
            self._person(base + m.start("f2"), f"{second} {sur}")
            a = base + m.start("f1")
            if self._free(a, a + len(first)):
                pid = self._new(f"person:{_slug(first + ' ' + sur)}", "person", f"{first} {sur}", None)
                self.add(a, a + len(first), pid, "name")
        if roles_gate:
            for rx in (self.sh.appos_before_re, self.sh.appos_after_re):
                for m in rx.finditer(st):
                    self._person(base + m.start("name"), m.group("name"))
        # "Ilham Aliyev and Ebrahim Raisi": a name coordinated with a known person
        for p in [m for m in self.mentions[self.first:] if m.start < base + len(st)]:
            if not p.entity_id.startswith("person:"):
                continue
            if self.text.startswith(" and ", p.end):
                after = _AND_NAME_RE.match(self.text, p.end, base + len(st))
                if after:
                    self._person(after.start(1), after.group(1))
            if self.text.endswith(" and ", base, p.start):
                before = _NAME_AND_RE.search(self.text, max(base, p.start - 80), p.start)
                if before:
                    self._person(before.start(1), before.group(1))

    def _person(self, a: int, name: str) -> None:
        name = re.sub(_POSS + "$", "", name.strip())
        words = name.split()
        while words and (words[0].lower() in self.sh.stop or words[0] in self.sh.titles):
            a += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(w in self.sh.titles or w in self.sh.org_heads for w in words):
            return
        name = " ".join(words)
        if not self._free(a, a + len(name)):
            return
        found = self.kb.lookup(name)
        person = next((e for e in found if e.type == "person"), None)
        if person is None:
            if found or any(self.kb.lookup_kinds(w) and not all(
                    eid.startswith("person:") for eid, _k in self.kb.lookup_kinds(w)) for w in words):
                return
            pid = self._new(f"person:{_slug(name)}", "person", name, None)
        else:
            pid = person.id
        self.add(a, a + len(name), pid, "name")
        self.surnames[words[-1]] = pid
