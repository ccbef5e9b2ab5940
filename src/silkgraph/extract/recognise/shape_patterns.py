"""Names recognised by their shape: the word lists and patterns every shape pass reads
(ontology/name_heads.yaml, ontology/titles.yaml, gazetteer/name_cues.yaml), compiled once
per process by :func:`shape_patterns`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from silkgraph.extract.recognise.patterns import NAME, POSS, TOKEN, WORD, LiteralStarts
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

# a capitalised word whose capital may be a Latin letter with a diacritic ("Çelebi", "Özgür")
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſƏ"
UWORD = rf"[{_CAPS}][\w’'\-]*"

# -- names recognised by their shape ------------------------------------------------------
# Each shape pass is gated by a cheap test (a trigger word in the sentence) so the matcher
# stays the hot path.  Patterns and word lists are data (ontology/name_heads.yaml,
# ontology/titles.yaml).

@dataclass
class ShapePatterns:
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


_SHAPES: list[ShapePatterns] = []
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


def shape_patterns() -> ShapePatterns:
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
    shapes = ShapePatterns(
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
