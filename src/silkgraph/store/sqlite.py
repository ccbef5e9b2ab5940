"""The SQLite store: the schema and every write of the core knowledge base live here (its
reads in :mod:`silkgraph.store.reading`).

One transaction per source: a source's articles, sections, sentences, mentions and
facts are written together or not at all. Re-ingesting identical text is a no-op; a
changed source replaces its old articles atomically.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from silkgraph.model import AnalysedArticle, Entity, Fact, Source, entity_refs, stable_id
from silkgraph.store.migrations import MIGRATIONS
from silkgraph.store.reading import StoreReads

DEFAULT_DB = "silkgraph.db"


def default_db_path() -> str:
    return os.environ.get("SILKGRAPH_DB") or DEFAULT_DB


# what json.dumps(value, ensure_ascii=False, sort_keys=True) builds on every call, once
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _dumps(value: Any) -> str:
    if not value and type(value) in (dict, list):  # empty inferences, authors, meta: common
        return "{}" if type(value) is dict else "[]"
    return _JSON.encode(value)


@dataclass
class WriteResult:
    status: str  # new | unchanged | replaced | duplicate
    articles: int = 0
    facts: int = 0
    duplicate_of: str | None = None


class StoreError(Exception):
    pass


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
        self.migrate()

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
        """Store one source and everything derived from it, in one transaction."""
        status, dup = self.source_status(source)
        if status == "unchanged":
            return WriteResult("unchanged")
        if status == "duplicate":
            return WriteResult("duplicate", duplicate_of=dup)
        n_facts = 0
        with self.transaction() as c:
            if status == "changed":
                c.execute("DELETE FROM sources WHERE name = ?", (source.name,))
            c.execute(
                "INSERT INTO sources(id, name, sha256, encoding, fmt, size, meta, text, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    source.id, source.name, source.sha256, source.encoding, source.fmt,
                    source.size, _dumps(source.meta), source.text,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            first_sentence = self._next_sid = self._next_sentence_id(c)
            self._check_version(c)
            for ord_, aa in enumerate(analysed):
                n_facts += self._write_article(c, source, ord_, aa)
            self._index_sentences(c, first_sentence)
            if status == "changed":
                self._drop_orphan_entities(c)
        return WriteResult("replaced" if status == "changed" else "new", len(analysed), n_facts)

    @staticmethod
    def _next_sentence_id(c: sqlite3.Connection) -> int:
        return int(c.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1

    @staticmethod
    def _index_sentences(c: sqlite3.Connection, first: int) -> None:
        """Add the sentences written since id ``first`` (one source's) to the search index,
        in one statement (migration 0003 replaced the per-row insert trigger)."""
        c.execute("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id >= ?",
                  (first,))

    def _article_id(self, c: sqlite3.Connection, source: Source, aa: AnalysedArticle) -> str:
        a = aa.article
        text_sha = hashlib.sha256(source.text[a.start : a.end].encode("utf-8")).hexdigest()
        aid = stable_id("art-", text_sha, length=12)
        if c.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            aid = stable_id("art-", text_sha, source.name, length=12)
        return aid

    def _write_article(self, c: sqlite3.Connection, source: Source, ord_: int, aa: AnalysedArticle) -> int:
        a = aa.article
        if not a.id:
            a.id = self._article_id(c, source, aa)
        est = a.published_estimate.as_dict() if a.published_estimate else None
        c.execute(
            'INSERT INTO articles(id, source_id, ord, start, "end", title, authors, published,'
            " published_estimate, ref_date) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (a.id, source.id, ord_, a.start, a.end, a.title, _dumps(a.authors), a.published,
             _dumps(est) if est else None, a.reference_date()),
        )
        c.executemany(
            'INSERT INTO sections(article_id, ord, kind, label, start, "end") VALUES (?,?,?,?,?,?)',
            [(a.id, i, s.kind, s.label, s.start, s.end) for i, s in enumerate(a.sections)],
        )
        # sentence ids are assigned here, as SQLite would (largest rowid + 1), so that the
        # sentences go in with one executemany
        text = source.text
        first = self._next_sid
        self._next_sid += len(aa.sentences)
        sent_ids = list(range(first, first + len(aa.sentences)))
        starts = [s.start for s in aa.sentences]
        c.executemany(
            'INSERT INTO sentences(id, article_id, ord, section, start, "end", text) VALUES (?,?,?,?,?,?,?)',
            [(sid, a.id, s.index, s.section, s.start, s.end, text[s.start : s.end])
             for sid, s in zip(sent_ids, aa.sentences, strict=True)],
        )

        def sentence_of(pos: int) -> int | None:
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos < aa.sentences[i].end:
                return sent_ids[i]
            return None

        ex = aa.extraction
        self._upsert_entities(c, list(ex.entities.values()))
        c.executemany(
            "INSERT OR IGNORE INTO aliases(entity_id, alias, kind, article_id) VALUES (?,?,?,?)",
            [(eid, alias, kind, a.id) for eid, alias, kind in ex.local_aliases],
        )
        c.executemany(
            'INSERT INTO mentions(article_id, sentence_id, entity_id, start, "end", text, kind, role)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(a.id, sentence_of(m.start), m.entity_id, m.start, m.end, m.text, m.kind, m.role)
             for m in ex.mentions],
        )
        seen: set[str] = set()
        rows: tuple[list[tuple], list[tuple], list[tuple]] = ([], [], [])
        for f in ex.facts:
            self._fact_rows(source, a.id, f, seen, rows)
        facts, evidence, fact_entities = rows
        c.executemany(
            "INSERT OR IGNORE INTO facts(id, article_id, type, section, modality, date, args,"
            " inferences, attribution, confidence) VALUES (?,?,?,?,?,?,?,?,?,?)", facts)
        c.executemany(
            'INSERT OR IGNORE INTO evidence(fact_id, ord, start, "end", text) VALUES (?,?,?,?,?)', evidence)
        c.executemany("INSERT INTO fact_entities(fact_id, role, entity_id) VALUES (?,?,?)", fact_entities)
        return len(seen)

    def _upsert_entities(self, c: sqlite3.Connection, ents: list[Entity]) -> None:
        """Insert the entities not stored yet, and the names of each not recorded yet."""
        if not ents:
            return
        ids_known = self._ids_stored
        ids = [e.id for e in ents if e.id not in ids_known]
        stored: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            stored.update(r[0] for r in c.execute(
                f"SELECT id FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        c.executemany(
            "INSERT INTO entities(id, type, name, iso3, country, attrs) VALUES (?,?,?,?,?,?)",
            [(e.id, e.type, e.name, e.iso3, e.country, _dumps(e.attrs))
             for e in ents if e.id not in ids_known and e.id not in stored],
        )
        ids_known.update(ids)
        # article-independent aliases have article_id NULL, which a UNIQUE constraint
        # does not compare: test for them instead of relying on OR IGNORE
        known = self._names_stored
        names = [(e.id, al) for e in ents for al in e.aliases if (e.id, al) not in known]
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

    def _fact_rows(self, source: Source, article_id: str, f: Fact, seen: set[str],
                   rows: tuple[list[tuple], list[tuple], list[tuple]]) -> None:
        if not f.evidence:
            raise StoreError(f"{source.name}: a {f.type} fact has no evidence (grounding violated)")
        args = _dumps(f.args)
        if not f.id:
            f.id = stable_id("fact-", article_id, f.type, f.evidence[0].start, args, f.modality,
                             length=16)
        if f.id in seen:
            return
        seen.add(f.id)
        date = f.args.get("date") if isinstance(f.args.get("date"), str) else None
        rows[0].append((f.id, article_id, f.type, f.section, f.modality, date, args,
                        _dumps(f.inferences), f.attribution, f.confidence))
        text = source.text
        rows[1].extend((f.id, i, sp.start, sp.end, text[sp.start : sp.end])
                       for i, sp in enumerate(f.evidence))
        rows[2].extend((f.id, role, eid) for role, eid in entity_refs(f.args))

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
