"""The ingest flow end to end: batches with bad inputs, idempotence, the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from silkgraph.pipeline import ingest
from silkgraph.serve.cli import app, sample_paths
from silkgraph.store import open_store

runner = CliRunner()

GOOD = """Kazakhstan receives Turkish drones

ASTANA, May 14, 2025 — Kazakhstan took delivery of three Anka drones from Türkiye on Tuesday,
the defence ministry said. The aircraft will be assembled locally under a 2023 agreement.
"""

LATIN1 = "Tbilisi, 3 March 2024 - Georgia's defence minister met his Azerbaijani counterpart in Baku. Café talks followed.\n"


def mixed_folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "huge.txt").write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB
    return d


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path):
    d = mixed_folder(tmp_path)
    store = open_store(str(tmp_path / "kb.db"))
    rep = ingest(store, [d], max_bytes=1_000_000)
    assert sorted(Path(p).name for p in rep.new) == ["good.txt", "latin1.txt"]
    reasons = {Path(p).name: r for p, r in rep.skipped}
    assert set(reasons) == {"binary.txt", "empty.txt", "huge.txt"}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "limit" in reasons["huge.txt"]
    enc = dict(store.conn.execute("SELECT name, encoding FROM sources").fetchall())
    assert enc[str(d / "latin1.txt")] in ("cp1252", "latin-1")
    text = store.conn.execute("SELECT text FROM sentences WHERE text LIKE '%Café%'").fetchone()
    assert text is not None


def test_cli_exit_code_says_something_was_skipped(tmp_path):
    d = mixed_folder(tmp_path)
    db = str(tmp_path / "kb.db")
    res = runner.invoke(app, ["ingest", "--db", db, "--max-size", "1MB", str(d)])
    assert res.exit_code == 1
    out = res.output
    for name in ("binary.txt", "empty.txt", "huge.txt"):
        assert name in out
    assert "2 new" in out


def test_reingest_changes_no_count(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    paths = sample_paths()
    ingest(store, paths)
    before = store.counts(), store.fact_counts()
    rep = ingest(store, paths)
    assert len(rep.unchanged) == len(paths) and not rep.new
    assert (store.counts(), store.fact_counts()) == before


def test_changed_file_replaces_its_articles(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = open_store(str(tmp_path / "kb.db"))
    ingest(store, [f])
    f.write_text(GOOD.replace("three", "five"), encoding="utf-8")
    rep = ingest(store, [f])
    assert [Path(p).name for p in rep.replaced] == ["a.txt"]
    assert store.counts()["sources"] == 1 and store.counts()["articles"] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM sentences WHERE text LIKE '%three%'").fetchone()[0] == 0


def test_stdin(tmp_path):
    db = str(tmp_path / "kb.db")
    res = runner.invoke(app, ["ingest", "--db", db, "-"], input=GOOD)
    assert res.exit_code == 0, res.output
    store = open_store(db)
    assert store.counts()["articles"] == 1


def test_demo_reports_articles_sections_entities_and_facts(tmp_path):
    db = str(tmp_path / "demo.db")
    res = runner.invoke(app, ["demo", "--db", db])
    assert res.exit_code == 0, res.output
    for heading in ("Articles", "Sections by kind", "Entities by type", "Facts by type"):
        assert heading in res.output
    store = open_store(db)
    assert store.counts()["articles"] >= 6
    assert store.counts()["facts"] > 0
    # the bundled samples are the project's own: no README or other prose is ingested
    names = [Path(r[0]).name for r in store.conn.execute("SELECT name FROM sources")]
    assert all(n.rsplit(".", 1)[-1] in ("txt", "md", "html") for n in names)


def test_export_is_json_lines_with_kinds(tmp_path):
    db = str(tmp_path / "kb.db")
    runner.invoke(app, ["demo", "--db", db])
    out = tmp_path / "kb.jsonl"
    res = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    kinds = {json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert kinds == {"article", "entity", "fact"}


@pytest.mark.parametrize("size,expected", [("20MB", 20 << 20), ("500k", 500 << 10), ("1024", 1024)])
def test_parse_size(size, expected):
    from silkgraph.serve.cli import parse_size

    assert parse_size(size) == expected


def test_parallel_analysis_stores_the_same(tmp_path):
    """--jobs 2 analyses in worker processes; the stored knowledge base is identical."""
    from silkgraph.export import export_records

    out = []
    for jobs in (1, 2):
        store = open_store(str(tmp_path / f"kb{jobs}.db"))
        ingest(store, sample_paths(), jobs=jobs)
        out.append(list(export_records(store)))
        store.close()
    assert out[0] == out[1]
    assert len(out[0]) > 100


def test_reingest_with_jobs_starts_no_worker(tmp_path, monkeypatch):
    """A batch the store already holds needs no analysis: no worker process is started."""
    store = open_store(str(tmp_path / "kb.db"))
    ingest(store, sample_paths(), jobs=1)

    def no_pool(n):
        raise AssertionError("workers started for unchanged sources")

    monkeypatch.setattr("silkgraph.pipeline.workers._pool", no_pool)
    rep = ingest(store, sample_paths(), jobs=2)
    assert len(rep.unchanged) == len(sample_paths()) and not rep.new


def test_cli_ingest_streams_and_takes_jobs(tmp_path):
    d = mixed_folder(tmp_path)
    db = str(tmp_path / "kb.db")
    res = runner.invoke(app, ["ingest", "--db", db, "--jobs", "2", "--max-size", "1MB", str(d)])
    assert res.exit_code == 1 and "2 new" in res.output


def test_cli_default_jobs_follow_the_batch_size(monkeypatch):
    """Without --jobs or $SILKGRAPH_JOBS the command line analyses batches of several
    sources in one process per CPU (capped), and small batches in this process."""
    from silkgraph.pipeline import AUTO_JOBS_MAX, AUTO_JOBS_MIN_SOURCES, auto_jobs

    monkeypatch.setattr("silkgraph.pipeline.resolve_jobs", lambda jobs: 64 if jobs == 0 else 1)
    assert auto_jobs(1) == 1
    assert auto_jobs(AUTO_JOBS_MIN_SOURCES - 1) == 1
    assert auto_jobs(AUTO_JOBS_MIN_SOURCES) == AUTO_JOBS_MAX
    monkeypatch.setattr("silkgraph.pipeline.resolve_jobs", lambda jobs: 2 if jobs == 0 else 1)
    assert auto_jobs(500) == 2


def test_cli_default_ingest_equals_one_process(tmp_path, monkeypatch):
    """The default (parallel for a batch) stores what one process stores."""
    from silkgraph.export import export_records

    monkeypatch.delenv("SILKGRAPH_JOBS", raising=False)
    out = []
    for extra in ([], ["--jobs", "1"]):
        db = str(tmp_path / f"kb{len(extra)}.db")
        res = runner.invoke(app, ["ingest", "-q", "--db", db, *extra, *map(str, sample_paths())])
        assert res.exit_code == 0, res.output
        store = open_store(db)
        out.append(list(export_records(store)))
        store.close()
    assert out[0] == out[1] and len(out[0]) > 100
