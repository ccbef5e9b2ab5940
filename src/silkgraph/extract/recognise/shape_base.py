"""Names recognised by their shape: the word lists and patterns (loaded once) and the
helpers every shape pass shares."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from silkgraph.extract.recognise.patterns import NAME, POSS, TOKEN, WORD, LiteralStarts
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.model import Entity, Mention
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml, read_text

# a capitalised word whose capital may be a Latin letter with a diacritic ("Çelebi", "Özgür")
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſƏ"
UWORD = rf"[{_CAPS}][\w’'\-]*"

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
    head_starts: LiteralStarts | None  # where head_re may match (None: anywhere)
    suffix_re: re.Pattern[str]
    suffix_base: frozenset[str]
    suffix_feature: frozenset[str]
    suffix_verb_forms: frozenset[str]
    suffix_non_names: frozenset[str]
    dashed_heads: frozenset[str]  # heads whose name may join two places by an en dash ("Rasht–Astara railway")
    head_blockers_re: re.Pattern[str]  # a noun after such a head that makes it a modifier ("railway station")
    origin_compound_re: re.Pattern[str]
    base_blockers: frozenset[str]
    adjective_endings: tuple[str, ...]
    cat_re: re.Pattern[str]
    cat_starts: LiteralStarts | None  # where cat_re may match (None: anywhere)
    weapon_cat_re: re.Pattern[str]
    appos_before_re: re.Pattern[str]
    appos_after_re: re.Pattern[str]
    variant_re: re.Pattern[str]
    variant_gate: re.Pattern[str]  # found in every sentence variant_re matches in
    contained_re: re.Pattern[str]
    company_nouns: frozenset[str]
    company_appos_re: re.Pattern[str]


_SHAPES: list[_Shapes] = []
# how a variant designation begins: "Su-30", "JF-17", "T72"
# (its first capital is written before it in variant_re: see there)
_VARIANT_HEAD_TAIL = r"[A-Za-z]{0,6}-?[A-Z]{0,2}\d"
_PLAIN_WORDS = re.compile(r"[\w\- ]+")


def _literal_starts(words: Iterable[str]) -> LiteralStarts | None:
    """Where a pattern made of these words (as written) may start; None when a word is no
    plain text, so the pattern must be tried everywhere."""
    words = list(words)
    if not all(_PLAIN_WORDS.fullmatch(w) for w in words):
        return None
    return LiteralStarts(words)


def finditer(pattern: re.Pattern[str], starts: LiteralStarts | None, st: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(st)``, tried only at ``starts`` when given."""
    return pattern.finditer(st) if starts is None else starts.finditer(pattern, st)


