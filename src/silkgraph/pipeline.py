"""The ingest flow: read → segment → sentences → recognise/resolve/extract → store.

Each step is a function of the previous step's output; this module only wires them
together, one source at a time (streamed, never the whole corpus in memory), and
writes each source in its own transaction.
"""

from __future__ import annotations

import functools
import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from silkgraph.model import AnalysedArticle, Article, PublishedEstimate, Source
from silkgraph.nlp.sentences import split_sentences
from silkgraph.read import ReadError, iter_sources
from silkgraph.segment import segment
from silkgraph.store import SQLiteStore
from silkgraph.store.rows import source_rows
from silkgraph.store.series_ahead import Prepared, dated_ahead
from silkgraph.store.wire_series import align_wire_series

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
    _load_and_freeze()  # (first: it imports the extractors)
    from silkgraph.extract import extract_article
    from silkgraph.knowledge import load_knowledge

    kb = load_knowledge()

    def run(text, article, sentences):  # type: ignore[no-untyped-def]
        return extract_article(text, article, sentences, kb)

    return run


@functools.cache
def _load_and_freeze() -> None:
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


def ingest_sources(
    store: SQLiteStore,
    sources: Iterable[Source | ReadError],
    *,
    on_source: Callable[[str, str], None] | None = None,
    extract: bool = True,
    jobs: int | None = None,
) -> IngestReport:
    """Store each source (one transaction each); bad inputs are reported, not fatal.

    ``jobs`` > 1 analyses sources in that many worker processes while this process
    reads and stores them in order, so the store and the report are the same as with
    one process (``0`` = one per CPU; ``None`` = ``SILKGRAPH_JOBS`` or 1).
    """
    report = IngestReport()
    n = resolve_jobs(jobs)
    ahead: Iterator[tuple[Source | ReadError, Any, Prepared | None]]
    pool = None
    # new sources are segmented a few sources early and given their wire series' year then
    dated = dated_ahead(store, sources, functools.partial(_offices, extract))
    if n > 1:
        pool = _LazyPool(n)
        ahead = _analyse_ahead(pool, dated, extract, window=2 * n + 2)
    else:
        ahead = ((item, None, prep) for item, prep in dated)
    try:
        with store.lookup_indexes_deferred():
            for item, pending, prep in ahead:
                _ingest_one(store, item, pending, report, on_source, extract, prep)
        # wire items of one agency's series take its year (across the whole store; after the
        # lookup indexes are back, so a rewrite needs no rebuild of the search index)
        align_wire_series(store, lambda src, est: source_rows(
            src, analyse_source(src, extract=extract, estimates=est)),
            on_error=lambda name, why: report.skipped.append((name, why)),
            submit=None if pool is None else lambda src, est: pool.submit(_reanalyse_in_worker, src, extract, est))
    finally:
        if pool is not None:
            pool.shutdown()
    return report


def _offices(extract: bool) -> Any:
    """The gazetteer's terms of office, loaded as :func:`analyse_source` loads them."""
    from silkgraph.knowledge import load_knowledge

    if extract:
        _load_and_freeze()
    return load_knowledge().offices


