"""Shared pieces of name patterns: capitalised name words, particles, possessives, slugs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

# a capitalised name word; hyphenated parts ("Amir-Abdollahian", "Fazl-e-Haider",
# "Kassym-Jomart") stay one word
CAP = r"[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']*)*"
_PARTICLE = r"(?:(?:bin|ibn|bint|abu|al|el|da|de|di|del|der|den|du|la|le|van|von|ul|ud)\s+|al-|el-)"
NAME = rf"(?:{CAP}|[A-Z]\.)(?:\s+{_PARTICLE}?(?:{CAP}|[A-Z]\.)){{1,3}}"
WORD = r"[A-Z][\w’'\-]*"  # a capitalised word of a name (letters, digits, hyphens)
POSS = r"(?:’s|'s)"
TOKEN = re.compile(r"[a-z]+")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


class LiteralStarts:
    """Where one of some literal strings starts in a text.

    For a pattern every match of which begins with one of the literals (an alternation of
    them behind a ``\\b``, say), :meth:`finditer` gives exactly the matches of
    ``pattern.finditer(text, pos, endpos)``: the pattern is tried only at those starts,
    found in one automaton pass, instead of at every position of the text.
    """

    __slots__ = ("_automaton",)

    def __init__(self, literals: Iterable[str]) -> None:
        automaton = ahocorasick.Automaton()
        for lit in set(literals):
            if lit:
                automaton.add_word(lit, len(lit))
        automaton.make_automaton()
        self._automaton = automaton if len(automaton) else None

    def finditer(self, pattern: re.Pattern[str], text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match[str]]:
        if self._automaton is None:
            return
        end = len(text) if endpos is None else endpos
        match = pattern.match
        nxt = pos  # where the next match may start (finditer goes on after a match's end)
        # the automaton reads a copy of what it is given: give it only the part searched
        starts = {pos + last - n + 1 for last, n in self._automaton.iter(text[pos:end])}
        for i in sorted(starts):
            if i < nxt:
                continue
            m = match(text, i, end)  # ``\\b`` and lookbehinds still see the text before i
            if m is not None:
                yield m
                nxt = m.end()