def _shapes() -> _Shapes:
    if _SHAPES:
        return _SHAPES[0]
    heads = load_yaml("ontology/name_heads.yaml")
    tdata = load_yaml("ontology/titles.yaml")
    extra = load_yaml("gazetteer/name_cues.yaml")
    org_head_list = list(dict.fromkeys(
        heads["org_shape_heads"] + [h for hs in extra["extra_org_heads"].values() for h in hs]))
    company_nouns = list(dict.fromkeys(heads["company_appositive_nouns"] + extra["extra_company_nouns"]))
    stop = frozenset(w.lower() for w in heads["name_stopwords"])
    roles = "|".join(re.escape(r) for r in sorted(tdata["roles"], key=len, reverse=True))
    org_heads = "|".join(re.escape(h) for h in sorted(org_head_list, key=len, reverse=True))
    kinds = "|".join(heads["place_kind_words"])
    mods = "|".join(heads["place_modifiers"])
    sfx = sorted(heads["place_suffix_base"] + heads["place_suffix_full"], key=len, reverse=True)
    sfx_alt = "|".join(rf"{w}|{w.capitalize()}" for w in sfx)
    cats = longest_first(set(heads["weapon_category_nouns"]) | set(extra["extra_weapon_nouns"]))
    cat_alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cats)
    name_words = rf"{WORD}(?:\s+{WORD}){{0,2}}"
    shapes = _Shapes(
        stop=stop,
        roles_re=roles,
        titles=frozenset(w for t in tdata["titles"] for w in t.split()),
        # 1-5 words (capitalised, or initials "U.S.") and a head noun, not after a word
        # character, apostrophe, hyphen or dot; the first word's capital comes first in the
        # pattern (checked against the character before it by a lookbehind) so that the
        # regex engine scans for capitals only
        org_re=re.compile(
            rf"(?P<org>[{_CAPS}](?<![\w’'\-.][{_CAPS}])(?:[\w’'\-]*|(?<=[A-Z])\.(?:[A-Z]\.)+)\.?\s+"
            rf"(?:(?:{UWORD}|(?:[A-Z]\.){{2,}})\.?\s+){{0,4}}(?:{org_heads}))\b"
            r"(?![ \t]+[A-Z][a-z])"
            rf"(?:\s+(?P<prep>of|on|for)\s+(?P<of>(?:the\s+)?{WORD}"
            # "the International Fund for Saving the Aral Sea": "the" after a gerund
            rf"(?:(?:(?<=ing)\s+the)?\s+(?:and\s+|of\s+(?:the\s+)?)?{WORD}){{0,3}}))?"),
        org_heads=frozenset(org_head_list),
        # gates: lower-case words that must occur in the sentence for a pass to run
        org_words=frozenset(h.split()[-1].lower() for h in org_head_list),
        org_generic=frozenset(heads["org_generic_words"]),
        cat_words=frozenset(c.split()[-1].lower() for c in cats),
        place_words=frozenset(w.lower() for w in heads["place_kind_words"] + sfx),
        role_words=frozenset(w for r in tdata["roles"] for w in TOKEN.findall(r.lower())),
        kind_of_re=re.compile(
            rf"\b(?:the|a)\s+(?:(?:{mods})\s+){{0,2}}(?:(?P<dem>[A-Z][\w’'\-]*)\s+(?:(?:{mods})\s+)?)?"
            rf"(?P<kind>{kinds})\s+of\s+(?P<x>{name_words})"),
        pre_re=re.compile(rf"(?<![\w’'\-])(?P<pre>{WORD}(?:\s+{WORD}){{0,2}}),\s+$"),
        head_re=re.compile(rf"\b(?P<head>{sfx_alt})\b"),
        head_starts=_literal_starts(w for x in sfx for w in (x, x.capitalize())),
        suffix_re=re.compile(
            rf"(?:(?P<poss>{WORD}){POSS}\s+)?(?<![\w’'\-])(?P<x>{name_words})\s+$"),
        suffix_base=frozenset(heads["place_suffix_base"]),
        suffix_feature=frozenset(heads["place_suffix_feature"]),
        suffix_verb_forms=frozenset(heads.get("place_suffix_verb_forms", [])),
        suffix_non_names=frozenset(heads.get("place_suffix_non_names", [])),
        dashed_heads=frozenset(heads.get("place_suffix_dashed", [])),
        head_blockers_re=re.compile(r"\s+(?:" + "|".join(heads.get("place_suffix_not_before", ["station"])) + r")\b"),
        origin_compound_re=re.compile(
            rf"-(?:{'|'.join(heads.get('weapon_origin_compounds', []))})$"),
        base_blockers=frozenset(heads["place_base_blockers"]),
        adjective_endings=tuple(heads["adjective_endings"]),
        cat_re=re.compile(rf"\b(?:{cat_alt})\b"),
        cat_starts=_literal_starts(c.split(" ", 1)[0] for c in cats),  # a category's first word
        weapon_cat_re=re.compile(rf"(?<![\w\-])(?P<name>{name_words})\s+(?:[a-z][\w\-]*\s+){{0,3}}$"),
        appos_before_re=re.compile(
            rf"\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[A-Za-z]+{POSS})\s+(?:[\w\-]+\s+){{0,3}}?"
            # "the governor of Batken region, X": a place-kind word may follow the name
            rf"(?:{roles})(?:\s+(?:of|for|to|in|at)\s+(?:the\s+)?[\w\-]+(?:\s+(?:[A-Z][\w\-]+|{kinds}))?)?,\s+"
            rf"(?P<name>{NAME})(?=\s*(?:[,;:.)]|\band\b|$))"),
        appos_after_re=re.compile(
            rf"(?P<name>{NAME}),\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{roles})\b"
            # "X, a lawyer who had criticised ...": a relative "who" confirms a person
            # or a participle its clause opens ("X, a doctor accused of ...", "X, the preacher
            # believed to have led ...")
            r"(?:\s+(?:to|of|for|at|in|who|whose|accused|believed|suspected|alleged|thought|known|"
            r"wanted|charged|named|said)\b|(?=,))|"
            rf"(?:deputy\s+)?(?:{roles})\s+of\s+the\b)"),
        # not after a word character or hyphen; the first capital comes first (checked
        # against the character before it by a lookbehind), as in org_re
        variant_re=re.compile(rf"[A-Z](?<![\w\-][A-Z]){_VARIANT_HEAD_TAIL}[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
                              r"(?<=[A-Z])(?=s?(?![\w\-]))"),  # (a plural "s" may follow: "Su-30SMs")
        # the character before the digit of a variant's head is a letter or a hyphen
        variant_gate=re.compile(r"[A-Za-z\-]\d"),
        contained_re=re.compile(
            rf"\b(?:at|in|near|around|outside)\s+(?P<x>{WORD}(?:\s+{WORD})?),?\s+(?:in|on)\s+(?:the\s+)?$"),
        company_nouns=frozenset(n.split()[-1] for n in company_nouns),
        company_appos_re=re.compile(
            rf"(?P<name>[{_CAPS}](?<![\w’'\-][{_CAPS}])[\w’'\-]*(?:\s+{UWORD}){{0,3}}),\s+an?\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?(?:{'|'.join(sorted(company_nouns, key=len, reverse=True))})\b"),
    )
    _SHAPES.append(shapes)
    return shapes


