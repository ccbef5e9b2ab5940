"""The sentence search index of a batch into an empty store is built once, when the batch
ends: searches then find what they find when each source indexes its own sentences, however
the batch went."""

from __future__ import annotations

from collections.abc import Callable

from test_store import TEXT, analysed

from silkgraph.model import Source
from silkgraph.store import SQLiteStore, open_store
from silkgraph.store.queries import search

OTHER = "Uzbekistan bought two drones from Türkiye. The deal was signed in Tashkent."
QUERIES = ("drones", "deal signed", "Astana", "Tashkent", "Türkiye")


def _found(store: SQLiteStore) -> list[tuple]:
    return [tuple(r[k] for k in ("id", "text", "highlighted", "score")) for q in QUERIES
            for r in search(store.conn, q)]


def _intact(store: SQLiteStore) -> bool:
    store.conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
    return True


def _unbatched(tmp_path, writes: Callable[[SQLiteStore], None]) -> list[tuple]:  # type: ignore[no-untyped-def]
    """What the searches find when the same writes are made outside a batch."""
    store = open_store(str(tmp_path / "ref.db"))
    writes(store)
    return _found(store)


def _two(store: SQLiteStore) -> None:
    store.write_source(Source("a.txt", TEXT), analysed())
    store.write_source(Source("b.txt", OTHER), analysed(OTHER))


def test_a_batch_into_an_empty_store_is_searchable_when_it_ends(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    with store.lookup_indexes_deferred():
        _two(store)
        assert search(store.conn, "drones") == []  # not yet
    assert _intact(store)
    assert _found(store) == _unbatched(tmp_path, _two)
    assert len(_found(store)) == 8


def test_a_source_replaced_within_the_batch_leaves_the_index_whole(tmp_path):
    def writes(store: SQLiteStore) -> None:
        store.write_source(Source("b.txt", TEXT), analysed())
        assert store.write_source(Source("b.txt", OTHER), analysed(OTHER)).status == "replaced"
        store.write_source(Source("a.txt", TEXT), analysed())

    store = open_store(str(tmp_path / "kb.db"))
    with store.lookup_indexes_deferred():
        writes(store)
    assert _intact(store)
    assert _found(store) == _unbatched(tmp_path, writes)


def test_the_index_is_whole_after_another_opening_in_the_middle(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    with store.lookup_indexes_deferred():
        store.write_source(Source("a.txt", TEXT), analysed())
        SQLiteStore(tmp_path / "kb.db").close()  # takes the batch for a killed one
        store.write_source(Source("b.txt", OTHER), analysed(OTHER))
    assert _intact(store)
    assert _found(store) == _unbatched(tmp_path, _two)


def test_a_killed_batch_is_indexed_at_the_next_opening(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    batch = store.lookup_indexes_deferred()
    batch.__enter__()
    _two(store)
    # the process dies here: the block never ends
    again = SQLiteStore(tmp_path / "kb.db")
    assert _intact(again)
    assert _found(again) == _unbatched(tmp_path, _two)
