"""The SQLite store: the schema and every write of the core knowledge base live here (its
reads in :mod:`silkgraph.store.reading`).

One transaction per source: a source's articles, sections, sentences, mentions and
facts are written together or not at all. Re-ingesting identical text is a no-op; a
changed source replaces its old articles atomically.
"""

from __future__ import annotations

import json
import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from silkgraph.model import AnalysedArticle, Source, stable_id
from silkgraph.store.migrations import LOOKUP_INDEXES, MIGRATIONS
from silkgraph.store.reading import StoreReads
from silkgraph.store.rows import (
    ArticleRows,
    EntityRow,
    StoreError,
    article_id,
    dumps,
    fact_id,
    source_rows,
)

DEFAULT_DB = "silkgraph.db"


def default_db_path() -> str:
    return os.environ.get("SILKGRAPH_DB") or DEFAULT_DB


@dataclass
class WriteResult:
    status: str  # new | unchanged | replaced | duplicate
    articles: int = 0
    facts: int = 0
    duplicate_of: str | None = None


class SQLiteStore(StoreReads):
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

    # -- writing ----------------------------------------------------------------
    def source_status(self, source: Source) -> tuple[str, str | None]:
        """new | unchanged | changed | duplicate (same text stored under another name)."""
        sha = source.sha256
        row = self.conn.execute("SELECT sha256 FROM sources WHERE name = ?", (source.name,)).fetchone()
        if row is not None:
            return ("unchanged" if row[0] == sha else "changed"), None
        dup = self.conn.execute("SELECT name FROM sources WHERE sha256 = ?", (sha,)).fetchone()
        if dup is not None:
            return "duplicate", dup[0]
        return "new", None

    def write_source(self, source: Source, analysed: list[AnalysedArticle]) -> WriteResult:
        """Store one source and everything derived from it, in one transaction; the ids
        of its articles and facts are filled in."""
        status, dup = self.source_status(source)
        if status in ("unchanged", "duplicate"):
            return WriteResult(status, duplicate_of=dup)
        result, ids = self._write(source, source_rows(source, analysed), status)
        for aa, (aid, fact_ids) in zip(analysed, ids, strict=True):
            aa.article.id = aid
            for f, fid in zip(aa.extraction.facts, fact_ids, strict=True):
                f.id = fid
        return result

    def write_rows(self, source: Source, rows: list[ArticleRows]) -> WriteResult:
        """Store one source from the rows of its articles (:func:`source_rows`), in one
        transaction."""
        status, dup = self.source_status(source)
        if status in ("unchanged", "duplicate"):
            return WriteResult(status, duplicate_of=dup)
        return self._write(source, rows, status)[0]

    def stored_source(self, name: str) -> Source:
        """The stored source ``name``, as it was read."""
        r = self.conn.execute("SELECT name, text, encoding, fmt, meta, size FROM sources WHERE name = ?",
                              (name,)).fetchone()
        return Source(r["name"], r["text"], r["encoding"], r["fmt"], json.loads(r["meta"]), r["size"])

    def rewrite_source(self, source: Source, rows: list[ArticleRows]) -> WriteResult:
        """Store a stored source again from new rows (a wire item re-dated by its series,
        :mod:`silkgraph.store.wire_series`), in one transaction."""
        return self._write(source, rows, "changed")[0]

    def _write(self, source: Source, rows: list[ArticleRows],
               status: str) -> tuple[WriteResult, list[tuple[str, list[str]]]]:
        """Write a new or changed source; its result, and each article's id and fact ids."""
        n_facts = 0
        ids = []
        with self.transaction() as c:
            if status == "changed":
                if self._search_deferred:
                    # the delete trigger takes the old sentences out of the search index,
                    # which must hold them first
                    self._rebuild_search_index(c)
                c.execute("DELETE FROM sources WHERE name = ?", (source.name,))
            c.execute(
                "INSERT INTO sources(id, name, sha256, encoding, fmt, size, meta, text, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    source.id, source.name, source.sha256, source.encoding, source.fmt,
                    source.size, dumps(source.meta), source.text,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            first_sentence = self._next_sid = self._next_sentence_id(c)
            self._check_version(c)
            for ord_, ar in enumerate(rows):
                aid, fact_ids = self._write_article(c, source, ord_, ar)
                n_facts += len(set(fact_ids))
                ids.append((aid, fact_ids))
            if not self._search_deferred:
                self._index_sentences(c, first_sentence)
            if status == "changed":
                self._drop_orphan_entities(c)
        return WriteResult("replaced" if status == "changed" else "new", len(rows), n_facts), ids

    @staticmethod
    def _next_sentence_id(c: sqlite3.Connection) -> int:
        return int(c.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1

    @staticmethod
    def _index_sentences(c: sqlite3.Connection, first: int) -> None:
        """Add the sentences written since id ``first`` (one source's) to the search index,
        in one statement (migration 0003 replaced the per-row insert trigger)."""
        c.execute("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id >= ?",
                  (first,))

    @staticmethod
    def _article_id(c: sqlite3.Connection, source: Source, text_sha: str) -> str:
        aid = article_id(text_sha)
        if c.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            aid = stable_id("art-", text_sha, source.name, length=12)
        return aid

    def _write_article(self, c: sqlite3.Connection, source: Source, ord_: int,
                       ar: ArticleRows) -> tuple[str, list[str]]:
        """Write one article's rows; its id and the id of each of its facts."""
        aid = ar.id or self._article_id(c, source, ar.text_sha)
        c.execute(
            'INSERT INTO articles(id, source_id, ord, start, "end", title, authors, published,'
            " published_estimate, ref_date) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (aid, source.id, ord_, *ar.row),
        )
        c.executemany(
            'INSERT INTO sections(article_id, ord, kind, label, start, "end") VALUES (?,?,?,?,?,?)',
            [(aid, i, *s) for i, s in enumerate(ar.sections)],
        )
        # sentence ids are assigned here, as SQLite would (largest rowid + 1), so that the
        # sentences go in with one executemany
        text = source.text
        first = self._next_sid
        self._next_sid += len(ar.sentences)
        c.executemany(
            'INSERT INTO sentences(id, article_id, ord, section, start, "end", text) VALUES (?,?,?,?,?,?,?)',
            [(sid, aid, index, section, start, end, text[start:end])
             for sid, (index, section, start, end) in enumerate(ar.sentences, first)],
        )
        self._upsert_entities(c, ar.entities)
        c.executemany(
            "INSERT OR IGNORE INTO aliases(entity_id, alias, kind, article_id) VALUES (?,?,?,?)",
            [(eid, alias, kind, aid) for eid, alias, kind in ar.local_aliases],
        )
        c.executemany(
            'INSERT INTO mentions(article_id, sentence_id, entity_id, start, "end", text, kind, role)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(aid, None if i is None else first + i, eid, start, end, mtext, kind, role)
             for i, eid, start, end, mtext, kind, role in ar.mentions],
        )
        # the facts' ids as the rows give them when the article has the id they presumed
        fact_ids = ar.fact_ids if aid == ar.presumed_id else [fact_id(aid, f) for f in ar.facts]
        seen: set[str] = set()
        facts: list[tuple] = []
        evidence: list[tuple] = []
        fact_entities: list[tuple] = []
        for f, fid in zip(ar.facts, fact_ids, strict=True):
            if fid in seen:
                continue
            seen.add(fid)
            facts.append((fid, aid, f.type, f.section, f.modality, f.date, f.args, f.inferences,
                          f.attribution, f.confidence))
            evidence.extend((fid, i, start, end, text[start:end])
                            for i, (start, end) in enumerate(f.evidence))
            fact_entities.extend((fid, role, eid) for role, eid in f.entities)
        c.executemany(
            "INSERT OR IGNORE INTO facts(id, article_id, type, section, modality, date, args,"
            " inferences, attribution, confidence) VALUES (?,?,?,?,?,?,?,?,?,?)", facts)
        c.executemany(
            'INSERT OR IGNORE INTO evidence(fact_id, ord, start, "end", text) VALUES (?,?,?,?,?)', evidence)
        c.executemany("INSERT INTO fact_entities(fact_id, role, entity_id) VALUES (?,?,?)", fact_entities)
        return aid, fact_ids

    def _upsert_entities(self, c: sqlite3.Connection, ents: list[EntityRow]) -> None:
        """Insert the entities not stored yet, and the names of each not recorded yet."""
        if not ents:
            return
        ids_known = self._ids_stored
        ids = [eid for eid, *_ in ents if eid not in ids_known]
        stored: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            stored.update(r[0] for r in c.execute(
                f"SELECT id FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        c.executemany(
            "INSERT INTO entities(id, type, name, iso3, country, attrs) VALUES (?,?,?,?,?,?)",
            [(eid, etype, name, iso3, country, dumps(attrs))
             for eid, etype, name, iso3, country, attrs, _aliases in ents
             if eid not in ids_known and eid not in stored],
        )
        ids_known.update(ids)
        # article-independent aliases have article_id NULL, which a UNIQUE constraint
        # does not compare: test for them instead of relying on OR IGNORE
        known = self._names_stored
        names = [(eid, al) for eid, *_, aliases in ents for al in aliases if (eid, al) not in known]
        c.executemany(
            "INSERT INTO aliases(entity_id, alias, kind, article_id) SELECT ?1, ?2, 'name', NULL"
            " WHERE NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = ?1 AND alias = ?2"
            " AND article_id IS NULL)",
            names,
        )
        known.update(names)

    def _check_version(self, c: sqlite3.Connection) -> None:
        """Forget the entity ids and names known to be stored if another connection wrote."""
        version = c.execute("PRAGMA data_version").fetchone()[0]
        if version != self._names_version:
            self._names_stored.clear()
            self._ids_stored.clear()
            self._names_version = version

    def _drop_orphan_entities(self, c: sqlite3.Connection) -> None:
        self._names_stored.clear()  # their aliases go with them
        self._ids_stored.clear()
        c.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT entity_id FROM fact_entities)"
        )

    def link_facts(self, a: str, b: str, kind: str) -> None:
        self.link_facts_many([(a, b)], kind)

    def link_facts_many(self, pairs: list[tuple[str, str]], kind: str) -> int:
        """Record links between facts (e.g. the same deal told by two articles); one transaction.

        The pairs go in sorted, in the order of the table's key, so each lands next to the
        previous one instead of on a page of its own (the links are the same)."""
        with self.transaction() as c:
            before = c.total_changes
            c.executemany("INSERT OR IGNORE INTO fact_links(a, b, kind) VALUES (?,?,?)",
                          [(a, b, kind) for a, b in sorted(pairs)])
            return c.total_changes - before
