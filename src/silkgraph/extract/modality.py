"""Modality and attribution of a claim: asserted, reported, alleged, claimed, denied,
planned, expected, recommended, hypothetical.

The cue lexicon is data (``resources/ontology/modality.yaml``); this module applies it
to the clause around a fact's trigger. The nearest cue before the trigger within the
same clause wins, with denials, conditionals and recommendations taking precedence
over softer cues anywhere in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.extract.prefilter import Gate, GateSet, lower_for_gates
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


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    data = load_yaml("ontology/modality.yaml")
    out = []
    for modality, spec in data["modalities"].items():
        na = spec.get("not_after")
        not_after = re.compile("(?:" + "|".join(na) + r")\s*$", re.IGNORECASE) if na else None
        for scope in ("sentence", "before"):
            for phrase in spec.get(scope, []) or []:
                out.append(Cue(modality, re.compile(phrase, re.IGNORECASE), scope, not_after))
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


@lru_cache(maxsize=512)
def _hits(sentence: str) -> tuple[tuple[str, int, str], ...]:
    """Every cue in the sentence once: (modality, position, scope)."""
    out = []
    live = _cue_gates().passing(lower_for_gates(sentence))
    for cue, ok in zip(cues(), live, strict=True):
        if not ok:  # the gate is exact: the pattern has no match here
            continue
        for m in cue.pattern.finditer(sentence):
            if cue.not_after is not None and cue.not_after.search(sentence, 0, m.start()):
                continue
            out.append((cue.modality, m.start(), cue.scope))
    return tuple(out)


def classify(sentence: str, trigger_pos: int | None = None,
             ignore: frozenset[str] | set[str] = frozenset()) -> str:
    """The modality of the claim whose trigger lies at ``trigger_pos`` in ``sentence``.

    ``ignore`` lists modalities whose cues are the fact's own trigger (an accusation
    event is not an alleged claim; a denial event is not denied).
    """
    found: set[str] = set()
    for modality, pos, scope in _hits(sentence):
        if modality in ignore:
            continue
        if scope == "before" and trigger_pos is not None and pos > trigger_pos:
            continue
        found.add(modality)
    for mod in PRECEDENCE:
        if mod in found:
            return mod
    return "asserted"


def attribution(sentence: str) -> str | None:
    """A named source of the claim ("according to SIPRI" → "SIPRI")."""
    m = ATTRIB_RE.search(sentence)
    if m:
        return m.group("src").strip()
    return None
