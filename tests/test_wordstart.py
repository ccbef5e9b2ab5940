"""word_start: the same matches and groups as ``\\b(?:…)``, in a form the engine skips to."""

from __future__ import annotations

import re

import pytest

from silkgraph.extract.wordstart import word_start
from silkgraph.nlp.prefilter import literal_prefixes

TEXTS = [
    "", "people", "Peoples people", "the population, people's", "xpeople populations",
    "ſpeople é people_ people-people 1people", "It is it;it\tbit It's", "in 1999 and 2004, 19999 x2001 2049",
]


@pytest.mark.parametrize("words,tail", [
    (("people", "population", "inhabitants", "residents"), r"\b"),
    (("It\\s", "it\\s"), ""),
    ((r"19[5-9]\d", r"20[0-4]\d"), r"\b"),
    (("p", "pe", "peo(?:ple)?"), ""),
])
def test_same_matches_as_word_boundary(words: tuple[str, ...], tail: str) -> None:
    old = re.compile(r"\b(" + "|".join(f"(?:{w})" for w in words) + ")" + tail)
    new = re.compile("(" + word_start(*words) + ")" + tail)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            a = [m.regs for m in old.finditer(text, pos)]
            assert a == [m.regs for m in new.finditer(text, pos)], (text, pos)
            a = [m.regs for m in old.finditer(text[pos:])]
            assert a == [m.regs for m in new.finditer(text[pos:])], (text, pos)


def test_keeps_literal_prefixes_for_gates() -> None:
    new = re.compile(word_start("people", "population", "inhabitants"))
    assert literal_prefixes(new) == {"peop", "popu", "inha"}


def test_refuses_what_it_cannot_move() -> None:
    for bad in (r"\d+", "[Tt]he", "s?he", ""):
        with pytest.raises(ValueError):
            word_start("they", bad)
