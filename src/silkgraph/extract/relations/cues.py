"""The relation cues of ``resources/ontology/relations.yaml``, grouped by shape, with their
exact pre-checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silkgraph.extract.context import SentenceView
from silkgraph.extract.relations.modifiers import open_premod
from silkgraph.nlp import pattern_parts
from silkgraph.nlp.prefilter import Gate, GateSet
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")


@dataclass(frozen=True)
class Cue:
    shape: str
    kind: str
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    conj: bool = False  # the verb's object may be a coordinated list: "is close to X and Y"
    # the pattern's exact pre-check; ``gate.finditer(text, low)`` finds its matches faster
    gate: Gate = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", Gate(self.regex))


def fill_parts(pattern: str) -> str:
    """A pattern with its ``<<name>>`` parts (``cue_parts`` of relations.yaml) written out, so that a
    shared piece (a duration, the verbs of a relation found in a party) is kept once."""
    return pattern_parts.fill_parts(pattern, _DATA["cue_parts"])


# ``premod: open``: any few premodifiers before the pattern, none a cancel modifier or a function word
_PREMOD = {"open": r"\s+" + open_premod(r"(?:\s*,\s*|\s+)")}
CUES = tuple(Cue(c["shape"], c["kind"], re.compile(_PREMOD.get(c.get("premod", ""), "") + fill_parts(c["pattern"]), re.I),
                 re.compile(fill_parts(c["unless"]), re.I) if c.get("unless") else None, bool(c.get("conj")))
             for c in _DATA["cues"])
BY_SHAPE = {s: [c for c in CUES if c.shape == s] for s in {c.shape for c in CUES}}
_CUE_GATES = GateSet([c.gate for c in CUES])  # exact pre-checks of the cue patterns
# the relation nouns and the kind each names ("ally", "enemies" → adversary)
NOUN_KIND: dict[str, str] = dict(_DATA["relation_nouns"])
# plural and abstract nouns of a pair told as one ("allies", "partnership", "brotherly")
PAIR_NOUN_KIND: dict[str, str] = dict(_DATA["pair_nouns"])


def cue_kind(cue: Cue, m: re.Match[str]) -> str | None:
    """The kind a cue's match tells: its own, or (``from_noun``) the kind of the relation noun it
    matched ("found a friend in": partner; "sees a threat in": adversary)."""
    if cue.kind != "from_noun":
        return cue.kind
    noun = m.group("noun").lower()
    return NOUN_KIND.get(noun) or _DATA["for_view_threats"].get(noun)


_CUE_IDS = tuple(id(c) for c in CUES)


def live_cues(sv: SentenceView) -> set[int]:
    """ids of the cues whose pattern may match the sentence (the others cannot), less those an
    ``unless`` cue of the sentence voids."""
    ids = _CUE_IDS
    return {ids[i] for i in _CUE_GATES.passing_indices(sv.low)
            if CUES[i].unless is None or not CUES[i].unless.search(sv.text)}
