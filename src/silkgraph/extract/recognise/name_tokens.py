"""Which capitalised tokens of a sentence are words of a person's name, remembered per
knowledge base: the named-people pass needs two of them in a sentence to find anything."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from silkgraph.knowledge import Knowledge

POSS_SUFFIXES = ("’s", "'s")
# the capitalised tokens of the people pass's token pattern, as written (its other tokens,
# name particles, are lower-case, so a scan for these alone finds the same ones)
CAP_TOKEN_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƏ][\w’'\-]*")
_MAX_SEEN = 200_000


def token_text(raw: str) -> str:
    """The text the people pass gives a token matched as ``raw`` (without trailing hyphens,
    a possessive or apostrophes)."""
    t = raw.rstrip("-")
    if t.endswith(POSS_SUFFIXES):
        t = t[:-2]
    return t.rstrip("’'")


class NameTokens:
    """Capitalised tokens (as written) seen with one knowledge base, and those whose text is
    a name's word."""

    __slots__ = ("seen", "names", "__weakref__")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.names: set[str] = set()

    def two_in(self, st: str, name_word: Callable[[str], bool]) -> bool:
        """Whether two of the tokens of ``st`` are words of a name (``name_word`` of their
        text)."""
        raw = CAP_TOKEN_RE.findall(st)
        if len(raw) < 2:
            return False
        if not self.seen.issuperset(raw):
            if len(self.seen) > _MAX_SEEN:
                self.seen.clear()
                self.names.clear()
            for w in set(raw).difference(self.seen):
                t = token_text(w)
                if t and name_word(t):
                    self.names.add(w)
                self.seen.add(w)
        hits = self.names.intersection(raw)
        return len(hits) > 1 or (len(hits) == 1 and raw.count(next(iter(hits))) > 1)


_BY_KB: weakref.WeakKeyDictionary[Knowledge, NameTokens] = weakref.WeakKeyDictionary()


def name_tokens(kb: Knowledge) -> NameTokens:
    """The :class:`NameTokens` of ``kb`` (one per knowledge base)."""
    got = _BY_KB.get(kb)
    if got is None:
        got = _BY_KB[kb] = NameTokens()
    return got
