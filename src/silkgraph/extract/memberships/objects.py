"""The organisation a cue takes as its object ("joined the CSTO", "a member of the U.S.-led
Combined Maritime Forces") must head the noun phrase after the cue: only a preposition,
determiners and premodifiers ("the Russian-led", "both the", "the newly created") may stand
between, and the organisation must not itself modify a noun ("joined the exercise with CSTO
forces", "joined the talks in the SCO", "joined EU sanctions", "remains in the EU's waiting room": no
membership).  The word classes read here are in ``resources/ontology/memberships.yaml``
(``object_np``)."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.grammar import is_possessive
from silkgraph.resources import load_yaml

_NP = load_yaml("ontology/memberships.yaml")["object_np"]
_PRE = "|".join(_NP["premodifiers"])
# what may stand between a cue and the organisation heading its object: a preposition (when the
# cue stops before it), determiners, premodifiers and hyphenated compounds ("U.S.-led",
# "China-backed"), after a time phrase set off by commas
OBJ_GAP_RE = re.compile(r"\s*(?:,\s*(?:in|on|at|since)\s+[^,;]{1,30},\s*)?"  # "joined, in 2015, the EAEU"
                        r"(?:(?:" + "|".join(_NP["prepositions"]) + r")\s+)?"
                        r"(?:(?:" + _PRE + r"|[\w.’']+-[\w.\-]+)\s+){0,4}", re.I)
# a noun right after the organisation is the head it modifies ("CSTO forces", "the SCO summit")
_AFTER_RE = re.compile(r"\s+(?P<w>[a-z][\w\-]*)")
_MODIFIED = frozenset(w.lower() for w in _NP["modified_nouns"])


def _modifier(text: str, end: int) -> bool:
    """Whether the organisation ending at ``end`` modifies a noun: a possessive ("the EU's waiting
    room": the object is what it owns) or a noun of ``modified_nouns`` after it."""
    if is_possessive(text, end):
        return True
    m = _AFTER_RE.match(text, end)
    return m is not None and m.group("w") in _MODIFIED  # a capitalised word belongs to a name


def heads_object(text: str, cue_end: int, org: Part) -> bool:
    """Whether ``org`` heads the object noun phrase of a cue ending at ``cue_end``."""
    return OBJ_GAP_RE.fullmatch(text, cue_end, org.start) is not None and not _modifier(text, org.end)
