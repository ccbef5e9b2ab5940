"""The pre-check fast paths give the plain answers: ``GateSet`` testing only the gates a present
string can pass (against every gate tested one by one), ``lower_for_gates`` remembering its last
text, the anaphor gate's substring tests (against its regex), and the anaphoric-noun pre-check of
transfers (against its gates and look-behind strings tested one by one)."""

from __future__ import annotations

import re

from silkgraph.nlp.dates import anaphora
from silkgraph.nlp.prefilter import Gate, GateSet, lower_for_gates

TEXTS = ["", "Nothing here.", "The members met; it is a member.", "Kazakhstan, a full member of the SCO, and its main donor",
         "the creditor was a donor", "war and warsaw", "WAR relations fought allies", "sat sitting in the frame",
         "Two days after that the talks resumed.", "That same month", "that fall in prices", "that may be so",
         "hours later", "a previous deal", "within a week", "the next morning", "thatched roofs", "Kelvin \u212a sign",
         "Istanbul \u0130stanbul", "the same"]

PATTERNS = [re.compile(r"\b(?:is|was)\s+(?:a\s+)?members?\b", re.I),
            re.compile(r",\s+(?:a|an)\s+(?:full\s+)?member\s+of\b", re.I),
            re.compile(r"(?:\s+(?:main|key)\s+)*\s*(?:donors?|creditors?)\b", re.I),
            re.compile(r"\s+\w+"),  # no strings: always passes
            re.compile(r"\b(?:all(?:y|ies)|war\b|relations|fought)", re.I),
            re.compile(r"member|\bsat\b|frame\b|sitting", re.I),
            re.compile(r"\b(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa)\s+(?:war|deal)", re.I)]


def test_gate_set_answers_as_each_gate() -> None:
    gates = [Gate(p) for p in PATTERNS]
    gs = GateSet(gates)
    for _ in range(2):  # the second time from the memo
        for t in TEXTS:
            low = lower_for_gates(t)
            each = [g.may_match(low) for g in gates]
            assert list(gs.passing(low)) == each, t
            assert list(gs.passing_indices(low)) == [i for i, ok in enumerate(each) if ok], t


def test_gate_set_candidates_are_those_of_present_strings() -> None:
    """A gate that needs two strings passes only with both; a gate with no strings always does."""
    gs = GateSet([Gate(re.compile(r"\bkappa\b.*\bdeal\b", re.I)), Gate(re.compile(r"\s+\w+"))])
    assert list(gs.passing_indices("a kappa deal")) == [0, 1]
    assert list(gs.passing_indices("a kappa")) == [1]
    assert list(gs.passing_indices("a deal")) == [1]
    assert list(gs.passing("nothing")) == [False, True]


def test_lower_for_gates_remembers_only_the_same_text() -> None:
    for t in TEXTS + TEXTS[::-1]:
        plain = None if not t.isascii() and any(c in t for c in "\u0131\u017f\u0130\u212a") else t.lower()
        assert lower_for_gates(t) == plain, t
        assert lower_for_gates(t) == plain, t  # asked again: the remembered answer
    a = "".join(["Mixed ", "Case"])
    b = "".join(["Mixed ", "Case"])
    assert a is not b and lower_for_gates(a) == lower_for_gates(b) == "mixed case"


def test_anaphor_gate_answers_as_its_regex() -> None:
    words = ["later", "earlier", "afterwards", "after that", "previous", "next", "following", "preceding", "before",
             "same", "within", "hours", "minutes", "moments", "that day", "that jan", "that dec", "that fall",
             "that ", "thatday", "after", "month", "the year", "befor", "hour", "jan", "moment", "with in"]
    texts = TEXTS + words + [f"On Monday {w} it ended." for w in words] + [f"x{w}y" for w in words]
    for t in texts:
        lw = t.lower()
        assert anaphora._may_hold(lw) == (anaphora._GATE.search(lw) is not None), t


def test_anaphoric_noun_precheck_answers_as_each_gate() -> None:
    from silkgraph.extract.transfers import systems

    gates = systems._anaphora_gates().gates
    behind = systems._behind_needs()
    texts = TEXTS + ["The first six were delivered in May.", "the remaining batteries arrived", "another 12 jets",
                     "the first four aircraft reached the base", "the last two helicopters", "the rest of the tanks"]
    for t in texts:
        low = lower_for_gates(t)
        plain = [g.may_match(low) and (low is None or all(any(s in low for s in strings) for strings in needs))
                 for g, needs in zip(gates, behind, strict=True)]
        assert systems._nouns_passing(low) == plain, t


