"""Date expressions of recently seen sentences, scanned once and shared."""

from __future__ import annotations

from functools import lru_cache

from silkgraph.nlp.dates.anaphora import find_anaphors
from silkgraph.nlp.dates.find import TimeExpr, find_dates


@lru_cache(maxsize=8192)
def _sentence_scan(sentence: str, offset: int) -> tuple[TimeExpr, ...]:
    return tuple(find_dates(sentence, offset))


def sentence_dates(sentence: str, offset: int) -> list[TimeExpr]:
    """:func:`find_dates` of one sentence (``offset``: where it starts in the source),
    remembered for the sentences seen recently: segmentation's publication-date estimate
    and the extractors' context both ask for every sentence of an article, and get the
    same (shared: not to be modified) expressions from one scan."""
    return list(_sentence_scan(sentence, offset))


@lru_cache(maxsize=8192)
def _sentence_anaphors(sentence: str, offset: int) -> tuple[TimeExpr, ...]:
    return tuple(find_anaphors(sentence, offset))


def sentence_anaphors(sentence: str, offset: int) -> list[TimeExpr]:
    """:func:`~silkgraph.nlp.dates.anaphora.find_anaphors` of one sentence, remembered
    likewise (shared: not to be modified)."""
    return list(_sentence_anaphors(sentence, offset))
