"""Text normalisation shared by the loader, the matcher and the tools.

Two functions with different jobs:

* :func:`normalise` builds *lookup keys*: casefold, strip diacritics, keep only letters and
  digits (``"Gökdoğan" -> "gokdogan"``, ``"JF-17" -> "jf17"``, ``"U.S." -> "us"``).
* :func:`fold` is *length preserving* (one character in, one character out) so that offsets
  in the folded text are offsets in the original text. It lowercases, strips diacritics and
  maps dash, quote, apostrophe and space variants to one ASCII form each. The matcher runs
  its automaton over folded text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose to an ASCII base.
_SPECIAL: dict[str, str] = {
    "ı": "i",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "đ": "d",
    "ł": "l",
    "þ": "th",
    "ð": "d",
    "ə": "e",
    "ħ": "h",
}

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u00ad"
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc\u02bb\u0060\u00b4\u2032"
_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
_SPACES = "\t\n\r\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


_SPECIAL_TABLE = str.maketrans(_SPECIAL)


def normalise(text: str) -> str:
    """The lookup key of a name: casefolded, no diacritics, letters and digits only."""
    return _normalise_cached(text)


@lru_cache(maxsize=65536)
def _normalise_cached(text: str) -> str:
    # the special letters become their ASCII spelling (all letters); everything else
    # that is not a letter or digit (combining marks, punctuation, spaces) goes
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_SPECIAL_TABLE)
    return "".join(filter(str.isalnum, decomposed))


def _fold_char(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    if ch in _QUOTES:
        return '"'
    if ch in _SPACES:
        return " "
    if ch == "\u0130":  # İ (Turkish dotted capital I)
        return "i"
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low in _SPECIAL:
        sub = _SPECIAL[low]
        return sub if len(sub) == 1 else low
    base = unicodedata.normalize("NFKD", low)
    if base and len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return low


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x3000 + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = _fold_char(ch)
        if folded != ch:
            table[cp] = folded
    for ch in _DASHES + _APOSTROPHES + _QUOTES + _SPACES:
        table[ord(ch)] = _fold_char(ch)
    return table


_FOLD_TABLE = _build_fold_table()
# The same table without lowercasing: punctuation/space variants only.
_PUNCT_TABLE = {cp: _fold_char(chr(cp)) for cp in map(ord, _DASHES + _APOSTROPHES + _QUOTES + _SPACES)}


# ASCII folds as it lower-cases, but for the control spaces and the backtick; runs of
# other characters go through the table (translating with it costs a lookup per character)
_ASCII_ODD = tuple((chr(cp), _FOLD_TABLE[cp]) for cp in range(128)
                   if cp in _FOLD_TABLE and _FOLD_TABLE[cp] != chr(cp).lower())
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


def _fold_ascii(text: str) -> str:
    low = text.lower()
    for ch, to in _ASCII_ODD:
        if ch in low:
            low = low.replace(ch, to)
    return low


def fold(text: str) -> str:
    """Length-preserving fold for matching (see module docstring)."""
    if text.isascii():
        return _fold_ascii(text)
    parts = _NON_ASCII_RUN.split(text)  # ASCII, non-ASCII, ASCII, …
    parts[::2] = [_fold_ascii(p) for p in parts[::2]]
    parts[1::2] = [p.translate(_FOLD_TABLE) for p in parts[1::2]]
    return "".join(parts)


def fold_punct(text: str) -> str:
    """Length-preserving: only dash/quote/apostrophe/space variants, case kept."""
    return text.translate(_PUNCT_TABLE)


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """``"Gökdoğan missile" -> "gokdogan-missile"``: for building ids."""
    folded = "".join(
        _SPECIAL.get(c, c)
        for c in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(c)
    )
    return _SLUG_RE.sub("-", folded).strip("-")