def _ingest_one(store: SQLiteStore, item: Source | ReadError, pending: Any, report: IngestReport,
                on_source: Callable[[str, str], None] | None, extract: bool,
                prep: Prepared | None = None) -> None:
    if isinstance(item, ReadError):
        report.skipped.append((item.path, item.reason))
        if on_source:
            on_source(item.path, f"skipped: {item.reason}")
        return
    source = item
    status, dup = store.source_status(source)
    if status == "unchanged":
        report.unchanged.append(source.name)
        if on_source:
            on_source(source.name, "unchanged")
        return
    if status == "duplicate":
        report.duplicates.append((source.name, dup or ""))
        if on_source:
            on_source(source.name, f"same text as {dup}")
        return
    try:
        if pending is not None:
            ok, payload = pending.result()  # a dead worker raises BrokenProcessPool
            if not ok:  # the worker's exception, as (type name, message)
                raise _WorkerError(*payload)
            rows = payload
        elif prep is not None:
            rows = source_rows(source, analyse_source(source, extract=extract, estimates=prep.estimates,
                                                      articles=prep.articles))
        else:
            rows = source_rows(source, analyse_source(source, extract=extract))
        result = store.write_rows(source, rows)
    except Exception as e:  # one bad source must not stop the batch
        name = e.type_name if isinstance(e, _WorkerError) else type(e).__name__
        report.skipped.append((source.name, f"failed while processing: {name}: {e}"))
        if on_source:
            on_source(source.name, f"skipped: {e}")
        return
    report.words += len(source.text.split())
    report.articles += result.articles
    report.facts += result.facts
    (report.replaced if result.status == "replaced" else report.new).append(source.name)
    if on_source:
        on_source(source.name, f"{result.status}: {result.articles} article(s)")


# -- analysis in worker processes ------------------------------------------------------


class _WorkerError(Exception):
    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


AUTO_JOBS_MIN_SOURCES = 4  # smaller batches are analysed in this process
AUTO_JOBS_MAX = 8  # one parent writes to SQLite: more workers than this only wait for it


def auto_jobs(sources: int) -> int:
    """The command line's default: one analysis process per CPU (at most ``AUTO_JOBS_MAX``)
    for a batch of ``AUTO_JOBS_MIN_SOURCES`` sources or more, else 1. The store and the
    report do not depend on it."""
    if sources < AUTO_JOBS_MIN_SOURCES:
        return 1
    return min(resolve_jobs(0), AUTO_JOBS_MAX)


def resolve_jobs(jobs: int | None) -> int:
    """The number of analysis processes: ``None`` reads ``SILKGRAPH_JOBS`` (default 1),
    ``0`` means one per available CPU."""
    if jobs is None:
        try:
            jobs = int(os.environ.get("SILKGRAPH_JOBS") or 1)
        except ValueError:
            jobs = 1
    if jobs <= 0:
        try:
            jobs = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not on Linux
            jobs = os.cpu_count() or 1
    return max(1, jobs)


class _LazyPool:
    """``n`` analysis processes, started when the first source is sent out: a batch the
    store already holds (re-ingesting a folder) starts none, and loads no extractor."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.executor: Any = None

    def submit(self, fn: Callable, *args: Any) -> Any:
        if self.executor is None:
            self.executor = _pool(self.n)
        return self.executor.submit(fn, *args)

    def shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _pool(n: int) -> Any:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    methods = mp.get_all_start_methods()
    if "fork" in methods:
        # load the gazetteer, its matcher and the extractors once, before forking, and
        # run them over a sample: the workers share all that instead of each building its own
        _warm_up()
        return ProcessPoolExecutor(n, mp_context=mp.get_context("fork"), initializer=_worker_gc)
    return ProcessPoolExecutor(n, initializer=_load)  # pragma: no cover - not on Linux


# the workers' collector thresholds: a young generation of 20,000 allocations (Python's is 700)
_WORKER_GC = (20_000, 20, 10)


def _worker_gc() -> None:
    """Collect cyclic garbage less often in a worker: analysing an article makes many short-lived
    objects and little cyclic garbage, so most of the 700-allocation collections find nothing
    (about 0.5 % of a worker's CPU; the load's objects are frozen before the fork). Garbage
    collection frees memory only; it changes no result."""
    gc.set_threshold(*_WORKER_GC)


def prepare() -> bool:
    """Import the extractors and load the gazetteer now, as the first ingest in this process
    would: for callers that want start-up apart from the work (a server before its first
    request, a benchmark timing throughput). Returns False when extraction is not installed."""
    return _load()


def _load() -> bool:
    """Import the extractors and load the gazetteer (with the collector paused, as in one
    process: :func:`_load_and_freeze`); False when extraction is not installed."""
    try:
        _load_and_freeze()
    except ImportError:  # pragma: no cover - extraction not installed
        return False
    from silkgraph.knowledge import load_knowledge

    load_knowledge().find("")
    return True


# a sample analysed before forking: the extractors compile some patterns and build some
# lexicons and gates on first use (about 0.1-0.25 s of CPU), which each worker would
# otherwise repeat. A short news item: 0.11 s of CPU, leaving 130 of about 400 pattern
# compilations to the workers (a 19 kB analysis: 0.22 s, 85 left, most built per text)
WARM_UP_SAMPLE = "news-10.txt"


def _warm_up() -> None:
    if not _load():  # pragma: no cover - extraction not installed
        return
    from importlib import resources

    from silkgraph.read import read_file
    from silkgraph.regex_cache import cached_compiles

    sample = resources.files("silkgraph") / "samples" / WARM_UP_SAMPLE
    try:
        source = read_file(str(sample))
    except ReadError:  # pragma: no cover - samples not installed
        return
    with cached_compiles():  # (the sample's patterns are the code's own: see regex_cache)
        analyse_source(source)


def _analyse_in_worker(source: Source, extract: bool, prep: Prepared | None = None) -> tuple[bool, Any]:
    """The rows to store (what is sent back: plain tuples, quick to pickle), or the error;
    ``prep``: the source's segmentation and series estimates (:mod:`silkgraph.store.series_ahead`)."""
    try:
        if prep is not None:
            return True, source_rows(source, analyse_source(source, extract=extract, estimates=prep.estimates,
                                                            articles=prep.articles))
        return True, source_rows(source, analyse_source(source, extract=extract))
    except Exception as e:  # reported by the parent, like a failure in one process
        return False, (type(e).__name__, str(e))


