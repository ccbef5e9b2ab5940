"""Whole-word occurrences of an article's own literal strings (its surnames, its acronyms),
found without compiling a pattern for every article.

:class:`WholeWords` gives exactly what ``re.compile(r"\\b(" + "|".join(re.escape(w) for w in
longest_first(words)) + r")\\b").finditer(text, pos, endpos)`` gives, as (start, end, word)
triples. Compiling that alternation cost 0.5-0.8 ms an article, and with a new word list in
almost every article the pattern churned through Python's 512-entry regex cache; one
Aho-Corasick pass over the article and two character tests a candidate do the same work.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ahocorasick


def _is_word(ch: str) -> bool:
    """``re``'s ``\\w`` for one character of a ``str`` (Unicode) pattern."""
    return ch.isalnum() or ch == "_"


def _boundary(text: str, i: int, end: int) -> bool:
    """``\\b`` at ``i`` of ``text`` searched up to ``end``: the character before ``i`` is seen
    even before the search's start (as ``re`` sees it), and ``end`` is the end of the text."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < end and _is_word(text[i])
    return before != after


class WholeWords:
    """The whole-word occurrences of some literal strings within one span of one text."""

    __slots__ = ("_text", "_starts", "_words")

    def __init__(self, words: Iterable[str], text: str, pos: int = 0, endpos: int | None = None) -> None:
        automaton = ahocorasick.Automaton()
        for w in set(words):
            if w:
                automaton.add_word(w, w)
        at: dict[int, list[str]] = {}
        if len(automaton):
            automaton.make_automaton()
            # the automaton reads a copy of what it is given: give it only the part searched
            for last, w in automaton.iter(text[pos:endpos]):
                at.setdefault(pos + last - len(w) + 1, []).append(w)
        self._text = text
        self._starts = sorted(at)
        # at one start, words of one length are one text: longest first is the alternation's order
        self._words = [sorted(at[i], key=len, reverse=True) for i in self._starts]

    def finditer(self, pos: int, endpos: int) -> Iterator[tuple[int, int, str]]:
        """The matches in ``text[pos:endpos]``, in order, as ``finditer`` gives them: after a
        match the next starts at or after its end."""
        return self._from(bisect_left(self._starts, pos), pos, endpos)

    def in_spans(self, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
        """``finditer`` over each span in turn (an article's sentences), skipping at once the
        spans in which no word starts: most sentences of an article hold none."""
        starts = self._starts
        n = len(starts)
        if not n:
            return
        for pos, endpos in spans:
            k = bisect_left(starts, pos)
            if k < n and starts[k] < endpos:
                yield from self._from(k, pos, endpos)

    def _from(self, first: int, pos: int, endpos: int) -> Iterator[tuple[int, int, str]]:
        """The matches in ``text[pos:endpos]`` from the ``first``-th start (the first at or after ``pos``)."""
        text, starts, words = self._text, self._starts, self._words
        nxt = pos
        for k in range(first, bisect_left(starts, endpos, first)):
            i = starts[k]
            if i < nxt or not _boundary(text, i, endpos):
                continue
            for w in words[k]:
                j = i + len(w)
                if j <= endpos and _boundary(text, j, endpos):
                    yield i, j, w
                    nxt = j
                    break