@dataclass
class Cues:
    """Word lists of gazetteer/name_cues.yaml and the given names of _given_names.csv."""

    data: dict[str, object]
    given: dict[str, str]  # folded lower-case given name -> origin
    given_gate: frozenset[str]  # its first ASCII letters run, for the sentence gate
    not_name: frozenset[str]
    particles: frozenset[str]
    surname_endings: tuple[str, ...]
    person_verbs: frozenset[str]
    person_possessed: frozenset[str]
    ship_gate: frozenset[str]  # lower-case ship prefixes and the last words of ship nouns

    word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    origins: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def words(self, key: str) -> list[str]:
        return list(self.data.get(key) or [])  # type: ignore[call-overload]

    def word_set(self, key: str) -> frozenset[str]:
        """``frozenset(self.words(key))``, built once."""
        got = self.word_sets.get(key)
        if got is None:
            got = self.word_sets[key] = frozenset(self.words(key))
        return got

    def given_origin(self, word: str) -> str | None:
        """The origin of the given name ``word`` (or of its part before a hyphen), if any
        (cached)."""
        if word in self.origins:
            return self.origins[word]
        if len(self.origins) > 100_000:
            self.origins.clear()
        key = fold(word).lower()
        got = self.origins[word] = self.given.get(key) or self.given.get(key.split("-", 1)[0])
        return got


_CUES: list[Cues] = []


def cues() -> Cues:
    if _CUES:
        return _CUES[0]
    data = load_yaml("gazetteer/name_cues.yaml")
    given: dict[str, str] = {}
    for line in read_text("gazetteer/_given_names.csv").splitlines()[1:]:
        if line.strip():
            name, origin = line.rsplit(",", 1)
            given[fold(name).lower()] = origin
    gate = frozenset(t[0] for t in (TOKEN.findall(n) for n in given) if t)
    _CUES.append(Cues(
        data=data, given=given, given_gate=gate,
        not_name=frozenset(data["not_name_words"]),
        particles=frozenset(data["name_particles"]),
        surname_endings=tuple(data["surname_endings"]),
        person_verbs=frozenset(data["person_verbs"]),
        person_possessed=frozenset(data["person_possessed"]),
        ship_gate=frozenset([p.lower() for p in data["ship_prefixes"]]
                            + [n.split()[-1] for n in data["ship_nouns"]])))
    return _CUES[0]


