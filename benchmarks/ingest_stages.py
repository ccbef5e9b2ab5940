"""Where an ingest's CPU goes, stage by stage, in the writing process and in its workers.

    python benchmarks/ingest_stages.py [--words 200000] [--corpus samples|shared|both] [--jobs 2]

It builds the corpus ``ingest_speed.py`` builds (same texts, same variations), ingests it in a
fresh database in a child process, and times (CPU seconds, ``time.process_time``) the pipeline's
steps by wrapping them: reading, the look-ahead segmentation of wire-capable sources in the writing
process (``segment ahead``), the segmentation of the others where they are analysed, sentence
splitting, extraction, the rows built for the store, their writing, the lookup and search indexes
built after the batch and the wire-series step; with ``--jobs`` > 1 each worker adds up its own
steps and writes them to a file after every source.  What no wrapped step covers is shown as
``other``: in the writing process the pool's threads (pickling what is sent, unpickling the rows
that come back), the queue and the report; in a worker what it receives and sends back, and its
start and end.  Loading (``prepare()``) is timed apart, as ``ingest_speed.py`` does.

The figures are shares of one run's CPU, for finding what to make faster; they vary with the load
on the machine, and are never thresholds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_speed import build_corpus  # noqa: E402


def _wrap(owner: Any, name: str, label: str, totals: dict[str, float]) -> None:
    """Replace ``owner.name`` by a function that adds its CPU time to ``totals[label]``."""
    fn: Callable = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - t

    setattr(owner, name, timed)


def child(db: str, folder: str, jobs: int, out: str) -> None:
    """The measured ingest (run in a child process): write the stage totals to ``out``."""
    import resource

    t0 = time.process_time()
    import silkgraph.extract as extract_pkg
    import silkgraph.pipeline as pipeline
    import silkgraph.pipeline.analysis as analysis
    import silkgraph.pipeline.workers as workers
    import silkgraph.read as read
    import silkgraph.segment as segment_pkg
    from silkgraph.store import open_store
    from silkgraph.store.sqlite import SQLiteStore
    from silkgraph.store.writing import StoreWrites

    pipeline.prepare()
    load = time.process_time() - t0
    parent: dict[str, float] = defaultdict(float)
    worker: dict[str, float] = defaultdict(float)  # (a worker's own, after the fork)
    _wrap(read, "read_file", "read and decode", parent)
    _wrap(segment_pkg, "segment", "segment ahead (wire-capable sources)", parent)
    _wrap(StoreWrites, "write_rows", "SQLite writes", parent)
    _wrap(SQLiteStore, "_create_lookup_indexes", "lookup + search index build", parent)
    _wrap(pipeline, "align_wire_series", "wire-series step", parent)
    _wrap(workers, "_warm_up", "warm-up before fork", parent)
    analysed = parent if jobs == 1 else worker
    _wrap(analysis, "segment", "segment (other sources)", analysed)
    _wrap(analysis, "split_sentences", "split sentences", analysed)
    _wrap(extract_pkg, "extract_article", "extraction", analysed)
    _wrap(pipeline, "source_rows", "rows for the store", analysed)
    _wrap(workers, "source_rows", "rows for the store", analysed)
    if jobs > 1:
        inner = workers._analyse_in_worker
        start = workers._worker_gc

        def start_worker() -> None:  # what the warm-up before the fork added is the writer's
            worker.clear()
            start()

        workers._worker_gc = start_worker

        def analyse_and_record(*args: Any) -> Any:
            result = inner(*args)
            worker["(process CPU)"] = time.process_time()
            Path(out + f".worker{os.getpid()}").write_text(json.dumps(worker))
            return result

        # sent to the pool by reference: under the name of the function it stands for
        analyse_and_record.__module__, analyse_and_record.__qualname__ = inner.__module__, inner.__qualname__
        workers._analyse_in_worker = analyse_and_record
    store = open_store(db)
    t = time.process_time()
    report = pipeline.ingest(store, [folder], jobs=jobs)
    parent["(process CPU)"] = time.process_time() - t
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(out).write_text(json.dumps({"load": load, "words": report.words, "parent": parent,
                                     "workers_rusage": kids.ru_utime + kids.ru_stime,
                                     "skipped": len(report.skipped)}))


def table(result: dict, workers: list[dict]) -> list[tuple[str, str, float]]:
    """(process, stage, CPU seconds) rows, ``other`` being what no stage covers."""
    rows: list[tuple[str, str, float]] = []
    parent = dict(result["parent"])
    total = parent.pop("(process CPU)")
    rows += [("writer", k, v) for k, v in sorted(parent.items(), key=lambda kv: -kv[1])]
    rows.append(("writer", "other (pool threads, queue, report)", total - sum(parent.values())))
    if workers:
        merged: dict[str, float] = defaultdict(float)
        lives = 0.0  # the workers' CPU from the fork to the end of their last source
        for w in workers:
            lives += w["(process CPU)"]
            for k, v in w.items():
                if k != "(process CPU)":
                    merged[k] += v
        rows += [("workers", k, v) for k, v in sorted(merged.items(), key=lambda kv: -kv[1])]
        # receiving sources and sending rows back (and the analysis's own loop), then the rest
        rows.append(("workers", "other (IPC, between sources)", lives - sum(merged.values())))
        rows.append(("workers", "other (after the last source, exit)", result["workers_rusage"] - lives))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--corpus", choices=["samples", "shared", "both"], default="both")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        db, folder, jobs, out = args.child
        child(db, folder, int(jobs), out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        files, words = build_corpus(folder, args.words, args.corpus)
        out = str(Path(tmp) / "stages.json")
        subprocess.run([sys.executable, __file__, "--child", str(Path(tmp) / "b.db"), str(folder),
                        str(args.jobs), out], check=True)
        result = json.loads(Path(out).read_text())
        workers = [json.loads(p.read_text()) for p in sorted(Path(tmp).glob("stages.json.worker*"))]
    rows = table(result, workers)
    total = sum(v for _p, _s, v in rows)
    print(f"{words:,} words in {files} files, jobs {args.jobs}: {total:.2f} s of CPU after"
          f" {result['load']:.2f} s of loading ({words / total:,.0f} words per CPU second)")
    if result["skipped"]:
        print(f"{result['skipped']} SOURCES FAILED: the figures are not of the whole work")
    for process, stage, seconds in rows:
        print(f"  {process:8s} {stage:40s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
