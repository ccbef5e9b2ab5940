"""Gate.finditer tests the needs a found prefix does not imply before trying the pattern:
the same matches as ``pattern.finditer``, and none tried when a needed string is missing."""

from __future__ import annotations

import re

from silkgraph.nlp.prefilter import Gate, lower_for_gates

SENTENCES = [
    "Ruritania, a close ally of Borduria, signed a deal with Syldavia in March.",
    "The ally was silent, and the rally in the capital went on.",  # prefix present, "of" missing
    "Inked in haste, the accord between the two sides held; they signed the deal later.",
    "Officials said they had signed nothing and inked only a memorandum.",  # no "deal"/"accord"
    "A strategic partnership with Ostland and a partner with Westria were announced.",
    "Its strategic aims were unchanged.",  # "stra" present, "part" missing
    "",
]

PATTERNS = [
    re.compile(r"\bally\s+of\b", re.I),
    re.compile(r"\b(?:signed|inked)\s+(?:a|the)\s+(?:deal|accord)\b", re.I),
    re.compile(r"(?:strategic\s+)?partner(?:ship)?\s+with\b", re.I),
    re.compile(r"\bsanction", re.I),
]


def _spans(ms: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in ms]


def test_finditer_equals_the_patterns_own() -> None:
    for pattern in PATTERNS:
        gate = Gate(pattern)
        for text in SENTENCES:
            got = gate.finditer(text, lower_for_gates(text))
            assert _spans(got) == _spans(list(pattern.finditer(text))), (pattern.pattern, text)


def test_needs_beyond_the_prefixes() -> None:
    assert Gate(PATTERNS[0])._more == (frozenset({"of"}),)  # "ally" does not hold "of"
    assert Gate(PATTERNS[3])._more == ()  # a literal start: its prefix is all it needs


def test_missing_need_tries_no_match() -> None:
    class Counting:
        """A pattern that counts the anchored attempts made with it."""

        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.inner, self.calls = pattern, 0

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            self.calls += 1
            return self.inner.match(text, pos)

    gate = Gate(PATTERNS[0])
    counting = Counting(PATTERNS[0])
    gate.pattern = counting  # type: ignore[assignment]
    text = "The ally was silent, and the rally went on."
    assert gate.finditer(text, lower_for_gates(text)) == []
    assert counting.calls == 0
    text = "Ruritania, an ally of Borduria, protested."
    assert [m.group(0) for m in gate.finditer(text, lower_for_gates(text))] == ["ally of"]
    assert counting.calls == 1
