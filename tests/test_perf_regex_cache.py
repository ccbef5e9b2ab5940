"""Compiled patterns from the on-disk program cache (silkgraph.regex_cache) and the shared
scan's kept answers (silkgraph.nlp.prefilter): the same patterns and answers as without."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from silkgraph import regex_cache
from silkgraph.nlp import prefilter

# invented patterns with groups, named groups, flags, look-arounds, classes and repeats
# (flags as plain ints: re.compile hands them so to re._compiler.compile)
PATTERNS = [
    (r"\b(?:sold|delivered)\s+(?P<n>\d+)\s+(?P<what>tanks?|drones?)\b", int(re.I)),
    (r"(?<![\w-])(?:the\s+)?(?:Shanghai|Collective)\s+\w+(?=\s|$)", 0),
    (r"[$€£]\s?\d+(?:[.,]\d+)*\s*(?:bn|billion|m|million)?", 0),
    (r"^(?P<city>[A-Z][a-z]+),\s+(\d{1,2})\s+(Jan|Feb|Mar)\w*\s+(\d{4})", int(re.M)),
    (r"(?x) a \s+ b # verbose", 0),
    (r"(?i)allies|rivals", 0),
]
TEXTS = ["Moscow sold 12 tanks in 2021", "the Collective Security Treaty", "a $4.5 billion deal",
         "Astana, 14 March 2024 - talks", "a b", "ALLIES and Rivals", ""]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # same text, flags and compiled program
    assert (a.flags, a.groups, dict(a.groupindex)) == (b.flags, b.groups, dict(b.groupindex))
    for t in TEXTS:
        assert [m.span() + m.groups() for m in a.finditer(t)] == [m.span() + m.groups() for m in b.finditer(t)]


def test_cached_programs_make_the_same_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path))
    programs = regex_cache._Programs()
    programs.load()
    programs.original = re._compiler.compile  # type: ignore[attr-defined]
    made = [programs.compile(p, f) for p, f in PATTERNS]  # compiled anew: a miss each
    for (p, f), pat in zip(PATTERNS, made, strict=True):
        _same(pat, re._compiler.compile(p, f))  # type: ignore[attr-defined]
    programs.save()
    assert len(list(tmp_path.glob("regex-programs-*.pickle"))) == 1
    again = regex_cache._Programs()
    again.load()
    again.original = None  # a hit never compiles: no fallback needed
    assert again.known is not None and set(again.known) == set(PATTERNS)
    for (p, f), pat in zip(PATTERNS, made, strict=True):
        _same(again.compile(p, f), pat)
    assert not again.missed  # nothing new: the file is not written again


def test_context_routes_re_compile_and_restores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_PROGRAMS", regex_cache._Programs())
    original = re._compiler.compile  # type: ignore[attr-defined]
    pattern = r"\b(?:invented|pattern)\s+(?P<k>only)\s+here\b"  # not in re's in-memory cache yet
    with regex_cache.cached_compiles():
        assert re._compiler.compile is not original  # type: ignore[attr-defined]
        pat = re.compile(pattern, re.I)
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    _same(pat, original(pattern, re.I))
    assert (pattern, int(re.I)) in regex_cache._PROGRAMS.used


def test_off_writes_nothing_and_damaged_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", "off")
    off = regex_cache._Programs()
    off.load()
    assert off.path is None
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path))
    first = regex_cache._Programs()
    first.load()
    assert first.path is not None
    first.path.write_bytes(b"not a pickle")
    damaged = regex_cache._Programs()
    damaged.load()
    assert damaged.known == {}
    damaged.original = re._compiler.compile  # type: ignore[attr-defined]
    p, f = PATTERNS[0]
    _same(damaged.compile(p, f), re.compile(p, f))


def test_a_fresh_process_reads_what_another_wrote(tmp_path: Path) -> None:
    code = ("import re; from silkgraph.regex_cache import cached_compiles, _PROGRAMS\n"
            "with cached_compiles():\n"
            "    p = re.compile(r'\\b(?:invented|subprocess)\\s+(?P<w>\\w+)', re.I)\n"
            "print(int(_PROGRAMS.missed), p.search('An INVENTED word').group('w'))\n")
    env = {"SILKGRAPH_CACHE": str(tmp_path), "PYTHONPATH": str(Path(regex_cache.__file__).parents[1]),
           "PATH": "/usr/bin:/bin"}
    outs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert outs == ["1 word\n", "0 word\n"]  # compiled by the first, read back by the second


def test_shared_scan_keeps_answers_of_earlier_texts() -> None:
    scan = prefilter._SharedScan()
    scan.register(frozenset({"ally", "member", "sold"}))
    one, two = "moscow is an ally of minsk", "astana sold two member states nothing"
    assert scan.present(one) == {"ally"}
    assert scan.present(two) == {"member", "sold"}
    built = scan._automaton
    scan._automaton = None  # a scan now would rebuild it: answers kept need none
    assert scan.present(one) == {"ally"}
    assert scan.present(two) == {"member", "sold"}
    assert scan._automaton is None
    scan._automaton = built
    scan.register(frozenset({"minsk"}))  # more prefixes: the kept answers go
    assert scan.present(one) == {"ally", "minsk"}
