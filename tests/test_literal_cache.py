"""The on-disk cache of pattern_literals.literal_sets answers (silkgraph.nlp.literal_cache)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from silkgraph.nlp import pattern_literals
from silkgraph.nlp.literal_cache import SetsCache

PATTERNS = [r"\b(?:bought|buys)\b", r"\b(?:is|was)\s+(?:a\s+)?members?", r"[$€]\s?\d+|\d+\s?%",
            r"[’']s\s+ally"]


def test_answers_come_back_from_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path))
    first: SetsCache[pattern_literals.LiteralSets] = SetsCache(Path(pattern_literals.__file__))
    for p in PATTERNS:
        pat = re.compile(p, re.I)
        key = (pat.pattern, pat.flags, 4)
        assert first.get(key) is None
        first.put(key, pattern_literals._literal_sets(pat, 4))
    first.save()
    files = list(tmp_path.glob("literal-sets-*.pickle"))
    assert len(files) == 1
    again: SetsCache[pattern_literals.LiteralSets] = SetsCache(Path(pattern_literals.__file__))
    for p in PATTERNS:
        pat = re.compile(p, re.I)
        assert again.get((pat.pattern, pat.flags, 4)) == pattern_literals._literal_sets(pat, 4)
    # other code names another file: a stale answer is never read
    other: SetsCache[pattern_literals.LiteralSets] = SetsCache(Path(__file__))
    pat = re.compile(PATTERNS[0], re.I)
    assert other.get((pat.pattern, pat.flags, 4)) is None


def test_literal_sets_are_the_computed_ones() -> None:
    for p in PATTERNS:
        for flags in (0, re.I):
            pat = re.compile(p, flags)
            assert pattern_literals.literal_sets(pat) == pattern_literals._literal_sets(pat, 4)
            assert pattern_literals.literal_sets(pat, 3) == pattern_literals._literal_sets(pat, 3)


def test_no_file_when_off_or_folder_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", "off")
    off: SetsCache[int] = SetsCache(Path(pattern_literals.__file__))
    off.put(("x", 0, 4), 1)
    off.save()
    assert off.get(("x", 0, 4)) == 1
    folder = tmp_path / "c"
    monkeypatch.setenv("SILKGRAPH_CACHE", str(folder))
    gone: SetsCache[int] = SetsCache(Path(pattern_literals.__file__))
    gone.put(("x", 0, 4), 1)
    folder.rmdir()  # e.g. a test run's folder, removed before the process ends
    gone.save()
    assert not folder.exists()


def test_named_caches_keep_their_own_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path))
    sets: SetsCache[int] = SetsCache(Path(pattern_literals.__file__))
    sets.put(("x", 0, 4), 1)
    sets.save()
    for i in range(3):  # more files of another name than are kept: the literal sets' file stays
        other: SetsCache[int] = SetsCache(Path(pattern_literals.__file__), f"other-{i}")
        other.put(("x", 0, 4), 2)
        other.save()
    assert len(list(tmp_path.glob("literal-sets-*.pickle"))) == 1
    assert SetsCache[int](Path(pattern_literals.__file__)).get(("x", 0, 4)) == 1
    assert SetsCache[int](Path(pattern_literals.__file__), "other-0").get(("x", 0, 4)) == 2


def test_trigger_prefixes_are_the_computed_ones() -> None:
    from re import _parser as P  # type: ignore[attr-defined]

    from silkgraph.extract.events import triggers

    for t in triggers.TRIGGERS:
        want = frozenset(p for p, _ in triggers._prefixes(list(P.parse(t.regex.pattern)), {("", True)}))
        assert triggers._trigger_prefixes(t.regex.pattern) == want