def test_top_branches_split_only_the_top_level() -> None:
    from silkgraph.nlp.branches import split_top, top_branches

    assert split_top(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert split_top(r"[]|]|x") == ["[]|]", "x"]
    assert split_top(r"(a|b") is None
    assert top_branches(re.compile(r"(a)|\1")) is None  # a back-reference: refused
    assert top_branches(re.compile(r"(?i)a|b")) is None  # a global flag only the first would carry
    assert top_branches(re.compile(r"abc")) is None


def test_gate_search_by_branches_answers_as_the_pattern() -> None:
    """A pattern with no prefix of its own, searched alternative by alternative (each tried only
    where its prefix starts), answers as ``pattern.search``."""
    pattern = re.compile(r"\bgroups\b|\bunit(?:e[sd]?|ing)\b|\(|\s[—–]\s|\bpart\s+of\b|"
                         r"^\s*(?:in|within)\s+(?:the\s+)?[A-Z]", re.I)
    gate = Gate(pattern)
    assert gate.prefixes is None
    texts = TEXTS + ["In the bloc, two states", "in The bloc", "Within the union", "x in the bloc", "it unites them",
                     "a united front", "unity", "part of it", "partly of", "a (note)", "one — two", "one—two",
                     "the Groups met", "subgroups"]
    for t in texts:
        expected = pattern.search(t) is not None
        assert gate.search(t, lower_for_gates(t)) == expected, t
        assert gate.search(t, None) == expected, t


def test_gate_finditer_in_finds_the_window_matches() -> None:
    """``finditer_in`` gives ``pattern.finditer(text, pos, endpos)``: look-aheads stop at
    ``endpos``, ``\\b`` and look-behinds see the text before ``pos``."""
    from silkgraph.extract.events.article import PLURAL_PRONOUN_RE, last_plural

    patterns = [PLURAL_PRONOUN_RE, re.compile(r"(?<=\s)(?P<w>wars?|warsaw)(?!\w)", re.I),
                re.compile(r"\b(?:they|both)\b(?= met)", re.I)]
    texts = ["They met, and both sides agreed; the two countries signed. Both met again.",
             "war, wars and warsaw; WAR relations", "both met and they met", "bothmet they"] + TEXTS
    for pattern in patterns:
        gate = Gate(pattern)
        for t in texts:
            for pos in (0, 1, 4, 10):
                for endpos in (0, 5, 12, 30, len(t), len(t) + 5):
                    expected = [(m.span(), m.groups()) for m in pattern.finditer(t, pos, endpos)]
                    got = [(m.span(), m.groups()) for m in gate.finditer_in(t, lower_for_gates(t), pos, endpos)]
                    assert got == expected, (t, pos, endpos)
                    if pattern is PLURAL_PRONOUN_RE:
                        last = list(pattern.finditer(t, pos, endpos))
                        got_last = last_plural(t, endpos, pos)
                        assert (got_last.span() if got_last else None) == (last[-1].span() if last else None)


def test_number_scans_find_the_patterns_matches() -> None:
    """MONEY_RE and COUNT_RE tried only where a qualifier, a currency, a digit or a whole number
    word begins find what their ``finditer`` finds."""
    from silkgraph.nlp import numbers as N

    texts = TEXTS + ["Russia sold more than 12 jets and some two dozen helicopters worth US$ 1.2 billion in 2021.",
                     "Twenty-five ONE a An 5th x2 2x seventy-seven moreover 5 over five", "an 1990s, ninety nine",
                     "A_one one_ a-b an-one _5 \u0663 apples", "Rs. 40 crore and 300 rupees, EUR 5m, 7 euros",
                     "usd5 covers 24 abouts 3", "up to 40,000.5 troops", "S-400 JF-17 missiles", "\u212a 5 \u017feven"]
    for t in texts:
        for pattern, starts, strings in ((N.COUNT_RE, N._count_starts, N.QUALIFIERS),
                                         (N.MONEY_RE, N._digit_starts, N.QUALIFIERS + N._MONEY_STARTS)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(t)]
            assert [(m.span(), m.groups()) for m in N._matches(pattern, t, starts, strings)] == expected, t