def _strip_stop(words: list[str], stop: frozenset[str]) -> list[str]:
    while words and words[0].lower().strip(".") in stop:
        words = words[1:]
    return words


# "the Almaty-based Steppe Policy Institute", "the US-backed Anaklia Development Consortium": a
# participle compound before a name is no part of it (ontology/titles.yaml, capital_place:
# based_suffixes name a seat, premodifier_suffixes a backer or owner)
_PLACE_CUES = load_yaml("ontology/titles.yaml")["capital_place"]
SEAT_RE = re.compile(r"-(?:" + "|".join(_PLACE_CUES["based_suffixes"]) + r")$")
_PREMOD_RE = re.compile(
    r"-(?:" + "|".join(_PLACE_CUES["based_suffixes"] + _PLACE_CUES["premodifier_suffixes"]) + r")$")


def premodifier_end(words: list[str]) -> int:
    """How many leading ``words`` are such compounds (and the words before them), keeping at
    least one word: 0 when none is."""
    return max((i + 1 for i, w in enumerate(words[:-1]) if _PREMOD_RE.search(w)), default=0)


def entity_country(e: Entity) -> str | None:
    """A state's own code, else the entity's country."""
    if e.type == "state":
        return e.iso3 or e.id.split(":", 1)[1]
    return e.country


MODIFIER_KINDS = frozenset({"demonym", "adjective", "capital", "acronym"})


class ShapeHelpers:
    """Names the gazetteer lacks, recognised in one sentence by their shape."""

    def __init__(self, text: str, kb: Knowledge, mentions: list[Mention],
                 entities: dict[str, Entity], add, surnames: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        self.text, self.kb, self.mentions, self.entities = text, kb, mentions, entities
        self.add, self.surnames = add, surnames
        self.sh = _shapes()
        self.first = 0
        self.local: list[tuple[str, str, str]] = []  # the article's local aliases (entity, alias, kind)

    # -- helpers ----------------------------------------------------------------------------
    def _in(self, a: int, b: int) -> list[Mention]:
        ms = self.mentions
        return [m for m in (ms[i] for i in range(self.first, len(ms))) if m.start < b and a < m.end]

    def _free(self, a: int, b: int) -> bool:
        ms = self.mentions
        return not any(m.start < b and a < m.end for m in (ms[i] for i in range(self.first, len(ms))))

    def _drop_inside(self, a: int, b: int) -> None:
        tail = self.mentions[self.first:]
        gone = [m for m in tail if a <= m.start and m.end <= b]
        if not gone:
            return
        self.mentions[self.first:] = [m for m in tail if not (a <= m.start and m.end <= b)]
        still = {x.entity_id for x in self.mentions}
        for m in gone:
            if m.entity_id not in still:
                self.entities.pop(m.entity_id, None)

    def _known_other(self, name: str, allowed: str) -> bool:
        """The name is a gazetteer entity of another type than ``allowed``."""
        return any(e.type != allowed for e in self.kb.lookup(name))

    def _state_of(self, name: str) -> str | None:
        return next((entity_country(e) for e in self.kb.lookup(name) if e.type == "state"), None)

    def _country_of_mention(self, m: Mention) -> str | None:
        e = self.entities.get(m.entity_id) or self.kb.get(m.entity_id)
        return None if e is None else entity_country(e)

    def _national(self, name: str, country: str) -> list[Entity]:
        """"Armenia's National Security Service": the gazetteer's body of that state named
        "National Security Service (Armenia)"; "China's Export-Import Bank": the "Export-Import
        Bank of China"; "China's Development Bank": the "China Development Bank"."""
        st = self.kb.get(f"state:{country}")
        if st is None:
            return []
        for full in (f"{name} ({st.name})", f"{name} of {st.name}", f"{st.name} {name}"):
            found = [e for e in self.kb.lookup(full) if e.type != "person" and e.country == country]
            if found:
                return found
        return []

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