def _reanalyse_in_worker(source: Source, extract: bool, estimates: dict[int, PublishedEstimate]) -> Any:
    """A stored source analysed again with some articles' publication estimates given (a wire
    series' year): its rows to store. An error is raised in the parent by the future."""
    return source_rows(source, analyse_source(source, extract=extract, estimates=estimates))


def _analyse_ahead(pool: _LazyPool, sources: Iterable[tuple[Source | ReadError, Prepared | None]],
                   extract: bool, window: int) -> Iterator[tuple[Source | ReadError, Any, Prepared | None]]:
    """Yield (item, pending analysis or None, its preparation) in input order, keeping up to
    ``window`` sources in flight.  Only a prepared source (one the store, or an earlier source
    of the batch, did not hold: :func:`~silkgraph.store.series_ahead.dated_ahead`) not already
    in flight is sent out; the caller analyses another itself if it turns out to be new."""
    # (item, pending analysis or None, its preparation, its text's hash when sent out: computed once)
    queue: deque[tuple[Source | ReadError, Any, Prepared | None, str]] = deque()
    in_flight: set[str] = set()  # texts sent out and not yet handed to the caller

    def pop() -> tuple[Source | ReadError, Any, Prepared | None]:
        item, pending, prep, sha = queue.popleft()
        if pending is not None:
            in_flight.discard(sha)
        return item, pending, prep

    for item, prep in sources:
        pending = None
        sha = ""
        if prep is not None:
            sha = item.sha256  # type: ignore[union-attr]
            if sha not in in_flight:
                in_flight.add(sha)
                pending = pool.submit(_analyse_in_worker, item, extract, prep)
        queue.append((item, pending, prep, sha))
        while len(queue) > window or (queue and queue[0][1] is None):
            yield pop()
        while queue and queue[0][1] is not None and queue[0][1].done():
            yield pop()
    while queue:
        yield pop()


def ingest(
    store: SQLiteStore,
    paths: list[str | Path],
    *,
    include: list[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_source: Callable[[str, str], None] | None = None,
    extract: bool = True,
    jobs: int | None = None,
) -> IngestReport:
    """Read every path (files, folders, "-" for stdin) and store what it holds."""
    return ingest_sources(
        store, iter_sources(list(paths), include=include, max_bytes=max_bytes),
        on_source=on_source, extract=extract, jobs=jobs,
    )
