"""The gate shortcuts give the plain answers: a long alternation tried through its
per-first-character sub-patterns (``nlp.first_char``), and a repeated question about the same
sentence answered from the last time."""

from __future__ import annotations

import re

import pytest

from silkgraph.extract.relations.gates import ANY_CUE_RE, NEAR_ASIDE_GATE
from silkgraph.nlp.first_char import first_char_patterns
from silkgraph.nlp.prefilter import Gate, lower_for_gates

TEXTS = [
    "The two neighbours restored ties in March after years of hostility over the border.",
    "Tashkent's arms imports from Moscow fell, while its rivalry with Dushanbe eased.",
    "A growing arsenal: the ministry ordered drones and fighter jets from its main supplier.",
    "Rowing crews and war-gamers met; nothing about the alliance was said.",
    "Officials said 40 percent of the grain went to its partners, not its clients.",
    "ΣΟΦΙΑ ΚΑΙ ΑΘΗΝΑΣ: the two capitals signed a friendship treaty and a pact on trade.",
    "The Kelvin sign \u212a and a dotted İ appear in this one, near the word ALLIES.",
    "Nothing here holds a cue word at all.",
    "",
]

# invented long alternations of the three read shapes, with near misses inside words
LONG = [
    re.compile(r"\b(?:signed|signs|sign(?:ing)?|inked|struck|sealed|agreed|concluded|reached|"
               r"initialled|ratified|approved)\b", re.I),
    re.compile(r"(?:alliance|allies|partner|rival|foe|enemy|ties|pact|treaty|friendship)s?", re.I),
    re.compile(r"drones|jets|tanks|howitzers|rifles|missiles|helicopters|frigates|radars|%", re.I),
]


@pytest.mark.parametrize("pattern", [ANY_CUE_RE, NEAR_ASIDE_GATE.pattern, *LONG],
                         ids=lambda p: p.pattern[:24])
def test_first_char_answer_equals_plain_search(pattern: re.Pattern[str]) -> None:
    by_char = first_char_patterns(pattern)
    assert by_char  # every one is a long list of alternatives with known starts
    for text in TEXTS:
        low = lower_for_gates(text)
        assert Gate(pattern).search(text, low) == (pattern.search(text) is not None), text
        if low is None:
            continue
        for i in range(len(text)):  # at each position: a match of the part iff of the whole
            sub = by_char.get(low[i])
            got = sub is not None and sub.match(text, i) is not None
            want = pattern.match(text, i) is not None
            assert got == want, (text, i)


def test_first_char_refuses_what_it_cannot_split() -> None:
    assert first_char_patterns(re.compile(r"\b(?:sign|signed)\b")) is None  # too few to gain
    assert first_char_patterns(re.compile(r"(a)|b|c|d|e|f|g|h|\1")) is None  # a back-reference
    assert first_char_patterns(re.compile(r"a|b|c|d|e|f|g|\w+x")) is None  # an unknown start
    assert first_char_patterns(re.compile(r"(?:a|b|c|d|e|f|g|h)(?:x|y)")) is None  # more after it


def test_repeated_search_answers_for_the_same_text_only() -> None:
    gate = Gate(LONG[0])
    yes = "The two ministers signed the accord."
    no = "The two ministers discussed the accord."
    assert gate.search(yes, lower_for_gates(yes)) is True
    assert gate.search(yes, None) is True  # the same object: the kept answer
    assert gate.search(no, lower_for_gates(no)) is False  # another text: asked anew
    same_words = "The two ministers signed the accord."[:-1] + "."  # equal text, another object
    assert gate.search(same_words, lower_for_gates(same_words)) is True
