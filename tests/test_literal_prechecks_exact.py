"""The literal pre-checks added for speed skip only patterns that could not match: date windows
(``find_dates``), anaphoric time expressions (``find_anaphors``) and the transfer verbs read before
an elliptic numeral give exactly what the unchecked scans give, on matches and near misses alike."""

from __future__ import annotations

import re

import pytest

from silkgraph.nlp.dates import anaphora, find
from silkgraph.nlp.dates.patterns import PATTERNS

# invented sentences: dates of every shape, and near misses (a month word that is no month, a
# number that is no year, unit words inside other words)
SENTENCES = [
    "The ministers met in Tashkent on 12 March 2024 and again on March 19.",
    "Talks resumed in late 2019, three years after the border clash of 2016.",
    "The delegation will arrive next Tuesday and stay until the end of the month.",
    "Officials said on Monday that the convoy had left two days earlier.",
    "Between 2001 and 2005 the base hosted a small air wing; from 2005-2007 it was closed.",
    "May Lin said the drill may be held this spring, perhaps in May.",
    "Route 2019 was closed for 1800 trucks, the agency said yesterday.",
    "The weekend summit followed a Sunday-to-Wednesday tour in the 1990s.",
    "The accord, signed on 2023-02-28, took effect the following month.",
    "Within two weeks the same envoy returned, and hours later the talks ended.",
    "That same day the presidents spoke; the next morning the ministers met.",
    "Holidays and daytime patrols were never the issue, the mayday call was.",
    "İstanbul hosted the meeting in June 2022, the day before the vote.",
    "The parliament ratified the deal a week later, on 3 and 10 June.",
]


class _Open:
    """A pre-check that lets every pattern through (the scan before the checks)."""

    def may_match_in(self, low: str | None) -> bool:
        return True


@pytest.mark.parametrize("text", SENTENCES)
def test_find_dates_same_as_unchecked_windows(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = find.find_dates(text, 7)
    monkeypatch.setattr(find, "_gates", lambda: (tuple(_Open() for _ in PATTERNS), lambda s: None))
    assert checked == find.find_dates(text, 7)


class _Plain:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str, low: str | None) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_find_anaphors_same_as_plain_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import silkgraph.nlp.prefilter as prefilter

    checked = anaphora.find_anaphors(text, 3)
    monkeypatch.setattr(prefilter, "gate_of", _Plain)
    assert checked == anaphora.find_anaphors(text, 3)


def test_anaphors_found_and_near_miss_not() -> None:
    got = [t.text for t in anaphora.find_anaphors("The envoy left; two days later the talks resumed.")]
    assert got == ["two days later"]
    assert anaphora.find_anaphors("The later talks and the previously agreed text were published.") == []


def test_elliptic_verb_precheck_matches_plain_scan() -> None:
    """Every transfer verb skipped by its pre-check before a numeral has no match in that text."""
    from silkgraph.extract.transfers.lexicon import lexicon
    from silkgraph.extract.transfers.systems import _ends_with
    from silkgraph.nlp.prefilter import gate_of, lower_for_gates

    heads = ["Kazakhstan received four helicopters in 2020, and Kyrgyzstan received",
             "the navy ordered", "the army has already taken delivery of", "officials declined to say how many"]
    for t in lexicon().triggers:
        for head in heads:
            if not gate_of(t.pattern).may_match_in(lower_for_gates(head)):
                assert not _ends_with(t.pattern, head)
                assert t.pattern.search(head) is None
