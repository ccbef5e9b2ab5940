"""The ingest flow: read → segment → sentences → recognise/resolve/extract → store.

Each step is a function of the previous step's output; this module only wires them
together, one source at a time (streamed, never the whole corpus in memory), and
writes each source in its own transaction. The analysis of one source is
:mod:`silkgraph.pipeline.analysis`; analysis in worker processes (``jobs`` > 1) is
:mod:`silkgraph.pipeline.workers`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from silkgraph.model import Source
from silkgraph.pipeline.analysis import analyse_source, gazetteer_offices, prepare
from silkgraph.pipeline.workers import LazyPool, WorkerError, analyse_ahead, reanalyse_in_worker
from silkgraph.read import ReadError, iter_sources
from silkgraph.store import SQLiteStore
from silkgraph.store.rows import source_rows
from silkgraph.store.series_ahead import Prepared, dated_ahead
from silkgraph.store.wire_series import align_wire_series

__all__ = [
    "AUTO_JOBS_MAX",
    "AUTO_JOBS_MIN_SOURCES",
    "DEFAULT_MAX_BYTES",
    "IngestReport",
    "analyse_source",
    "auto_jobs",
    "ingest",
    "ingest_sources",
    "prepare",
    "resolve_jobs",
]

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
    dated = dated_ahead(store, sources, functools.partial(gazetteer_offices, extract))
    if n > 1:
        pool = LazyPool(n)
        ahead = analyse_ahead(pool, dated, extract, window=2 * n + 2)
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
            submit=None if pool is None else lambda src, est: pool.submit(reanalyse_in_worker, src, extract, est))
    finally:
        if pool is not None:
            pool.shutdown()
    return report


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
                raise WorkerError(*payload)
            rows = payload
        elif prep is not None:
            rows = source_rows(source, analyse_source(source, extract=extract, estimates=prep.estimates,
                                                      articles=prep.articles))
        else:
            rows = source_rows(source, analyse_source(source, extract=extract))
        result = store.write_rows(source, rows)
    except Exception as e:  # one bad source must not stop the batch
        name = e.type_name if isinstance(e, WorkerError) else type(e).__name__
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
