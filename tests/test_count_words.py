"""Count-word alternations built from nlp.numbers.WORD_NUMBERS (nlp.count_words).

The literal strings pin what the extractors' patterns were written with: if WORD_NUMBERS
changes, these fail before any extractor silently matches other words."""

from __future__ import annotations

import re

from silkgraph.nlp.count_words import count_alt, count_values


def test_ranges_and_extra_values() -> None:
    assert count_alt(2, 12) == "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    assert count_alt(1, 12, 15, 20, 30, 40, 50) == (
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty")
    assert count_alt(20, 60) == "twenty|thirty|forty|fifty|sixty"
    assert count_alt(2, 3) == "two|three"


def test_articles_and_dozen() -> None:
    assert count_alt(1, 3, articles=True) == "a|an|one|two|three"
    assert "dozen" not in count_values(1, 12) and "a" not in count_values(1, 12)
    assert count_values(2, 4) == {"two": 2, "three": 3, "four": 4}


def test_usable_in_a_pattern() -> None:
    rx = re.compile(r"\b(?:\d+|" + count_alt(2, 12) + r")\s+tanks\b", re.I)
    assert rx.search("Eleven tanks arrived") and rx.search("12 tanks") and not rx.search("one tanks")
