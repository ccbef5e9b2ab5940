"""The SQLite store: the connection, the schema (its migrations and the lookup indexes a
batch may defer) and the transaction; every write of the core knowledge base is in
:mod:`silkgraph.store.writing`, its reads in :mod:`silkgraph.store.reading`.

One transaction per source: a source's articles, sections, sentences, mentions and
facts are written together or not at all. Re-ingesting identical text is a no-op; a
changed source replaces its old articles atomically.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from silkgraph.store.migrations import LOOKUP_INDEXES, MIGRATIONS
from silkgraph.store.reading import StoreReads
from silkgraph.store.rows import StoreError
from silkgraph.store.writing import StoreWrites

DEFAULT_DB = "silkgraph.db"


def default_db_path() -> str:
    return os.environ.get("SILKGRAPH_DB") or DEFAULT_DB



class SQLiteStore(StoreWrites, StoreReads):
    """A knowledge base in one SQLite file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path if path is not None else default_db_path())
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.exists():
                raise StoreError(f"{self.path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:  # pragma: no cover - depends on the file system
            raise StoreError(f"{self.path}: cannot open database ({e})") from e
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            # checkpoint (copy the WAL into the file, with fsyncs) every 8192 pages rather
            # than 1000: an ingest's index pages are copied once, not after every source
            self.conn.execute("PRAGMA wal_autocheckpoint = 8192")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # close the connection when the store is dropped or the program ends, so SQLite
        # folds the write-ahead log back into the file and no -wal/-shm files are left
        self._closer = weakref.finalize(self, self.conn.close)
        # article-independent aliases known to be stored, to skip re-testing them for
        # every article; valid while no other connection has written (data_version)
        self._names_stored: set[tuple[str, str]] = set()
        # entity ids known to be stored (same validity), to skip looking them up
        self._ids_stored: set[str] = set()
        self._names_version: int | None = None
        # the next sentence id during a write_source (its transaction holds the lock)
        self._next_sid = 0
        # during a batch into an empty store the sentence search index is built once at
        # its end, not source by source (``lookup_indexes_deferred``)
        self._search_deferred = False
        self.migrate()
        self._create_lookup_indexes()  # if an ingest that deferred them was killed

    # -- schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied."""
        c = self.conn
        c.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in c.execute("SELECT name FROM migrations")}
        applied = []
        for m in MIGRATIONS:
            if m.name in done:
                continue
            with self.transaction():
                for stmt in m.statements:
                    c.execute(stmt)
                c.execute(
                    "INSERT INTO migrations(name, applied_at) VALUES (?, ?)",
                    (m.name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
            applied.append(m.name)
        return applied

    @contextmanager
    def lookup_indexes_deferred(self) -> Iterator[None]:
        """Around a batch of writes: when the store holds no source yet, drop the indexes
        that only reads use (``LOOKUP_INDEXES``) and build them again when the block ends,
        however it ends (and when the store is next opened, if the process was killed);
        the sentence search index is likewise built once, from every sentence, when the
        block ends (one pass instead of an insert per source: about a fifth of the
        writes' CPU), so a search made during the batch does not find its sentences yet.
        What is stored, and what every query returns after the batch, is the same."""
        if self.conn.execute("SELECT 1 FROM sources LIMIT 1").fetchone() is not None:
            yield
            return
        with self.transaction() as c:
            for name in LOOKUP_INDEXES:
                c.execute(f"DROP INDEX IF EXISTS {name}")
        self._search_deferred = True
        try:
            yield
        finally:
            self._search_deferred = False
            self._create_lookup_indexes(rebuild=True)

    def _create_lookup_indexes(self, rebuild: bool = False) -> None:
        """Build the lookup indexes if a deferred batch left them out, and with them the
        search index (the lookup indexes are built last, so their presence says the search
        index holds every sentence); ``rebuild``: the search index in any case."""
        have = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        if have.issuperset(LOOKUP_INDEXES) and not rebuild:
            return
        with self.transaction() as c:
            self._rebuild_search_index(c)
            for name, on in LOOKUP_INDEXES.items():
                c.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")

    @staticmethod
    def _rebuild_search_index(c: sqlite3.Connection) -> None:
        """Index every stored sentence for search anew (whatever the index held before)."""
        c.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY rowid")]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            self._names_stored.clear()  # may hold names of the undone transaction
            self._ids_stored.clear()
            raise
        else:
            c.execute("COMMIT")

    def close(self) -> None:
        self._closer()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
