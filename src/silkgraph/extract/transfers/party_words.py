"""Words around a party's name: the word before it, the word governing it, and whether it is
a noun modifier ("the China border") or a possessive ("Russia's")."""

from __future__ import annotations

import re

from silkgraph.extract.grammar import SPACED_APOSTROPHE_S_OPT_RE

WORD_RE = re.compile(r"[\w’'\-]+")
TITLE_RUN_RE = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w’'\-]*\s+){1,4}$")
ATTR_NEXT_RE = re.compile(r"[\s\-–]+[a-z]")


def _prev_word(text: str, pos: int) -> str:
    words = WORD_RE.findall(text[max(0, pos - 30):pos])
    return words[-1].lower() if words else ""


def _governor(text: str, pos: int) -> str:
    """The word governing a name, past a run of capitalised title words before it ("with
    British Foreign Secretary David Lammy" → "with")."""
    m = TITLE_RUN_RE.search(text, max(0, pos - 80), pos)
    return m.group(1).lower() if m else _prev_word(text, pos)


def _attributive(text: str, a: int, b: int, mtext: str) -> bool:
    """A state name used as a noun modifier ("on the China border", "a Pakistan visit"): no party."""
    return (_prev_word(text, a) in ("the", "a", "an") and " " not in mtext and not mtext.isupper()
            and not mtext.endswith("s") and bool(ATTR_NEXT_RE.match(text, b)))


def _is_possessive(text: str, end: int) -> bool:
    return bool(SPACED_APOSTROPHE_S_OPT_RE.match(text[end:end + 3]))
