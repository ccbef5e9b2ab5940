"""The SQLite store: migrations, one transaction per source, idempotent re-ingest."""

from __future__ import annotations

import sqlite3

import pytest

from silkgraph.model import (
    AnalysedArticle,
    Article,
    Entity,
    Extraction,
    Fact,
    Mention,
    Section,
    Sentence,
    Source,
    Span,
)
from silkgraph.store import SQLiteStore, StoreError, open_store
from silkgraph.store.migrations import LOOKUP_INDEXES, MIGRATIONS

TEXT = "Kazakhstan bought two drones from Türkiye. The deal was signed in Astana."


def analysed(text: str = TEXT) -> list[AnalysedArticle]:
    art = Article(0, len(text), title=None, authors=["A. Writer"],
                  sections=[Section("body", "", 0, len(text))])
    first_end = text.index(".") + 1
    sents = [Sentence(0, first_end, "body", 0), Sentence(first_end + 1, len(text), "body", 1)]
    kaz = Entity("state:KAZ", "state", "Kazakhstan", iso3="KAZ")
    tur = Entity("state:TUR", "state", "Türkiye", iso3="TUR", aliases=["Turkey"])
    ex = Extraction(
        mentions=[Mention(0, 10, "Kazakhstan", "state:KAZ"), Mention(34, 41, "Türkiye", "state:TUR")],
        entities={"state:KAZ": kaz, "state:TUR": tur},
        facts=[Fact("arms_transfer", {"supplier": "state:TUR", "recipient": "state:KAZ",
                                      "system": "drones", "quantity": 2, "status": "delivered"},
                    [Span(0, first_end)], "body")],
    )
    return [AnalysedArticle(art, sents, ex)]


def test_migrations_are_named_and_recorded(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    assert store.applied_migrations() == [m.name for m in MIGRATIONS]
    store.close()
    # reopening applies nothing new
    store = SQLiteStore(tmp_path / "kb.db")
    assert store.migrate() == []


def test_write_and_reingest_is_a_noop(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    src = Source("a.txt", TEXT)
    r1 = store.write_source(src, analysed())
    assert r1.status == "new" and r1.articles == 1 and r1.facts == 1
    before = store.counts()
    r2 = store.write_source(Source("a.txt", TEXT), analysed())
    assert r2.status == "unchanged"
    assert store.counts() == before
    # same text under another name is not stored twice
    r3 = store.write_source(Source("copy.txt", TEXT), analysed())
    assert r3.status == "duplicate" and r3.duplicate_of == "a.txt"
    assert store.counts() == before


def test_changed_source_replaces_atomically(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.write_source(Source("a.txt", TEXT), analysed())
    new_text = TEXT.replace("two", "four")
    r = store.write_source(Source("a.txt", new_text), analysed(new_text))
    assert r.status == "replaced"
    counts = store.counts()
    assert counts["sources"] == 1 and counts["articles"] == 1 and counts["facts"] == 1
    ev = store.conn.execute("SELECT text FROM evidence").fetchone()[0]
    assert "four" in ev


def test_replacing_a_source_finds_its_mentions_by_index(tmp_path):
    """Deleting a replaced source's sentences cascades to their mentions through an index
    on mentions.sentence_id, not a scan of every mention for each sentence."""
    store = open_store(str(tmp_path / "kb.db"))
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM mentions WHERE sentence_id = ?", (1,)))
    assert "mentions_sentence" in plan
    store.write_source(Source("a.txt", TEXT), analysed())
    changed = TEXT.replace("two", "six")
    assert store.write_source(Source("a.txt", changed), analysed(changed)).status == "replaced"
    assert store.counts()["mentions"] == 2
    assert store.conn.execute("SELECT count(*) FROM mentions WHERE sentence_id NOT IN"
                              " (SELECT id FROM sentences)").fetchone()[0] == 0


def test_failed_write_leaves_nothing_half_written(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.write_source(Source("a.txt", TEXT), analysed())
    before = store.counts()
    bad = analysed("Uzbekistan ordered jets. Nothing else.")
    bad[0].extraction.facts[0].evidence = []  # ungrounded fact: the store refuses it
    with pytest.raises(StoreError):
        store.write_source(Source("b.txt", "Uzbekistan ordered jets. Nothing else."), bad)
    assert store.counts() == before
    # a changed source whose rewrite fails keeps its old version
    with pytest.raises(StoreError):
        store.write_source(Source("a.txt", TEXT + " More."), [
            AnalysedArticle(bad[0].article, bad[0].sentences, bad[0].extraction)])
    assert store.counts() == before


def test_offsets_point_into_the_source(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.write_source(Source("a.txt", TEXT), analysed())
    for row in store.conn.execute('SELECT start, "end", text FROM sentences'):
        assert TEXT[row[0]:row[1]] == row[2]
    for row in store.conn.execute('SELECT start, "end", text FROM mentions'):
        assert TEXT[row[0]:row[1]] == row[2]


def test_full_text_search_over_sentences(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.write_source(Source("a.txt", TEXT), analysed())
    rows = store.conn.execute(
        "SELECT s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " WHERE sentences_fts MATCH ?", ("turkiye",)).fetchall()
    assert len(rows) == 1 and "Türkiye" in rows[0][0]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "kb.db"))


def test_interrupted_transaction_rolls_back(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    with pytest.raises(RuntimeError), store.transaction() as c:
        c.execute("INSERT INTO sources(id, name, sha256, encoding, fmt, size, text, ingested_at)"
                  " VALUES ('x','x','x','utf-8','text',0,'', '')")
        raise RuntimeError("interrupted")
    assert store.counts()["sources"] == 0
    assert isinstance(store.conn, sqlite3.Connection)


def _index_sql(store: SQLiteStore) -> dict[str, str]:
    return dict(store.conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index'"))


def test_lookup_indexes_are_built_after_a_batch_into_an_empty_store(tmp_path):
    """Into an empty store the read-only indexes are dropped for the batch and built
    again after it, with the definitions the migrations gave them."""
    store = open_store(str(tmp_path / "kb.db"))
    fresh = _index_sql(store)
    assert set(LOOKUP_INDEXES) <= set(fresh)
    with store.lookup_indexes_deferred():
        assert not set(LOOKUP_INDEXES) & set(_index_sql(store))
        store.write_source(Source("a.txt", TEXT), analysed())
    assert _index_sql(store) == fresh
    # a store that holds sources keeps them up to date instead
    with store.lookup_indexes_deferred():
        assert _index_sql(store) == fresh


def test_lookup_indexes_come_back_however_the_batch_ends(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    fresh = _index_sql(store)
    with pytest.raises(RuntimeError), store.lookup_indexes_deferred():
        raise RuntimeError("interrupted")
    assert _index_sql(store) == fresh
    # a process killed in the middle of the batch: the next opening builds them
    with store.lookup_indexes_deferred():
        store.write_source(Source("a.txt", TEXT), analysed())
        assert _index_sql(SQLiteStore(tmp_path / "kb.db")) == fresh


def test_links_of_a_fact_are_found_by_index_on_both_sides(tmp_path):
    """The export asks each fact's links by a and by b: both are index searches, not a
    scan of every link per fact."""
    store = open_store(str(tmp_path / "kb.db"))
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT b FROM fact_links WHERE a = ? UNION SELECT a FROM fact_links WHERE b = ?",
        ("x", "x")))
    assert "SCAN" not in plan and "fact_links_b" in plan
