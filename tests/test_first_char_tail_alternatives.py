"""A leading group of alternatives followed by other top-level alternatives ("\\b(?:A|...|H)\\b|C"):
the per-first-character sub-patterns hold the top-level alternatives that can start with each
character too (once they were dropped, so ``Gate.search`` said no where the pattern matched C)."""

from __future__ import annotations

import re

import pytest

from silkgraph.nlp.first_char import first_char_patterns
from silkgraph.nlp.prefilter import Gate, lower_for_gates

# invented: a long leading group, then top-level alternatives whose first letters no piece has
TAIL_ALTERNATIVES = re.compile(
    r"\b(?:never|not|no|cancelled|called\s+off|postponed|scrapped|planned|proposed|would|could|"
    r"halted)\b|n[’']t\b|\bonce\b(?!\s+(?:a|an|every)\b)|\b(?:the|its)\s+last\s+drills?\b", re.I)

TEXTS = [
    "Grain that once crossed the strait now goes by rail through the hills.",
    "The ferry runs once a week between the two ports.",
    "Observers watched the last drills of the season from the shore.",
    "The navy held its last drill before the winter storms.",
    "The talks were postponed until the spring.",
    "They didn’t sign the memorandum at the summit.",
    "Nothing in this sentence holds a cue at all.",
]


def test_tail_alternatives_are_in_the_per_character_list() -> None:
    by_char = first_char_patterns(TAIL_ALTERNATIVES)
    assert by_char is not None
    assert by_char["o"].match("once more") is not None  # (no piece of the group starts with "o")
    assert by_char["o"].match("once a week") is None
    assert by_char["n"].match("never") is not None and by_char["n"].match("n't") is not None
    assert by_char["i"].match("its last drill") is not None


@pytest.mark.parametrize("text", TEXTS)
def test_gate_search_equals_plain_search(text: str) -> None:
    gate = Gate(TAIL_ALTERNATIVES)
    assert gate.search(text, lower_for_gates(text)) == (TAIL_ALTERNATIVES.search(text) is not None)


def test_the_once_branch_is_found() -> None:
    text = TEXTS[0]
    assert Gate(TAIL_ALTERNATIVES).search(text, lower_for_gates(text))
    assert Gate(TAIL_ALTERNATIVES).first(text, lower_for_gates(text)).group(0) == "once"


def test_a_plain_leading_group_keeps_its_list() -> None:
    group = re.compile(r"\b(?:signed|inked|sealed|agreed|reached|ratified|approved|struck)\b", re.I)
    by_char = first_char_patterns(group)
    assert by_char is not None and set(by_char) == {"s", "i", "a", "r"}
