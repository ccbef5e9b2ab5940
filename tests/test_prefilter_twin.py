"""``Gate.twin_search`` answers as ``twin.search`` does, ``Gate.finditer`` finds what ``pattern.finditer``
finds, and the statistics money twin answers as its gate."""

from __future__ import annotations

import re

from silkgraph.extract.statistics import patterns as P
from silkgraph.nlp.prefilter import Gate, lower_for_gates, lowered

TEXTS = ["", "The alliance held.", "cab ally", "Armenia's allies", "an unallied state", "Russia and Iran fought",
         "relations between them", "wars", "warsaw", "€5m", "US$ 12 million in Rs 40 crore", "versus", "5 Dollars",
         "They sat there", "members sitting in the frame", "nothing to see"]


def test_twin_search_matches_search() -> None:
    for pattern in (re.compile(r"\b(?:all(?:y|ies)|war\b|relations|fought)", re.I),
                    re.compile(r"member|\bsat\b|frame\b|sitting", re.I)):
        gate, twin = Gate(pattern), lowered(pattern)
        assert twin is not None and gate.prefixes is not None
        for t in TEXTS:
            low = lower_for_gates(t)
            assert low is not None
            assert gate.twin_search(low, twin) == (pattern.search(t) is not None), t


def test_money_gate_twin() -> None:
    for t in TEXTS:
        low = lower_for_gates(t)
        assert low is not None
        assert (P._MONEY_GATE_LOW.search(low) is None) == (P.MONEY_GATE_RE.search(t) is None), t


def test_gate_search_answers_as_the_pattern() -> None:
    """``Gate.search`` (pre-check, then the lower-cased twin, else the pattern) gives
    ``pattern.search``'s answer — with a twin, without one, and without a lowered text."""
    for pattern in (re.compile(r"\b(?:all(?:y|ies)|war\b|relations|fought)", re.I),
                    re.compile(r"member|\bsat\b|frame\b|sitting", re.I),
                    re.compile(r"\bUS\$|Dollars", re.I)):  # upper-case letters: no twin
        gate = Gate(pattern)
        for t in TEXTS:
            expected = pattern.search(t) is not None
            assert gate.search(t, lower_for_gates(t)) == expected, t
            assert gate.search(t, None) == expected, t


def test_gate_finditer_finds_the_patterns_matches() -> None:
    """``Gate.finditer`` (the pattern tried only where a prefix starts) yields the matches of
    ``pattern.finditer``: same spans and groups, same order — with and without a lowered text."""
    for pattern in (re.compile(r"\b(?:all(?:y|ies)|war\b|relations|fought)", re.I),
                    re.compile(r"member|\bsat\b|frame\b|sitting", re.I),
                    re.compile(r"(?<=\s)(?P<w>wars?|warsaw)", re.I),
                    re.compile(r"\bUS\$|Dollars")):
        gate = Gate(pattern)
        for t in TEXTS + ["war, wars and warsaw; WAR relations fought allies", "sat sat sitting membermember"]:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(t)]
            assert [(m.span(), m.groups()) for m in gate.finditer(t, lower_for_gates(t))] == expected, t
            assert [(m.span(), m.groups()) for m in gate.finditer(t, None)] == expected, t


def test_literal_needs_and_character_classes() -> None:
    """Prefixes read small character classes and typographic quotes; ``literal_needs`` adds the
    strings that start a later part of the pattern; a gate passes only when each set has one."""
    from silkgraph.nlp.prefilter import GateSet, literal_needs, literal_prefixes

    assert literal_prefixes(re.compile(r"[’']s\s+ally", re.I)) == {"'s", "’s"}
    assert literal_prefixes(re.compile(r"[Tt]he\s+war")) == {"the"}
    assert literal_needs(re.compile(r"\b(?:is|was)\s+(?:a\s+)?members?\b", re.I)) == ({"is", "was"}, {"memb"})
    assert literal_needs(re.compile(r"\s+(?:a|an)\s+(?:full\s+)?member\s+of\b", re.I)) == ({"memb"},)
    assert literal_needs(re.compile(r",\s+(?:a|an)\s+(?:full\s+)?member\s+of\b", re.I)) == ({","}, {"memb"})
    assert literal_prefixes(re.compile(r"[$€]\s?\d+|\d+\s?%")) is None  # a digit is no literal
    assert literal_needs(re.compile(r"\s+\w+")) == ()
    patterns = [re.compile(r"\b(?:is|was)\s+(?:a\s+)?members?\b", re.I),
                re.compile(r",\s+(?:a|an)\s+(?:full\s+)?member\s+of\b", re.I),
                re.compile(r"(?:\s+(?:main|key)\s+)*\s*(?:donors?|creditors?)\b", re.I),
                re.compile(r"\s+\w+")]
    gates = [Gate(p) for p in patterns]
    assert not gates[0].may_match("it is a partner.") and not gates[0].may_match("the members.")
    texts = TEXTS + ["It is a member.", "Kazakhstan, a full member of the SCO", "its main donor", "a Member of",
                     "members was", "the creditor is"]
    for t in texts:
        low = lower_for_gates(t)
        passing = GateSet(gates).passing(low)
        for p, g, ok in zip(patterns, gates, passing, strict=True):
            assert ok == g.may_match(low), t
            if p.search(t):
                assert ok, (p.pattern, t)


def test_search_in_a_window_answers_as_the_pattern() -> None:
    """``Gate.search_in(text, pos, endpos)`` gives ``pattern.search(text, pos, endpos)``."""
    pattern = re.compile(r"\b(?:killed|shot dead)\b(?:\s+\w+){0,2}\s+(?:in|near)\b", re.I)
    gate = Gate(pattern)
    text = "Gunmen KILLED two guards near the gate, and police shot dead one in the town."
    for pos in range(0, len(text), 3):
        for endpos in range(pos, len(text) + 5, 4):
            got, want = gate.search_in(text, pos, endpos), pattern.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (pos, endpos)
