"""How often each fact extractor pays: sentences it is asked about, sentences it yields a fact for,
and the CPU of its calls that yield nothing, in one process.

    python benchmarks/extractor_yield.py [--words 300000] [--corpus samples|shared|both]

It builds the corpus ``ingest_speed.py`` builds, ingests it in a fresh database in a child process
with one analysis process, and times (``time.process_time``) every call of every extractor of
``silkgraph.extract``.  The last columns test the idea of skipping an extractor on sentences that
lack the mentions its facts seem to need: the sentences that name no entity at all (no actor, no
system, no place) and how many of them still yield a fact — a discourse step (a pronoun, "the two
countries") needs no mention, so such a skip changes results; nor do the calls that yield no fact
but complete one told before ("The contract was worth …": its value; "Twenty-five had been
delivered": its count), which these counts do not show — and the CPU such a skip could save at most.

The figures are shares of one run's CPU, for finding what to make faster; they vary with the load
on the machine, and are never thresholds.
"""

from __future__ import annotations

import argparse
import json
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

# per extractor: calls, calls yielding, facts, CPU, CPU of calls yielding nothing,
# calls on sentences naming no entity, of those yielding, CPU of those
_FIELDS = ("calls", "yielding", "facts", "cpu", "cpu_empty", "bare", "bare_yielding", "cpu_bare")


def child(db: str, folder: str, out: str) -> None:
    """The measured ingest (run in a child process): write the counts to ``out``."""
    import silkgraph.extract as extract_pkg
    import silkgraph.pipeline as pipeline
    from silkgraph.store import open_store

    pipeline.prepare()
    stats: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(_FIELDS))

    def counted(fn: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
        row = stats[fn.__name__]

        def run(sv: Any, ctx: Any) -> list[Any]:
            t = time.process_time()
            got = fn(sv, ctx)
            dt = time.process_time() - t
            row[0] += 1
            row[1] += bool(got)
            row[2] += len(got)
            row[3] += dt
            if not got:
                row[4] += dt
            if not sv.mentions:
                row[5] += 1
                row[6] += bool(got)
                row[7] += dt
            return got

        return run

    extract_pkg.preload()[:] = [counted(fn) for fn in extract_pkg.preload()]
    t = time.process_time()
    report = pipeline.ingest(open_store(db), [folder], jobs=1)
    total = time.process_time() - t
    Path(out).write_text(json.dumps({"total": total, "words": report.words, "stats": stats,
                                     "skipped": len(report.skipped)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--corpus", choices=["samples", "shared", "both"], default="both")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        files, words = build_corpus(folder, args.words, args.corpus)
        out = str(Path(tmp) / "yield.json")
        subprocess.run([sys.executable, __file__, "--child", str(Path(tmp) / "y.db"), str(folder), out], check=True)
        result = json.loads(Path(out).read_text())
    total = result["total"]
    print(f"{words:,} words in {files} files, jobs 1: {total:.2f} s of ingest CPU (with the timing's own cost)")
    if result["skipped"]:
        print(f"{result['skipped']} SOURCES FAILED: the figures are not of the whole work")
    print(f"  {'extractor':22s} {'calls':>6s} {'yield':>6s} {'facts':>6s} {'CPU s':>6s} {'share':>6s}"
          f" {'no fact':>7s} {'bare':>6s} {'yield':>5s} {'CPU s':>6s}")
    for name, row in result["stats"].items():
        calls, yielding, facts, cpu, cpu_empty, bare, bare_yielding, cpu_bare = row
        print(f"  {name:22s} {calls:6.0f} {yielding:6.0f} {facts:6.0f} {cpu:6.2f} {100 * cpu / total:5.1f}%"
              f" {cpu_empty:7.2f} {bare:6.0f} {bare_yielding:5.0f} {cpu_bare:6.2f}")
    print("  (no fact: CPU of the calls that yield nothing; bare: calls on sentences that name no entity,"
          " how many yield, their CPU)")


if __name__ == "__main__":
    main()
