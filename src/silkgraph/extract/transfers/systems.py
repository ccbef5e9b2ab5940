"""Items: named systems and category nouns, anaphoric and elliptic mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import Gate, GateSet, gate_of, lower_for_gates
from silkgraph.nlp.prefilter_lookbehind import lookbehind_needs
from silkgraph.resources import load_yaml

PROGRAMME_RE = re.compile(r"\s*(?:(?:fifth|fourth)[\s-]generation\s+)?(?:fighter\s+|jet\s+)?"
                          r"(?:programme|program|project|initiative)\s*$", re.I)
# a capitalised word or two (maybe with a mark) right before a category noun: "Vuran armoured vehicles"
UNKNOWN_NAME_RE = re.compile(r"(?<![\w\-’'.])(?P<name>[A-Z][a-z][\w\-]*(?:\s+(?:[IVX]{1,3}|\d{1,3}))?)"
                             r"\s+$")
_NUM = (r"\d{1,3}(?:,\d{3})*|(?:" + count_alt(20, 60) + r")(?:-(?:" + count_alt(1, 9) + r"))?"
        r"|" + count_alt(2, 12, 15))
COUNT_SUBJECT_RE = re.compile(r"(?:^|[;:]\s+|,\s+and\s+)(?:(?:some|about|around|roughly|nearly|almost|over|only|"
                              r"more\s+than)\s+)?(?P<n>" + _NUM + r")\s+(?=(?:had|have|has)\s+(?:already\s+)?been\s+"
                              r"(?:delivered|received|handed\s+over|supplied|shipped)\b|(?:were|was)\s+(?:delivered|"
                              r"handed\s+over|supplied|shipped)\b|(?:arrived|reached)\b)", re.I)
COUNT_SUBJECT_GATE = re.compile(r"\b(?:delivered|handed|supplied|shipped|arrived|reached|received)\b")
_COUNT_SUBJECT_GATE = Gate(COUNT_SUBJECT_GATE)  # its search: tried where one of the words starts
ALL_KINDS = frozenset({"aircraft", "UAV", "air defence system", "artillery", "missile", "armoured vehicle", "ship",
                       "sensor"})
UNKNOWN_DESIGNATION_RE = re.compile(r"\b[A-Z][A-Za-z]*-?\d[\w\-]*\s+(?:[a-z][\w\-]*\s+){0,2}$")

# a list item labelled with its system: "- S-400: ten units ordered …"
LABEL_START_RE = re.compile(r"(?:^|\n)\s*[-•*–]?\s*$")
LABEL_GAP_RE = re.compile(r"\s*:\s*(?:[\w\-’',]+\s+){0,7}")
FOR_PLATFORM_RE = re.compile(r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)\s+for\s+(?:the\s+|its\s+|their\s+|her\s+)?$")
_FOR_PLATFORM_GATE = Gate(FOR_PLATFORM_RE)
LABEL_RE = re.compile(r"\n\s*[-•*–]\s*(?P<name>[A-Z][\w\-]*\d?[\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,2})\s*(?=:)")

# a bare numeral standing for the system named before: "Y received three S in 2021, and Z received four in 2023"
ELLIPSIS_RE = re.compile(r"\b(?P<n>" + count_alt(2, 12) + r"|\d{1,3})"
                         r"(?=\s+(?:more\s+)?(?:in|at|by|during|apiece|each|later)\b|\s*[,.;]|\s*$)", re.I)


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


def _count_subjects(sv: SentenceView, ctx: ArticleContext, items: list[Item]) -> list[Item]:
    """A bare count opening a clause as the subject of a delivery ("Twenty-five had been delivered
    by 2023", "…: some 4,300 reached the Y army") counts the system named last before it in the
    sentence, else the last one named in the previous two sentences."""
    if not _COUNT_SUBJECT_GATE.search(sv.text, sv.low):
        return items
    out = list(items)
    for m in COUNT_SUBJECT_RE.finditer(sv.text):
        a, b = m.start("n"), m.end("n")
        if any(it.start <= a < it.end for it in items):
            continue
        named = [it for it in items if not it.category and it.end <= a]
        if named:
            prev = named[-1]
            name = prev.mention.text if prev.mention else prev.system
            eid, why = prev.system, f"ellipsis: '{m.group('n')}' counts the {name} named before in the sentence"
        elif not items and sv.index > 0:
            found = _antecedent_system(sv, ctx, ALL_KINDS)
            if found is None:
                continue
            eid, why = found[0], f"ellipsis: '{m.group('n')}' counts the {found[1].split(': ', 1)[-1]}"
        else:
            continue
        out.append(Item(a, b, eid, False, None, why))
    out.sort(key=lambda i: i.start)
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


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], frozenset[str]], ...]]:
    data = load_yaml("ontology/transfers.yaml")["anaphora"]
    nouns = tuple((re.compile(r"\b(?:" + n["re"] + r")\b", re.I), frozenset(n["categories"]))
                  for n in data["nouns"])
    return re.compile(data["determiner"], re.I), nouns


@lru_cache(maxsize=1)
def _same_sentence_cue() -> re.Pattern[str]:
    return re.compile(load_yaml("ontology/transfers.yaml")["anaphora"]["same_sentence"], re.I)


def _referring_items(sv: SentenceView, ctx: ArticleContext, items: list[Item]) -> list[Item]:
    """A category noun whose determiner refers back ("another batch of eight fighters", "the
    remaining jets") stands for the last system of a matching category named before it in the
    sentence (recorded as an inference)."""
    det, nouns = _anaphora()
    cue = _same_sentence_cue()
    out: list[Item] = []
    for it in items:
        head = sv.text[max(0, it.start - 40):it.start]
        dm = det.search(head) if it.category else None
        if dm is None or not cue.search(dm.group(0)):
            out.append(it)
            continue
        noun = sv.text[it.start:it.end]
        cats = next((c for p, c in nouns if p.fullmatch(noun)), None)
        prev = [o for o in items if not o.category and o.end <= it.start and o.mention is not None
                and (ctx.entity(o.system) is not None)
                and ((ctx.entity(o.system).attrs or {}).get("category") in (cats or ()))]  # type: ignore[union-attr]
        if not prev:
            out.append(it)
            continue
        p = prev[-1]
        assert p.mention is not None
        out.append(Item(it.start, it.end, p.system, False, None,
                        f"system from context: '{noun}' refers back to '{p.mention.text}' earlier in the sentence"))
    return out


@lru_cache(maxsize=1)
def _anaphora_gates() -> GateSet:
    """Exact pre-checks of the anaphoric noun patterns, tested with one scan."""
    return GateSet([Gate(p) for p, _c in _anaphora()[1]])


@lru_cache(maxsize=1)
def _behind_needs() -> tuple[tuple[frozenset[str], ...], ...]:
    """Of each anaphoric noun pattern, strings its leading look-behind needs in the sentence
    ("the first six were delivered": "firs", …; the gates cannot see them)."""
    return tuple(lookbehind_needs(p) for p, _c in _anaphora()[1])


def _nouns_passing(low: str | None) -> list[bool]:
    """Whether each anaphoric noun pattern may match the sentence (when not, it cannot): its
    gate passes and its look-behind's strings are there (only the passing gates are looked at)."""
    gates = _anaphora_gates()
    if low is None:
        return list(gates.passing(low))
    out = [False] * len(gates.gates)
    behind = _behind_needs()
    for i in gates.passing_indices(low):
        if all(any(s in low for s in strings) for strings in behind[i]):
            out[i] = True
    return out


def _live_nouns(sv: SentenceView) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """The anaphoric noun patterns that may match the sentence (the others cannot)."""
    return [n for n, ok in zip(_anaphora()[1], _nouns_passing(sv.low), strict=True) if ok]


def _anaphor_possible(sv: SentenceView) -> bool:
    gates = _anaphora_gates()
    return sv.index > 0 and (any(g.search(sv.text, sv.low) for g, ok in zip(gates.gates, _nouns_passing(sv.low), strict=True)
                                 if ok)
                             or _COUNT_SUBJECT_GATE.search(sv.text, sv.low) and bool(COUNT_SUBJECT_RE.search(sv.text)))


def _anaphoric_items(sv: SentenceView, ctx: ArticleContext, items: list[Item]) -> list[Item]:
    """A generic noun with a count or a definite article in a sentence that names no system
    ("the first four aircraft reached Y", "a contract for another 12 jets", "the remaining
    batteries arrived") stands for the last named system of a matching category in the
    previous two sentences."""
    det = _anaphora()[0]
    out = list(items)
    for pat, cats in _live_nouns(sv):
        for m in pat.finditer(sv.text):
            a, b = m.start(), m.end()
            if not det.search(sv.text[max(0, a - 40):a]):
                continue
            found = _antecedent_system(sv, ctx, cats)
            if found is None:
                continue
            eid, why = found
            out = [o for o in out if not (o.start < b and a < o.end)]
            if any(o.start < b and a < o.end for o in out):
                continue
            out.append(Item(a, b, eid, False, None, why))
    out.sort(key=lambda i: i.start)
    return out


def _antecedent_system(sv: SentenceView, ctx: ArticleContext, cats: frozenset[str]) -> tuple[str, str] | None:
    for i in range(sv.index - 1, max(-1, sv.index - 3), -1):
        view = ctx.sentences[i]
        if view.section != sv.section:
            return None
        for m in reversed(view.mentions):
            if ctx.etype(m.entity_id) != "weapon_system":
                continue
            e = ctx.entity(m.entity_id)
            if e is None or (e.attrs or {}).get("category") not in cats:
                continue
            where = "the previous sentence" if i == sv.index - 1 else "the sentence before the previous one"
            return m.entity_id, f"system from context: '{m.text}' in {where}"
    return None


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _elliptic_items(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, items: list[Item]) -> list[Item]:
    """A numeral right after a transfer verb, with no noun, counts the system named before it in
    the sentence ("Y received three S in 2021, and Z received four in 2023")."""
    text = sv.text
    out = list(items)
    for m in ELLIPSIS_RE.finditer(text):
        a = m.start("n")
        named = [it for it in items if not it.category and it.end <= a]
        if not named or any(it.start <= a < it.end for it in items):
            continue
        head = text[max(0, a - 40):a].rstrip()
        hl = lower_for_gates(head)  # (a trigger whose gate fails there has no match in it)
        if not any(_ends_with(t.pattern, head) for t in lex.triggers
                   if not t.nominal and not t.after and gate_of(t.pattern).may_match_in(hl)):
            continue
        prev = named[-1]
        name = prev.mention.text if prev.mention else prev.system
        out.append(Item(a, m.end("n"), prev.system, False, None,
                        f"ellipsis: '{m.group('n')}' counts the {name} named before in the sentence"))
    out.sort(key=lambda i: i.start)
    return out


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
