"""Page speed of the web UI, as ratios against a baseline call in the same process.

Builds a knowledge base from the packaged samples, then times each HTML page against the
JSON listing ``/api/articles`` (the baseline: one query, no template) in the same process,
interleaved, and prints the median time and the ratio page / baseline for each page.

    python benchmarks/page_speed.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from silkgraph.serve.api import create_app
from silkgraph.serve.cli import run_ingest, sample_paths
from silkgraph.serve.cli_common import open_db


def _median_seconds(client: TestClient, url: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        store = open_db(str(db))
        try:
            run_ingest(store, sample_paths(), None, 50_000_000, quiet=True, jobs=1)
        finally:
            store.close()
        with TestClient(create_app(db)) as client:
            baseline_url = "/api/articles"
            aid = client.get(baseline_url).json()["items"][0]["id"]
            pages = ["/", f"/article/{aid}", "/entity/state:PAK", "/transfers", "/events",
                     "/network", "/search?q=Pakistan"]
            for url in [baseline_url, *pages]:
                client.get(url)  # warm templates and caches
            base = _median_seconds(client, baseline_url, args.rounds)
            print(f"baseline {baseline_url}: {base * 1000:.1f} ms (median of {args.rounds})")
            for url in pages:
                t = _median_seconds(client, url, args.rounds)
                print(f"{url:32s} {t * 1000:7.1f} ms  {t / base:5.1f}x baseline")


if __name__ == "__main__":
    main()
