"""``Gate.first``: the match ``pattern.search`` finds, tried only where a literal prefix starts."""

from __future__ import annotations

import re

from silkgraph.nlp.prefilter import Gate, lower_for_gates

ATTACK = re.compile(r"\b(?:attack(?:ed|ing)|struck|shelled|shot\s+down)\b", re.I)
TEXTS = [
    "Drones STRUCK the depot at dawn, and artillery shelled the bridge.",
    "The counter-attacked positions held; nothing was struck.",  # "attacked" inside a word: no \b
    "Officials said the convoy was not attacked.",
    "A quiet week: no incidents were reported.",  # no prefix at all
    "Rebels shot  down a helicopter and attacking units withdrew.",
    "İstanbul talks: the ſtrike was not struck.",  # characters the gates refuse: plain search
    "",
]


def test_first_is_search() -> None:
    gate = Gate(ATTACK)
    assert gate.prefixes is not None  # the gated path is the one exercised
    for text in TEXTS:
        got, want = gate.first(text, lower_for_gates(text)), ATTACK.search(text)
        assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0))), text


def test_first_leftmost_of_several() -> None:
    gate = Gate(ATTACK)
    text = "Troops shelled the town after they attacked the airport."
    m = gate.first(text, lower_for_gates(text))
    assert m is not None and m.group(0) == "shelled"


def test_first_near_miss_returns_none() -> None:
    gate = Gate(ATTACK)
    for text in ("The attacker fled.", "Strikes were planned.", "They shot the film downtown."):
        assert gate.first(text, lower_for_gates(text)) is None
        assert ATTACK.search(text) is None


def test_first_without_prefixes_falls_back_to_search() -> None:
    pattern = re.compile(r"\s[—–]\s|\bgroups\b", re.I)  # an alternative opens with \s: no prefixes
    gate = Gate(pattern)
    assert gate.prefixes is None
    text = "The bloc – which groups five states – met."
    m = gate.first(text, lower_for_gates(text))
    assert m is not None and m.span() == pattern.search(text).span()  # type: ignore[union-attr]
