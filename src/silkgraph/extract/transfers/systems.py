"""Items: named systems and category nouns, anaphoric and elliptic mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.context_items import _anaphor_possible as _anaphor_possible
from silkgraph.extract.transfers.context_items import _anaphora as _anaphora
from silkgraph.extract.transfers.context_items import _anaphora_gates as _anaphora_gates
from silkgraph.extract.transfers.context_items import (
    _anaphoric_items,
    _count_subjects,
    _elliptic_items,
    _referring_items,
)
from silkgraph.extract.transfers.context_items import _behind_needs as _behind_needs
from silkgraph.extract.transfers.context_items import _ends_with as _ends_with
from silkgraph.extract.transfers.context_items import _nouns_passing as _nouns_passing
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import Gate
from silkgraph.resources import load_yaml

PROGRAMME_RE = re.compile(r"\s*(?:(?:fifth|fourth)[\s-]generation\s+)?(?:fighter\s+|jet\s+)?"
                          r"(?:programme|program|project|initiative)\s*$", re.I)
# a capitalised word or two (maybe with a mark) right before a category noun: "Vuran armoured vehicles"
UNKNOWN_NAME_RE = re.compile(r"(?<![\w\-’'.])(?P<name>[A-Z][a-z][\w\-]*(?:\s+(?:[IVX]{1,3}|\d{1,3}))?)"
                             r"\s+$")
UNKNOWN_DESIGNATION_RE = re.compile(r"\b[A-Z][A-Za-z]*-?\d[\w\-]*\s+(?:[a-z][\w\-]*\s+){0,2}$")

# a list item labelled with its system: "- S-400: ten units ordered …"
LABEL_START_RE = re.compile(r"(?:^|\n)\s*[-•*–]?\s*$")
LABEL_GAP_RE = re.compile(r"\s*:\s*(?:[\w\-’',]+\s+){0,7}")
FOR_PLATFORM_RE = re.compile(r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)\s+for\s+(?:the\s+|its\s+|their\s+|her\s+)?$")
_FOR_PLATFORM_GATE = Gate(FOR_PLATFORM_RE)
LABEL_RE = re.compile(r"\n\s*[-•*–]\s*(?P<name>[A-Z][\w\-]*\d?[\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,2})\s*(?=:)")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("ontology/transfers.yaml").get("not_system_names") or ())


def _unknown_name(sv: SentenceView, a: int) -> tuple[int, str] | None:
    """A capitalised name the gazetteer does not know right before a category noun, not at the
    start of the sentence and not part of any mention ("Turkish-built Vuran armoured vehicles")."""
    m = UNKNOWN_NAME_RE.search(sv.text, max(0, a - 40), a)
    if m is None or not sv.text[:m.start()].strip(" \"“‘'(") or sv.text[m.start() - 2:m.start()] in (". ", ": "):
        return None
    name = m.group("name")
    if any(w.lower() in _not_names() for w in re.split(r"[\s\-]+", name)):
        return None
    lo, hi = sv.abs(m.start()), sv.abs(a)
    if any(x.start < hi and lo < x.end for x in sv.mentions):
        return None
    return m.start(), name


def _platform(text: str, a: int, lex: Lexicon) -> bool:
    """A named system after "<category noun> for" is the platform the goods are for ("26
    carrier fighters for the S", "missiles for its S fleet"), not the goods."""
    m = _FOR_PLATFORM_GATE.search_in(text, max(0, a - 50), a)  # as FOR_PLATFORM_RE.search
    if m is None:
        return False
    words = m.group(1)
    return any(any(x.end() == len(words) for x in pat.finditer(words)) for pat, _c in lex.categories)


def _unknown_label(sv: SentenceView, a: int) -> tuple[int, str] | None:
    """A list item's label the gazetteer does not know, for the category noun just after its
    colon ("- XK-9: an order for 40 portable missiles" → "XK-9")."""
    nl = sv.text.rfind("\n", 0, a)
    if nl < 0:
        return None
    m = LABEL_RE.match(sv.text, nl)
    if m is None or not LABEL_GAP_RE.fullmatch(sv.text, m.end(), a):
        return None
    name = m.group("name")
    if any(w.lower() in _not_names() for w in re.split(r"[\s\-]+", name)):
        return None
    lo, hi = sv.abs(m.start("name")), sv.abs(m.end("name"))
    if any(x.start < hi and lo < x.end for x in sv.mentions):
        return None
    return m.start("name"), name


@lru_cache(maxsize=1)
def _label_noun_re() -> re.Pattern[str]:
    words = load_yaml("ontology/transfers.yaml").get("label_nouns") or ["units"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


def _label_units(sv: SentenceView, items: list[Item], taken: list[tuple[int, int]]) -> list[Item]:
    """A unit noun in a list item labelled with a named system ("- S-400: ten units ordered
    from X") stands for the label's system, like a category noun there."""
    if ":" not in sv.text:
        return []
    out: list[Item] = []
    for it in items:
        if it.category or it.mention is None or not LABEL_START_RE.search(sv.text, max(0, it.start - 6), it.start):
            continue
        m = _label_noun_re().search(sv.text, it.end, min(len(sv.text), it.end + 60))
        if m is None or not LABEL_GAP_RE.fullmatch(sv.text, it.end, m.start()) \
                or any(x < m.end() and m.start() < y for x, y in taken):
            continue
        out.append(Item(m.start(), m.end(), it.system, False, None,
                        f"'{m.group(0)}' are the {it.mention.text} of the list item's label"))
    return out


def _passing(lex: Lexicon, which: str, low: str | None) -> Sequence[bool]:
    """Which trigger (or category) patterns may match: their gates, tested at once."""
    gates = lex.trigger_gates if which == "trigger" else lex.category_gates
    gs = lex.trigger_gate_set if which == "trigger" else lex.category_gate_set
    return gs.passing(low) if gs is not None else [g.may_match(low) for g in gates]


def _passing_indices(lex: Lexicon, which: str, low: str | None) -> Sequence[int]:
    """The positions of the trigger (or category) patterns that may match, in order."""
    gates = lex.trigger_gates if which == "trigger" else lex.category_gates
    gs = lex.trigger_gate_set if which == "trigger" else lex.category_gate_set
    return gs.passing_indices(low) if gs is not None else [i for i, g in enumerate(gates) if g.may_match(low)]


# a conjunction and a count between a named system and a category noun: the noun heads another,
# counted conjunct ("S drones and four tanks")
HEAD_CONJ_RE = re.compile(r"\s(?:and|or|plus)\s+(?:\d[\d,]*|" + count_alt(2, 12, 20, 30, 40, 50)
                          + r"|a\s+dozen)\s", re.I)


def find_items(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None) -> list[Item]:
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for m in sv.mentions:
        a, b = sv.rel(m.start), sv.rel(m.end)
        if ctx.etype(m.entity_id) == "program":
            wpn = _programme_weapon(ctx, m.entity_id)
            if wpn:
                items.append(Item(a, b, wpn, False, None, f"the weapon of the {m.text}"))
                taken.append((a, b))
            continue
        if ctx.etype(m.entity_id) != "weapon_system":
            continue
        if items and items[-1].system == m.entity_id and a - items[-1].end < 4:
            continue
        if _platform(sv.text, a, lex):
            continue
        items.append(Item(a, b, m.entity_id, False, m))
        taken.append((a, b))
    for (_pat, cat), gate, ok in zip(lex.categories, lex.category_gates, _passing(lex, "category", low), strict=True):
        if not ok:
            continue
        for m in gate.finditer(sv.text, low):  # the pattern's matches, tried where they may start
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            # a category noun right after a named system is that system's head noun
            # (not one after a conjunction: "S drones and four tanks" lists two goods)
            if any(0 <= a - it.end <= 25 and not it.category
                   and re.fullmatch(r"[\s\w\-’']*", sv.text[it.end:a])
                   and not HEAD_CONJ_RE.search(sv.text, it.end, a) for it in items):
                continue
            # … and so is one in a list item labelled with the system ("- S: 26 carrier fighters …")
            lab = next((it for it in items if 0 < a - it.end <= 40 and not it.category
                        and LABEL_GAP_RE.fullmatch(sv.text, it.end, a)
                        and LABEL_START_RE.search(sv.text, max(0, it.start - 6), it.start)), None)
            if lab is not None:
                name = lab.mention.text if lab.mention else lab.system
                items.append(Item(a, b, lab.system, False, None,
                                  f"'{sv.text[a:b]}' are the {name} of the list item's label"))
                continue
            label = _unknown_label(sv, a)
            if label is not None:
                items.append(Item(label[0], b, label[1], True, None,
                                  f"system named '{label[1]}' by the list item's label"))
                continue
            # … and so is one after a designation the gazetteer does not know ("XK-90 drones")
            if UNKNOWN_DESIGNATION_RE.search(sv.text[max(0, a - 40):a]):
                continue
            named = _unknown_name(sv, a) if cat not in lex.generic else None
            if named is not None:  # "46 Turkish-built Vuran armoured vehicles": the system is "Vuran"
                items.append(Item(named[0], b, named[1], True, None,
                                  f"system named '{named[1]}' before the category noun '{sv.text[a:b]}'"))
                continue
            items.append(Item(a, b, cat, True))
    items.extend(_label_units(sv, items, taken))
    items.sort(key=lambda i: i.start)
    items = _count_subjects(sv, ctx, items)
    if any(not it.category for it in items):
        items = _elliptic_items(sv, ctx, lex, items)
        if any(it.category for it in items):
            items = _referring_items(sv, ctx, items)
    elif sv.index > 0:
        items = _anaphoric_items(sv, ctx, items)
    return items


def _programme_weapon(ctx: ArticleContext, eid: str) -> str | None:
    """"the F-35 programme" → the F-35."""
    e = ctx.entity(eid)
    if e is None:
        return None
    name = PROGRAMME_RE.sub("", e.name).strip()
    try:
        found = ctx.kb.lookup(name) if name and name != e.name else []
    except AttributeError:
        return None
    return next((w.id for w in found if w.type == "weapon_system"), None)
