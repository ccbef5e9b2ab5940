"""Items standing for a system named before them ("the first four aircraft", "another batch of
eight fighters", "… and Z received four in 2023", "Twenty-five had been delivered"): reads the
anaphoric nouns of ontology/transfers.yaml and the sentences before, so that a transfer whose
goods are told only by reference still names its system (moved from transfers/systems.py,
which finds the items named in the sentence itself)."""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import Gate, GateSet, gate_of, lower_for_gates
from silkgraph.nlp.prefilter_lookbehind import lookbehind_needs
from silkgraph.resources import load_yaml

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

# a bare numeral standing for the system named before: "Y received three S in 2021, and Z received four in 2023"
ELLIPSIS_RE = re.compile(r"\b(?P<n>" + count_alt(2, 12) + r"|\d{1,3})"
                         r"(?=\s+(?:more\s+)?(?:in|at|by|during|apiece|each|later)\b|\s*[,.;]|\s*$)", re.I)


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
