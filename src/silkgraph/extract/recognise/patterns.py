"""Shared pieces of name patterns: capitalised name words, particles, possessives, slugs."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ahocorasick

# a capitalised name word; hyphenated parts ("Amir-Abdollahian", "Fazl-e-Haider",
# "Kassym-Jomart") stay one word
CAP_TAIL = r"[a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']*)*"  # a name word after its capital
CAP = rf"[A-Z]{CAP_TAIL}"
_PARTICLE = r"(?:(?:bin|ibn|bint|abu|al|el|da|de|di|del|der|den|du|la|le|van|von|ul|ud)\s+|al-|el-)"
NAME = rf"(?<!\.)(?:{CAP}|(?:[A-Z]\.){{1,3}})(?:\s+{_PARTICLE}?(?:{CAP}|[A-Z]\.)){{1,3}}"
WORD = r"[A-Z][\w’'\-]*"  # a capitalised word of a name (letters, digits, hyphens)
POSS = r"(?:’s|'s)"
TOKEN = re.compile(r"[a-z]+")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


class LiteralStarts:
    """Where one of some literal strings starts in a text.

    For a pattern every match of which begins with one of the literals (an alternation of
    them behind a ``\\b``, say), :func:`matches_at` over these starts gives exactly the
    matches of ``pattern.finditer(text, pos, endpos)``: the pattern is tried only there,
    found in one automaton pass (which may cover many sentences), instead of at every
    position of the text.
    """

    __slots__ = ("_automaton",)

    def __init__(self, literals: Iterable[str]) -> None:
        automaton = ahocorasick.Automaton()
        for lit in set(literals):
            if lit:
                automaton.add_word(lit, len(lit) - 1)
        automaton.make_automaton()
        self._automaton = automaton if len(automaton) else None

    def positions(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """The sorted offsets in ``text`` where a literal starts within ``text[pos:endpos]``."""
        if self._automaton is None:
            return []
        # the automaton reads a copy of what it is given: give it only the part searched
        return sorted({pos + last - k for last, k in self._automaton.iter(text[pos:endpos])})

    def finditer(self, pattern: re.Pattern[str], text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        return matches_at(pattern, text, self.positions(text, pos, endpos), pos, endpos)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0,
               endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that can match only at the
    sorted offsets ``starts``. Offsets outside ``pos:endpos`` are skipped, and one whose
    literal runs past ``endpos`` (a scan of a wider span finds those) does no harm: the
    pattern fails there, as it would have."""
    end = len(text) if endpos is None else endpos
    match = pattern.match
    nxt = pos  # where the next match may start (finditer goes on after a match's end)
    for i in starts[bisect_left(starts, pos):bisect_left(starts, end)]:
        if i < nxt:
            continue
        m = match(text, i, end)  # ``\\b`` and lookbehinds still see the text before i
        if m is not None:
            yield m
            nxt = m.end()
