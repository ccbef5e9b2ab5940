"""A digit run far beyond any real figure (hundreds of digits, or more than 1e15) is no statistic:
it would be exported as an infinite or meaningless number. Ordinary large figures stay."""

from __future__ import annotations

import math

from event_facts import statistic_triples as _stats


def test_a_digit_run_of_hundreds_of_digits_is_no_statistic() -> None:
    got = _stats("Some " + "1" * 400 + " Russian troops are stationed in Tajikistan.")
    assert got == set()
    assert all(math.isfinite(v) for _s, v, _u in got)


def test_a_count_beyond_1e15_is_no_statistic() -> None:
    assert _stats("Some " + "1" * 22 + " Russian troops are stationed in Kyrgyzstan.") == set()


def test_ordinary_large_figures_stay() -> None:
    assert ("state:KAZ", 3.1e9, "USD") in _stats("Kazakhstan's defence spending reached $3.1 billion in 2023.")
    assert ("state:TKM", 33.0, "bcm") in _stats("Turkmenistan exported 33 billion cubic metres of gas to China in 2023.")
