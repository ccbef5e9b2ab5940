"""Count words ("two", "twelve", "fifty") for the extractors' patterns, taken from
:data:`silkgraph.nlp.numbers.WORD_NUMBERS` instead of hand-written alternations.

``count_alt(2, 12, 20, 30)`` is ``"two|three|…|twelve|twenty|thirty"``: the single cardinal
words whose value lies in ``lo..hi`` or is one of ``more``, in rising order, with no group
around them (a caller adds its own group, digits and extra words: ``r"(?:\\d+|" + count_alt(2,
12) + r"|a\\s+dozen)"``).  "a", "an" (value 1) and "dozen" (12) are no cardinals here; ask for
the articles with ``articles=True``.
"""

from __future__ import annotations

from silkgraph.nlp.numbers import WORD_NUMBERS

_NOT_CARDINAL = frozenset({"a", "an", "dozen"})
CARDINALS: tuple[tuple[str, int], ...] = tuple(sorted(
    ((w, v) for w, v in WORD_NUMBERS.items() if w.isalpha() and w not in _NOT_CARDINAL),
    key=lambda wv: wv[1]))


def count_values(lo: int, hi: int, *more: int, articles: bool = False) -> dict[str, int]:
    """The cardinal words worth ``lo``..``hi`` or one of ``more`` (with "a" and "an" first
    when ``articles``), mapped to their values, in rising order."""
    out = {"a": 1, "an": 1} if articles else {}
    out.update((w, v) for w, v in CARDINALS if lo <= v <= hi or v in more)
    return out


def count_alt(lo: int, hi: int, *more: int, articles: bool = False) -> str:
    """A regex alternation of :func:`count_values`' words ("two|three|four"), ungrouped."""
    return "|".join(count_values(lo, hi, *more, articles=articles))
