"""The store's reading side: counts, and the articles, entities and facts the export writes.

:class:`StoreReads` is a base of :class:`silkgraph.store.sqlite.SQLiteStore`; every method reads
through the store's connection and none writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any


class StoreReads:
    """The read methods of a store over the SQLite connection ``conn``."""

    conn: sqlite3.Connection

    def fact_rows(self, ftype: str) -> list[tuple[str, str, str]]:
        """(fact id, article id, args JSON) of every fact of a type, by id."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT id, article_id, args FROM facts WHERE type = ? ORDER BY id", (ftype,))]

    def counts(self) -> dict[str, int]:
        c = self.conn
        out = {}
        for table in ("sources", "articles", "sections", "sentences", "entities", "mentions", "facts"):
            out[table] = c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return out

    def fact_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT type, COUNT(*) FROM facts GROUP BY type ORDER BY type")}

    def entity_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT e.type, COUNT(DISTINCT e.id) FROM entities e JOIN mentions m ON m.entity_id = e.id"
            " GROUP BY e.type ORDER BY e.type")}

    def section_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT kind, COUNT(*) FROM sections GROUP BY kind ORDER BY kind")}

    def source_text(self, source_id: str) -> str:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row[0] if row else ""

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        c = self.conn
        for r in c.execute(
            "SELECT a.*, s.name AS source_name FROM articles a JOIN sources s ON s.id = a.source_id"
            " ORDER BY s.name, a.ord"
        ).fetchall():
            sections = [
                {"kind": s["kind"], "label": s["label"], "start": s["start"], "end": s["end"]}
                for s in c.execute(
                    'SELECT kind, label, start, "end" FROM sections WHERE article_id = ? ORDER BY ord',
                    (r["id"],),
                )
            ]
            yield {
                "id": r["id"],
                "source": r["source_name"],
                "source_id": r["source_id"],
                "start": r["start"],
                "end": r["end"],
                "title": r["title"],
                "authors": json.loads(r["authors"]),
                "published": r["published"],
                "published_estimate": json.loads(r["published_estimate"])
                if r["published_estimate"] else None,
                "sections": sections,
            }

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        c = self.conn
        for r in c.execute("SELECT * FROM entities ORDER BY id").fetchall():
            aliases = sorted({a[0] for a in c.execute(
                "SELECT alias FROM aliases WHERE entity_id = ?", (r["id"],))} - {r["name"]})
            mentions = [
                {"article": m["article_id"], "start": m["start"], "end": m["end"], "text": m["text"]}
                for m in c.execute(
                    'SELECT article_id, start, "end", text FROM mentions WHERE entity_id = ?'
                    " ORDER BY article_id, start", (r["id"],))
            ]
            yield {
                "id": r["id"],
                "type": r["type"],
                "name": r["name"],
                "iso3": r["iso3"],
                "country": r["country"],
                "aliases": aliases,
                "attrs": json.loads(r["attrs"]),
                "mentions": mentions,
            }

    def iter_facts(self) -> Iterator[dict[str, Any]]:
        c = self.conn
        for r in c.execute(
            "SELECT f.* FROM facts f JOIN articles a ON a.id = f.article_id"
            " JOIN sources s ON s.id = a.source_id ORDER BY s.name, a.ord, f.id"
        ).fetchall():
            ev = [
                {"start": e["start"], "end": e["end"], "text": e["text"]}
                for e in c.execute(
                    'SELECT start, "end", text FROM evidence WHERE fact_id = ? ORDER BY ord', (r["id"],))
            ]
            links = [row[0] for row in c.execute(
                "SELECT b FROM fact_links WHERE a = ? UNION SELECT a FROM fact_links WHERE b = ?",
                (r["id"], r["id"]))]
            rec: dict[str, Any] = {
                "id": r["id"],
                "type": r["type"],
                "article": r["article_id"],
                "section": r["section"],
                "evidence": ev,
                "modality": r["modality"],
                "args": json.loads(r["args"]),
                "inferences": json.loads(r["inferences"]),
                "attribution": r["attribution"],
            }
            if links:
                rec["same_as"] = sorted(links)
            yield rec
