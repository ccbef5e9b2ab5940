"""Analysis in worker processes: how many (``--jobs``), the pool (started on first use,
forked from a warmed-up parent), the work each worker does, and the window of sources kept
in flight so that the parent stores them in input order. The store and the report are the
same as with one process.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from silkgraph.model import PublishedEstimate, Source
from silkgraph.pipeline.analysis import analyse_source, load_extractors
from silkgraph.read import ReadError
from silkgraph.store.rows import source_rows
from silkgraph.store.series_ahead import Prepared


class WorkerError(Exception):
    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


class LazyPool:
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
    return ProcessPoolExecutor(n, initializer=load_extractors)  # pragma: no cover - not on Linux


# the workers' collector thresholds: a young generation of 20,000 allocations (Python's is 700)
_WORKER_GC = (20_000, 20, 10)


def _worker_gc() -> None:
    """Collect cyclic garbage less often in a worker: analysing an article makes many short-lived
    objects and little cyclic garbage, so most of the 700-allocation collections find nothing
    (about 0.5 % of a worker's CPU; the load's objects are frozen before the fork). Garbage
    collection frees memory only; it changes no result."""
    gc.set_threshold(*_WORKER_GC)


# a sample analysed before forking: the extractors compile some patterns and build some
# lexicons and gates on first use (about 0.1-0.25 s of CPU), which each worker would
# otherwise repeat. A short news item: 0.11 s of CPU, leaving 130 of about 400 pattern
# compilations to the workers (a 19 kB analysis: 0.22 s, 85 left, most built per text)
WARM_UP_SAMPLE = "news-10.txt"


def _warm_up() -> None:
    if not load_extractors():  # pragma: no cover - extraction not installed
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


def reanalyse_in_worker(source: Source, extract: bool, estimates: dict[int, PublishedEstimate]) -> Any:
    """A stored source analysed again with some articles' publication estimates given (a wire
    series' year): its rows to store. An error is raised in the parent by the future."""
    return source_rows(source, analyse_source(source, extract=extract, estimates=estimates))


def analyse_ahead(pool: LazyPool, sources: Iterable[tuple[Source | ReadError, Prepared | None]],
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
