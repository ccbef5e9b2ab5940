"""Work that must grow linearly with a long input (no clock: calls and attribute reads are
counted): the segmenter's byline reading per line, a fact's evidence gathered from thousands of
sentences, and the choice among overlapping figures of one sentence."""

from __future__ import annotations

from types import SimpleNamespace

from silkgraph.extract.events import article as ev_article
from silkgraph.extract.statistics import numbers
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Fact, Source
from silkgraph.segment import segment, structure


def test_byline_read_once_per_line(monkeypatch) -> None:
    """Thousands of "By X" lines: each line's byline is parsed once, not once per question."""
    calls = {"n": 0}
    real = structure.clean_byline

    def counting(*args, **kwargs):
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(structure, "clean_byline", counting)
    structure._parse_byline.cache_clear()
    n = 400
    text = "".join(f"By Walter Quimby{i}\n" for i in range(n)) + "\nThe council met on Monday.\n"
    segment(Source("bylines.txt", text))
    assert calls["n"] <= n + 5  # one parse per distinct line (was three per line)


def test_byline_result_is_a_fresh_list() -> None:
    """A caller changing the names it got does not change the next reading of the line."""
    first = structure.parse_byline("By Walter Quimby and Nora Fitch")
    assert first == ["Walter Quimby", "Nora Fitch"]
    first.append("Someone Else")
    assert structure.parse_byline("By Walter Quimby and Nora Fitch") == ["Walter Quimby", "Nora Fitch"]
    assert structure.parse_byline("By late evening, the brigade had entered the town.") is None


class _CountedSpan:
    """A span whose start reads are counted."""

    reads = 0

    def __init__(self, start: int, end: int) -> None:
        self._start, self.end = start, end

    @property
    def start(self) -> int:
        _CountedSpan.reads += 1
        return self._start


def test_add_evidence_is_linear(monkeypatch) -> None:
    """One fact gathering thousands of sentences: each evidence start is read a bounded number
    of times, and a sentence already in the evidence is not added again."""
    monkeypatch.setattr(ev_article, "Span", _CountedSpan)
    _CountedSpan.reads = 0
    f = Fact("event", {}, [_CountedSpan(0, 10)], "body")  # type: ignore[list-item]
    n = 3000
    for i in range(1, n):
        ev_article.add_evidence(f, SimpleNamespace(start=i * 20, end=i * 20 + 10))  # type: ignore[arg-type]
    ev_article.add_evidence(f, SimpleNamespace(start=40, end=50))  # type: ignore[arg-type]  # told again
    assert len(f.evidence) == n
    assert _CountedSpan.reads <= 2 * n  # was about n * n / 2
    f.evidence.append(_CountedSpan(99_999, 100_010))  # added by other code: still seen
    ev_article.add_evidence(f, SimpleNamespace(start=99_999, end=100_010))  # type: ignore[arg-type]
    assert len(f.evidence) == n + 1


class _CountedStat(Stat):
    """A figure whose start reads are counted."""

    reads = 0

    def __getattribute__(self, name: str):
        if name == "start":
            _CountedStat.reads += 1
        return super().__getattribute__(name)


def test_overlapping_figures_linear() -> None:
    """Thousands of figures in a sentence: choosing among overlaps reads each a bounded number
    of times; a figure inside a longer one at the same place is left out, neighbours kept."""
    n = 2000
    stats = [_CountedStat(i * 10, i * 10 + 6, float(i), "bcm") for i in range(n)]
    stats += [_CountedStat(i * 10 + 2, i * 10 + 4, float(i), "count") for i in range(0, n, 7)]  # inside
    stats.append(_CountedStat(0, 8, 0.0, "percent"))  # longer at the same start: kept first
    _CountedStat.reads = 0
    kept = numbers.leftmost_longest(stats)
    assert _CountedStat.reads <= 4 * len(stats)
    assert [s.unit for s in kept[:2]] == ["percent", "bcm"] and kept[1].start == 10
    assert len(kept) == n and all(s.unit != "count" for s in kept)
