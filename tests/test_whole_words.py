"""WholeWords finds exactly what the compiled ``\\b(word|...)\\b`` alternation it replaces
finds (the later surname and acronym passes built one such pattern per article)."""

from __future__ import annotations

import random
import re

from silkgraph.extract.recognise.whole_words import WholeWords
from silkgraph.nlp.ordering import longest_first


def _by_regex(words: set[str], text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in longest_first(words)) + r")\b")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text, pos, end)]


def test_whole_words_of_invented_sentences() -> None:
    words = {"Qorbanov", "Qorban", "TKC", "Mirzo"}
    text = "Qorbanov met Qorban at the TKC; Qorbanovs and TKCs did not, nor did Mirzo_ or Mirzo-led TKC."
    found = WholeWords(words, text, 0, len(text))
    assert [w for _i, _j, w in found.finditer(0, len(text))] == ["Qorbanov", "Qorban", "TKC", "Mirzo", "TKC"]
    assert list(found.finditer(0, len(text))) == _by_regex(words, text, 0, len(text))
    # a search ending inside a word sees its end as the text's end; one starting inside a
    # word still sees the character before it
    assert list(found.finditer(0, 6)) == [(0, 6, "Qorban")] == _by_regex(words, text, 0, 6)
    assert list(found.finditer(3, len(text)))[:1] == [(13, 19, "Qorban")]


def test_whole_words_agree_with_the_alternation_on_random_text() -> None:
    rng = random.Random(20)
    alphabet = "Aab_-’. é1"
    for _ in range(3000):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        found = WholeWords(words, text, lo, hi)
        a = rng.randint(lo, hi)
        b = rng.randint(a, hi)
        # the passes look only where a word starts: an empty match of the pattern is none of theirs
        expected = [t for t in _by_regex(words, text, a, b) if t[1] > t[0]]
        assert list(found.finditer(a, b)) == expected, (words, text, a, b)
        # sentence by sentence: what finditer gives in each span, in turn
        spans = [(a, b), (lo, hi), (b, hi), (lo, a)]
        assert list(found.in_spans(spans)) == [t for x, y in spans for t in found.finditer(x, y)]


def test_whole_words_of_no_words() -> None:
    assert list(WholeWords([], "Any text at all.").finditer(0, 16)) == []
