"""The knowledge base and its export do not depend on Python's string hash seed.

Patterns joined from sets (``"|".join(sorted(some_set, key=len))``) take the set's
iteration order for alternatives of equal length, and that order changes with
``PYTHONHASHSEED`` in every process: the pattern text differs between runs, and where
alternatives overlap the match could too. Alternations are ordered longest first, ties
alphabetical; these tests run the pipeline in two processes with different seeds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import silkgraph

CLI = "import sys; from silkgraph.serve.cli import main; sys.argv[0] = 'silkgraph'; main()"
SAMPLES = Path(silkgraph.__file__).resolve().parent / "samples"
SEEDS = ("1", "12345")

# our own page dump: navigation and a cookie notice around a short article, a local currency
_PAGE = """Home | News | Analysis | About | Contact
Menu  Search  Subscribe

Home > Analysis > Central Asia

Steppe Pipeline Deal Signed

By Anna Petrova

12 June 2025

Kazakhstan and Uzbekistan signed an agreement on 10 June 2025 to build a gas pipeline.
The project will cost 3 trillion tenge, the Kazakh energy ministry said on Wednesday.
Uzbekistan received two Bayraktar TB2 drones from Turkey in 2024.

Share this: Facebook | Twitter | Email
Tags: energy, pipelines
We use cookies to improve your experience on our website. By continuing to browse you accept our cookie policy.
© 2025 The Steppe Monitor. All rights reserved.
"""


def _env(seed: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["SILKGRAPH_CACHE"] = "off"  # a cache written under one seed would hide the other's build
    return env


def _cli(seed: str, *args: str) -> None:
    run = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True,
                         check=False, env=_env(seed))
    assert run.returncode == 0, run.stderr


def _export(tmp_path: Path, seed: str, files: list[Path]) -> bytes:
    db, out = tmp_path / f"kb-{seed}.db", tmp_path / f"out-{seed}.jsonl"
    _cli(seed, "ingest", "-q", "--jobs", "1", "--db", str(db), *map(str, files))
    _cli(seed, "export", "--db", str(db), "-o", str(out))
    return out.read_bytes()


def test_export_is_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    page = tmp_path / "steppe-page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    files = [page] + [SAMPLES / n for n in ("caci-dump-10.txt", "news-12b.txt", "news-3.txt")]
    first, second = (_export(tmp_path, seed, files) for seed in SEEDS)
    assert first.count(b"\n") > 20  # facts were exported
    assert first == second


_PATTERNS = """
import json
from silkgraph.extract.recognise.people import title_regex
from silkgraph.extract.statistics.indicators import lex
from silkgraph.segment.chrome import chrome_cues
out = {k: p.pattern for k, p in chrome_cues().items()}
out["currencies"] = lex().local.pattern
out["titles"] = title_regex().pattern
print(json.dumps(out))
"""


def _patterns(seed: str) -> dict[str, str]:
    run = subprocess.run([sys.executable, "-c", _PATTERNS], capture_output=True, text=True,
                         check=False, env=_env(seed))
    assert run.returncode == 0, run.stderr
    return dict(json.loads(run.stdout))


def test_set_built_patterns_are_the_same_under_two_hash_seeds() -> None:
    first, second = (_patterns(seed) for seed in SEEDS)
    assert first == second


def test_chrome_alternation_is_longest_first_then_alphabetical() -> None:
    from silkgraph.segment.chrome import alternation

    assert alternation(["b", "Ba", "a", "ab", "AB"]) == "ab|ba|a|b"
