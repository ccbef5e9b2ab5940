"""The store's writing side: a source and everything derived from it in one transaction
(articles, sections, sentences, entities, aliases, mentions, facts and their evidence),
the replacement of a changed source, and links between facts.

:class:`StoreWrites` is a base of :class:`silkgraph.store.sqlite.SQLiteStore`, which owns the
connection, the schema, the transaction and the caches of what is known to be stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

from silkgraph.model import AnalysedArticle, Source, stable_id
from silkgraph.store.rows import ArticleRows, EntityRow, article_id, dumps, fact_id, source_rows


@dataclass
class WriteResult:
    status: str  # new | unchanged | replaced | duplicate
    articles: int = 0
    facts: int = 0
    duplicate_of: str | None = None




class StoreWrites:
    """The write methods of a store over the SQLite connection ``conn``, in its
    ``transaction``."""

    conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    _rebuild_search_index: Callable[[sqlite3.Connection], None]
    _names_stored: set[tuple[str, str]]
    _ids_stored: set[str]
    _names_version: int | None
    _next_sid: int
    _search_deferred: bool


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
