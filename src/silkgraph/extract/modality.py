"""Modality and attribution of a claim: asserted, reported, alleged, claimed, denied,
planned, expected, recommended, hypothetical.

The cue lexicon is data (``resources/ontology/modality.yaml``); this module applies it
to the clauses around a fact's trigger. A cue counts when it governs the trigger: it
stands in the trigger's clause or in one embedding it, never across a coordinated main
clause ("…, and in 2022 Iran opened …", "; "), nor out of a relative clause or
parenthetical, unless it frames the whole sentence ("According to X, …"). A second verb
phrase of one subject ("Moscow summoned the envoy and denied any abuse") bounds the cues in it
to it, and a cue verb with a noun object ("denied any abuse and summoned …") to its own
phrase. Among the cues that count, denials, conditionals and recommendations take precedence
over softer ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.nlp.piece_gates import search_before
from silkgraph.nlp.prefilter import Gate, GateSet, lower_for_gates
from silkgraph.regex_cache import with_cached_compiles
from silkgraph.resources import load_yaml

# How strongly a modality overrides others when several cues are present.
PRECEDENCE = ("denied", "alleged", "claimed", "hypothetical", "recommended", "reported",
              "expected", "planned")


@dataclass(frozen=True)
class Cue:
    modality: str
    pattern: re.Pattern[str]
    scope: str  # "sentence": applies wherever it is; "before": only before the trigger
    not_after: re.Pattern[str] | None = None  # the cue does not count right after this
    still: re.Pattern[str] | None = None  # ... unless this follows it ("said it would act if …")


@lru_cache(maxsize=1)
@with_cached_compiles
def cues() -> tuple[Cue, ...]:
    data = load_yaml("ontology/modality.yaml")
    out = []
    for modality, spec in data["modalities"].items():
        na = spec.get("not_after")
        not_after = re.compile("(?:" + "|".join(na) + r")\s*$", re.IGNORECASE) if na else None
        sb = spec.get("still_before")
        still = re.compile("|".join(sb), re.IGNORECASE) if sb else None
        for scope in ("sentence", "before"):
            for phrase in spec.get(scope, []) or []:
                out.append(Cue(modality, re.compile(phrase, re.IGNORECASE), scope, not_after, still))
            # cues that keep their mood in reported speech ("said they hope to sign", "fear a new war")
            for phrase in spec.get(scope + "_in_speech", []) or []:
                out.append(Cue(modality, re.compile(phrase, re.IGNORECASE), scope))
    return tuple(out)


@lru_cache(maxsize=1)
def _cue_gates() -> GateSet:
    """Exact pre-checks of every cue pattern, tested with one scan of a sentence."""
    return GateSet([Gate(cue.pattern) for cue in cues()])


ATTRIB_RE = re.compile(
    r"\b(?i:according to|as reported by|cited by|reported by)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'\-]*){0,5})"
)
ATTRIB_BEFORE_RE = re.compile(
    r"(?P<src>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})\s+(?:reported|said|claimed|stated|"
    r"announced|alleged|confirmed|estimated)\b"
)


@dataclass(frozen=True)
class ClauseRules:
    breaks: tuple[re.Pattern[str], ...]
    verb_phrases: tuple[re.Pattern[str], ...]
    head_verbs: frozenset[str]
    islands: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    reflexive: tuple[re.Pattern[str], ...]
    frames: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
@with_cached_compiles
def clause_rules() -> ClauseRules:
    data = load_yaml("ontology/modality.yaml").get("clauses") or {}
    fills = {k: data.get(k, "") for k in ("verbs", "past", "adjectival")}

    def fill(p: str) -> str:
        for k, v in fills.items():
            p = p.replace("{" + k + "}", v)
        return p

    def comp(ps: list[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(fill(p), flags) for p in ps or [])

    islands = tuple((re.compile(fill(i["open"])), re.compile(i["close"]))
                    for i in data.get("islands") or [])
    return ClauseRules(comp(data.get("breaks")), comp(data.get("verb_phrases")),
                       frozenset(data.get("head_verbs") or ()), islands,
                       comp(data.get("reflexive"), re.IGNORECASE), comp(data.get("frames"), re.IGNORECASE))


@dataclass(frozen=True)
class Scopes:
    """The clause layout of a sentence: where main clauses start, the islands (relative
    clauses, parentheticals) with whether each reports back on its clause, and the
    spans of sentence frames."""
    starts: tuple[int, ...]  # start of each main clause (the first is 0)
    phrases: tuple[int, ...]  # where a second verb phrase of one subject begins ("… and denied")
    islands: tuple[tuple[int, int, bool], ...]  # (start, end, reflexive)
    frames: tuple[tuple[int, int], ...]

    def unit(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def island(self, pos: int) -> tuple[int, int, bool] | None:
        """The innermost island holding ``pos``."""
        best = None
        for isl in self.islands:
            if isl[0] <= pos < isl[1] and (best is None or isl[0] >= best[0]):
                best = isl
        return best

    def governs(self, cue: int, trigger: int, head: bool = False) -> bool:
        """Whether a cue at ``cue`` reaches a fact triggered at ``trigger``; ``head``: the
        cue is a verb heading its own phrase ("denied any …"), confined to that phrase."""
        if any(a <= cue < b for a, b in self.frames):
            return True
        if self.unit(cue) != self.unit(trigger):
            return False
        if any(trigger < p <= cue or (head and cue < p <= trigger) for p in self.phrases):
            return False
        isl = self.island(cue)
        if isl is not None and isl[2]:  # "…, which Tehran denied" reports on its clause
            return True
        return isl == self.island(trigger)  # islands are opaque both ways


@lru_cache(maxsize=512)
def scopes(sentence: str) -> Scopes:
    rules = clause_rules()
    starts = [0]
    if ";" in sentence or "," in sentence or " whi" in sentence or " but " in sentence \
            or " where" in sentence or "though " in sentence:
        cuts = {m.start() for pat in rules.breaks for m in pat.finditer(sentence) if m.start() > 0}
        starts.extend(sorted(cuts))
    phrases: tuple[int, ...] = ()
    if " and " in sentence:
        phrases = tuple(sorted({m.start() for pat in rules.verb_phrases for m in pat.finditer(sentence)}))
    ends = starts[1:] + [len(sentence)]
    islands = []
    for op, cl in rules.islands:  # no punctuation prefilter: "the alliance it joined"
        for m in op.finditer(sentence):
            u = bisect_right(starts, m.start()) - 1
            stop = ends[u]
            c = cl.search(sentence, m.end(), stop)
            end = c.start() if c else stop
            text = sentence[m.start():end]
            islands.append((m.end(), end, any(r.search(text) for r in rules.reflexive)))
    frames = []
    if "ccording" in sentence or "," in sentence:
        for pat in rules.frames:
            frames.extend((m.start(), m.end()) for m in pat.finditer(sentence))
    return Scopes(tuple(starts), phrases, tuple(islands), tuple(frames))


# a cue verb with a clause complement ("denied that …", "claimed to …") is no phrase head
_COMPLEMENT_END_RE = re.compile(r"\b(?:that|to|of)$", re.IGNORECASE)
_COMPLEMENT_RE = re.compile(r"\s+(?:that|to|having)\b", re.IGNORECASE)


@lru_cache(maxsize=512)
def _hits(sentence: str) -> tuple[tuple[str, int, str, bool], ...]:
    """Every cue in the sentence once: (modality, position, scope, whether it is a verb
    heading its own phrase, e.g. "denied any part": not followed by "that"/"to", no adverb)."""
    out = []
    low = lower_for_gates(sentence)
    gates = _cue_gates()
    heads = clause_rules().head_verbs
    for cue, gate, ok in zip(cues(), gates.gates, gates.passing(low), strict=True):
        if not ok:  # the gate is exact: the pattern has no match here
            continue
        for m in gate.finditer(sentence, low):  # as cue.pattern.finditer, tried where it may start
            if cue.not_after is not None and search_before(cue.not_after, sentence, low, m.start()) \
                    and (cue.still is None or cue.still.match(sentence, m.start()) is None):
                continue
            head = (cue.modality in heads and not m.group().endswith("ly")
                    and _COMPLEMENT_END_RE.search(m.group()) is None
                    and _COMPLEMENT_RE.match(sentence, m.end()) is None)
            out.append((cue.modality, m.start(), cue.scope, head))
    return tuple(out)


def classify(sentence: str, trigger_pos: int | None = None,
             ignore: frozenset[str] | set[str] = frozenset()) -> str:
    """The modality of the claim whose trigger lies at ``trigger_pos`` in ``sentence``.

    ``ignore`` lists modalities whose cues are the fact's own trigger (an accusation
    event is not an alleged claim; a denial event is not denied).
    """
    found: set[str] = set()
    hits = _hits(sentence)
    sc = scopes(sentence) if hits and trigger_pos is not None else None
    for modality, pos, scope, head in hits:
        if modality in ignore:
            continue
        if scope == "before" and trigger_pos is not None and pos > trigger_pos:
            continue
        if sc is not None and trigger_pos is not None and not sc.governs(pos, trigger_pos, head):
            continue
        found.add(modality)
    for mod in PRECEDENCE:
        if mod in found:
            return mod
    return "asserted"


def attribution(sentence: str, trigger_pos: int | None = None) -> str | None:
    """A named source of the claim ("according to SIPRI" → "SIPRI"), if the attribution
    governs the fact triggered at ``trigger_pos`` (the same clause scoping as cues)."""
    for m in ATTRIB_RE.finditer(sentence):
        if trigger_pos is None or scopes(sentence).governs(m.start(), trigger_pos):
            return m.group("src").strip()
    return None
