"""The analysis of one source: segment it, split its sentences and extract each article's
facts; and the one-time load of the extractors and the gazetteer it needs (in this process,
or before worker processes fork: :mod:`silkgraph.pipeline.workers`).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any

from silkgraph.model import AnalysedArticle, Article, PublishedEstimate, Source
from silkgraph.nlp.sentences import split_sentences
from silkgraph.segment import segment


def analyse_source(source: Source, *, extract: bool = True,
                   estimates: dict[int, PublishedEstimate] | None = None,
                   articles: list[Article] | None = None) -> list[AnalysedArticle]:
    """Segment a source, split its sentences and extract facts from each article;
    ``estimates`` gives the publication estimate of some articles (by position: a wire
    item's year from its series, :mod:`silkgraph.store.wire_series`); ``articles`` is the
    source's segmentation when the caller made it (:mod:`silkgraph.store.series_ahead`)."""
    from silkgraph.knowledge import load_knowledge

    out: list[AnalysedArticle] = []
    extractor = _extractor() if extract else None
    # the terms of office of the gazetteer (and its overlay) date year-less wire datelines
    for i, article in enumerate(segment(source, load_knowledge().offices) if articles is None else articles):
        article.source_name = source.name
        if estimates and i in estimates and not article.published:
            article.published_estimate = estimates[i]
        sentences = split_sentences(source.text, article.sections)
        aa = AnalysedArticle(article, sentences)
        if extractor is not None:
            aa.extraction = extractor(source.text, article, sentences)
        out.append(aa)
    return out


def _extractor() -> Callable:
    load_and_freeze()  # (first: it imports the extractors)
    from silkgraph.extract import extract_article
    from silkgraph.knowledge import load_knowledge

    kb = load_knowledge()

    def run(text, article, sentences):  # type: ignore[no-untyped-def]
        return extract_article(text, article, sentences, kb)

    return run


@functools.cache
def load_and_freeze() -> None:
    """Import the extractors and load the gazetteer (once per process) with the cyclic
    garbage collector paused — the load makes some 180,000 long-lived objects and no
    garbage — then ``gc.freeze()`` them: no later full collection traverses them again
    (about 2 % of an ingest's CPU). The patterns compiled on import come from the programs an
    earlier process made (:mod:`silkgraph.regex_cache`). It changes no result."""
    from silkgraph.knowledge import load_knowledge
    from silkgraph.regex_cache import cached_compiles

    enabled = gc.isenabled()
    gc.disable()
    try:
        with cached_compiles():
            from silkgraph.extract import preload

            preload()
            load_knowledge()
    finally:
        if enabled:
            gc.enable()
    gc.freeze()


def gazetteer_offices(extract: bool) -> Any:
    """The gazetteer's terms of office, loaded as :func:`analyse_source` loads them."""
    from silkgraph.knowledge import load_knowledge

    if extract:
        load_and_freeze()
    return load_knowledge().offices


def prepare() -> bool:
    """Import the extractors and load the gazetteer now, as the first ingest in this process
    would: for callers that want start-up apart from the work (a server before its first
    request, a benchmark timing throughput). Returns False when extraction is not installed."""
    return load_extractors()


def load_extractors() -> bool:
    """Import the extractors and load the gazetteer (with the collector paused, as in one
    process: :func:`load_and_freeze`); False when extraction is not installed."""
    try:
        load_and_freeze()
    except ImportError:  # pragma: no cover - extraction not installed
        return False
    from silkgraph.knowledge import load_knowledge

    load_knowledge().find("")
    return True
