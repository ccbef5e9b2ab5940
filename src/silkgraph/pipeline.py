"""The ingest flow: read → segment → sentences → recognise/resolve/extract → store.

Each step is a function of the previous step's output; this module only wires them
together, one source at a time (streamed, never the whole corpus in memory), and
writes each source in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from silkgraph.model import AnalysedArticle, Source
from silkgraph.nlp.sentences import split_sentences
from silkgraph.read import ReadError, iter_sources
from silkgraph.segment import segment
from silkgraph.store import SQLiteStore

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    articles: int = 0
    facts: int = 0
    words: int = 0
    linked: int = 0  # same-deal links made across articles after the batch

    @property
    def ok(self) -> bool:
        return not self.skipped


def analyse_source(source: Source, *, extract: bool = True) -> list[AnalysedArticle]:
    """Segment a source, split its sentences and extract facts from each article."""
    out: list[AnalysedArticle] = []
    extractor = _extractor() if extract else None
    for article in segment(source):
        article.source_name = source.name
        sentences = split_sentences(source.text, article.sections)
        aa = AnalysedArticle(article, sentences)
        if extractor is not None:
            aa.extraction = extractor(source.text, article, sentences)
        out.append(aa)
    return out


def _extractor() -> Callable | None:
    try:
        from silkgraph.extract import extract_article
        from silkgraph.knowledge import load_knowledge
    except ImportError:  # pragma: no cover - extraction not installed
        return None
    kb = load_knowledge()

    def run(text, article, sentences):  # type: ignore[no-untyped-def]
        return extract_article(text, article, sentences, kb)

    return run


def ingest_sources(
    store: SQLiteStore,
    sources: Iterable[Source | ReadError],
    *,
    on_source: Callable[[str, str], None] | None = None,
    extract: bool = True,
) -> IngestReport:
    """Store each source (one transaction each); bad inputs are reported, not fatal."""
    report = IngestReport()
    for item in sources:
        if isinstance(item, ReadError):
            report.skipped.append((item.path, item.reason))
            if on_source:
                on_source(item.path, f"skipped: {item.reason}")
            continue
        source = item
        status, dup = store.source_status(source)
        if status == "unchanged":
            report.unchanged.append(source.name)
            if on_source:
                on_source(source.name, "unchanged")
            continue
        if status == "duplicate":
            report.duplicates.append((source.name, dup or ""))
            if on_source:
                on_source(source.name, f"same text as {dup}")
            continue
        try:
            analysed = analyse_source(source, extract=extract)
            result = store.write_source(source, analysed)
        except Exception as e:  # one bad source must not stop the batch
            report.skipped.append((source.name, f"failed while processing: {type(e).__name__}: {e}"))
            if on_source:
                on_source(source.name, f"skipped: {e}")
            continue
        report.words += len(source.text.split())
        report.articles += result.articles
        report.facts += result.facts
        (report.replaced if result.status == "replaced" else report.new).append(source.name)
        if on_source:
            on_source(source.name, f"{result.status}: {result.articles} article(s)")
    return report


def ingest(
    store: SQLiteStore,
    paths: list[str | Path],
    *,
    include: list[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_source: Callable[[str, str], None] | None = None,
    extract: bool = True,
) -> IngestReport:
    """Read every path (files, folders, "-" for stdin) and store what it holds."""
    return ingest_sources(
        store, iter_sources(list(paths), include=include, max_bytes=max_bytes),
        on_source=on_source, extract=extract,
    )
