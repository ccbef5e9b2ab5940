"""The wire series' year decided before extraction (store/series_ahead.py): a sibling in the
look-ahead window dates an open item the first time it is analysed, so the series step after
the batch re-analyses nothing; a sibling beyond the window, a later batch, a window of any
size, or worker processes give the same database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import silkgraph.pipeline as pl
import silkgraph.store.series_ahead as sa
from silkgraph.model import Article, PublishedEstimate, Source
from silkgraph.pipeline import ingest
from silkgraph.store import SQLiteStore

# March 3 is a Tuesday (and March 5 a Thursday) in 1992, 1998, 2009, 2015, 2020 and 2026
_ANCHOR = """Bridge inspected after the thaw

NARYN, March 3, 2015 (Highland Wire) - Engineers of Kyrgyzstan and Kazakhstan inspected the old
Naryn river bridge on Tuesday after the spring thaw had loosened its piers, the transport office said.

A second inspection was planned for the end of the month.
"""
_OPEN_WEEKDAY = """Cracks found in river bridge

NARYN, March 5 (Highland Wire) - Inspectors from Kyrgyzstan and Kazakhstan reported cracks in two
piers of the Naryn river bridge on Thursday and closed it to lorries, officials said.
"""
_OPEN_PLAIN = """Traders count the cost of a closed bridge

AT-BASHI, March 6 (Highland Wire) - Traders in Kyrgyzstan said the closure of the Naryn bridge had
cut the lorry trade with Kazakhstan by half, and asked for a ferry until repairs are done.
"""
# near miss: the same agency and days, another story (no shared names): keeps its own year
_OTHER_STORY = """Ski season extended

KARAKOL, March 4 (Highland Wire) - The resort above the lake kept its lifts open for another
fortnight on Wednesday after late snowfall, its manager said.
"""


def _filler(i: int) -> str:
    return (f"Notes on road repairs, part {i}\n\nThe regional council discussed the repair of mountain "
            f"roads for the {i + 2}th time and asked the ministry for more graders.\n")


def _write(folder: Path, files: dict[str, str]) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    out = {}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        out[name] = folder / name
    return out


def _dump(db: Path) -> list[tuple]:
    with SQLiteStore(db) as st:
        arts = st.conn.execute("SELECT id, published, published_estimate, ref_date FROM articles ORDER BY id").fetchall()
        facts = st.conn.execute("SELECT id, type, date, args FROM facts ORDER BY id").fetchall()
    return [tuple(r) for r in arts] + [tuple(r) for r in facts]


def _estimates(db: Path) -> dict[str, dict | None]:
    with SQLiteStore(db) as st:
        rows = st.conn.execute("SELECT s.name, a.published_estimate FROM articles a"
                               " JOIN sources s ON s.id = a.source_id").fetchall()
    return {Path(r[0]).name: (json.loads(r[1]) if r[1] else None) for r in rows}


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    texts = {"b_open.txt": _OPEN_WEEKDAY, "c_open.txt": _OPEN_PLAIN, "d_story.txt": _OTHER_STORY,
             "z_anchor.txt": _ANCHOR}
    texts.update({f"f{i:02d}.txt": _filler(i) for i in range(sa.LOOKAHEAD + 2)})
    return _write(tmp_path / "in", texts)


def _redates(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the series step after the batch re-analyses (given estimates, not prepared)."""
    plain = pl.analyse_source
    seen: list[str] = []

    def counting(source, extract=True, estimates=None, articles=None):  # type: ignore[no-untyped-def]
        if estimates and articles is None:
            seen.append(Path(source.name).name)
        return plain(source, extract=extract, estimates=estimates, articles=articles)

    monkeypatch.setattr(pl, "analyse_source", counting)
    return seen


def test_siblings_in_the_window_are_dated_before_extraction(
        files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    redone = _redates(monkeypatch)
    db = tmp_path / "w.db"
    order = [files[n] for n in ("b_open.txt", "c_open.txt", "d_story.txt", "z_anchor.txt")]
    with SQLiteStore(db) as st:
        ingest(st, order)
    assert redone == []  # no source analysed twice
    est = _estimates(db)
    assert est["b_open.txt"]["not_before"] == est["b_open.txt"]["not_after"] == "2015-03-05"
    assert "same agency's item of 2015-03-03" in est["b_open.txt"]["basis"]
    assert est["c_open.txt"]["not_before"] == "2015-03-06"
    # near miss: another story of the agency keeps its own (latest) year
    assert est["d_story.txt"]["not_before"] == "2026-03-04" and "same agency" not in est["d_story.txt"]["basis"]


def test_a_sibling_beyond_the_window_or_in_a_later_batch_gives_the_same_database(
        files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fillers = sorted(p for n, p in files.items() if n.startswith("f"))
    opens = [files["b_open.txt"], files["c_open.txt"], files["d_story.txt"]]
    near, far, apart = tmp_path / "near.db", tmp_path / "far.db", tmp_path / "apart.db"
    with SQLiteStore(near) as st:
        ingest(st, opens + [files["z_anchor.txt"]] + fillers)
    redone = _redates(monkeypatch)
    with SQLiteStore(far) as st:  # the anchor more than a window after the open items: re-dated after
        ingest(st, opens + fillers + [files["z_anchor.txt"]])
    assert sorted(redone) == ["b_open.txt", "c_open.txt"]
    with SQLiteStore(apart) as st:  # the anchor in a later ingest: the stored items re-dated
        ingest(st, opens + fillers)
        ingest(st, [files["z_anchor.txt"]])
    assert _dump(near) == _dump(far) == _dump(apart)
    # any window, even none, gives the same database
    for size in (0, 1, 3):
        monkeypatch.setattr(sa, "LOOKAHEAD", size)
        db = tmp_path / f"w{size}.db"
        with SQLiteStore(db) as st:
            ingest(st, opens + [files["z_anchor.txt"]] + fillers)
        assert _dump(db) == _dump(near)


def test_worker_processes_give_the_same_database(files: dict[str, Path], tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    paths = sorted(files.values())
    with SQLiteStore(one) as st:
        ingest(st, paths, jobs=1)
    with SQLiteStore(two) as st:
        report = ingest(st, paths, jobs=2)
    assert report.ok and _dump(one) == _dump(two)


def test_estimates_only_when_a_day_changes() -> None:
    class _Empty:  # a store with no articles
        class conn:  # noqa: N801
            @staticmethod
            def execute(*_a):  # type: ignore[no-untyped-def]
                class _R:
                    @staticmethod
                    def fetchall() -> list:
                        return []
                return _R()

    ahead = sa.SeriesAhead(_Empty())
    anchor, open_ = Source("a.txt", _ANCHOR), Source("b.txt", _OPEN_WEEKDAY)
    arts_a = [Article(0, len(_ANCHOR))]
    arts_b = [Article(0, len(_OPEN_WEEKDAY), published_estimate=PublishedEstimate(
        "2026-03-05", "2026-03-05", "year-less dateline 03-05: 'on Thursday' in the lead is the dateline's day; "
        "of 1992, 1998, 2009, 2015, 2020, 2026, the latest such year up to the present → 2026-03-05"))]
    own_b = ahead.add(open_, arts_b)
    assert ahead.estimates(own_b) is None  # alone: nothing dates it
    assert ahead.estimates(ahead.add(anchor, arts_a)) is None  # a settled item takes no estimate
    got = ahead.estimates(own_b)
    assert got is not None and got[0].not_before == got[0].not_after == "2015-03-05"
    assert "its own evidence leaves 1992, 1998, 2009, 2015, 2020, 2026;" in got[0].basis
