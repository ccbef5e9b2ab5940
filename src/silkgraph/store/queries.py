"""Read-only queries behind the analyst workbench (the Python API, CLI, REST API and UI).

Every function takes an open ``sqlite3.Connection`` (``SQLiteStore.conn``) and returns
plain rows as dicts; JSON columns are decoded. Nothing here writes.

Dates are partial ISO strings ("2025", "2025-05", "2025-05-07"). ``since``/``until``
filters keep a fact whose date *overlaps* the period: a fact dated "2025" matches
``since="2025-05"``. Facts without a date are left out when a period is given.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

Row = dict[str, Any]


def _rows(cur: sqlite3.Cursor) -> list[Row]:
    return [dict(r) for r in cur.fetchall()]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for table in ("sources", "articles", "sentences", "entities", "mentions", "facts"):
        out[table] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    for r in conn.execute("SELECT type, COUNT(*) FROM facts GROUP BY type"):
        out[f"facts.{r[0]}"] = r[1]
    return out


# -- entities -------------------------------------------------------------------------

_ENTITY_SELECT = (
    "SELECT e.id, e.type, e.name, e.iso3, e.country, e.attrs,"
    " (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS n_mentions,"
    " (SELECT COUNT(DISTINCT fe.fact_id) FROM fact_entities fe WHERE fe.entity_id = e.id) AS n_facts"
    " FROM entities e"
)


def _entity(r: Row) -> Row:
    r["attrs"] = json.loads(r.get("attrs") or "{}")
    return r


def entities(conn: sqlite3.Connection, *, type: str | None = None, q: str | None = None,
             limit: int = 50, offset: int = 0) -> list[Row]:
    where, params = ["1"], []
    if type:
        where.append("e.type = ?")
        params.append(type)
    if q:
        where.append("(e.name LIKE ? OR e.id LIKE ? OR EXISTS (SELECT 1 FROM aliases al"
                     " WHERE al.entity_id = e.id AND al.alias LIKE ?))")
        params += [f"%{q}%"] * 3
    sql = (f"{_ENTITY_SELECT} WHERE {' AND '.join(where)}"
           " ORDER BY n_mentions DESC, n_facts DESC, e.name LIMIT ? OFFSET ?")
    return [_entity(r) for r in _rows(conn.execute(sql, (*params, limit, offset)))]


def entity(conn: sqlite3.Connection, entity_id: str) -> Row | None:
    rows = _rows(conn.execute(f"{_ENTITY_SELECT} WHERE e.id = ?", (entity_id,)))
    return _entity(rows[0]) if rows else None


def entity_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", chunk):
            out[r[0]] = r[1]
    return out


def entity_types(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT id, type FROM entities WHERE id IN ({marks})", ids)}


def aliases(conn: sqlite3.Connection, entity_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT alias FROM aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]


def name_table(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(entity id, name or alias) for every entity: what name resolution searches."""
    out = [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM entities")]
    out += [(r[0], r[1]) for r in conn.execute("SELECT DISTINCT entity_id, alias FROM aliases")]
    out += [(r[0], r[1]) for r in conn.execute(
        "SELECT DISTINCT entity_id, text FROM mentions")]
    out += [(r[0], r[1]) for r in conn.execute("SELECT id, iso3 FROM entities WHERE iso3 IS NOT NULL")]
    return out


def comentioned(conn: sqlite3.Connection, entity_id: str, limit: int = 15) -> list[Row]:
    """Entities mentioned in the same sentences as ``entity_id``, most frequent first."""
    return _rows(conn.execute(
        "SELECT e.id, e.type, e.name, COUNT(DISTINCT m2.sentence_id) AS n"
        " FROM mentions m1 JOIN mentions m2 ON m2.sentence_id = m1.sentence_id"
        " AND m2.entity_id != m1.entity_id JOIN entities e ON e.id = m2.entity_id"
        " WHERE m1.entity_id = ? AND m1.sentence_id IS NOT NULL"
        " AND e.type IN ('state','organization','armed_group','person','company')"
        " GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?", (entity_id, limit)))


def top_entities(conn: sqlite3.Connection, types: Sequence[str], limit: int = 15) -> list[Row]:
    marks = ",".join("?" * len(types))
    return _rows(conn.execute(
        "SELECT e.id, e.type, e.name, COUNT(*) AS n FROM mentions m"
        f" JOIN entities e ON e.id = m.entity_id WHERE e.type IN ({marks})"
        " GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?", (*types, limit)))


def sentences_mentioning(conn: sqlite3.Connection, entity_id: str, limit: int = 50) -> list[Row]:
    return _rows(conn.execute(
        "SELECT DISTINCT s.id, s.article_id, a.title AS article_title, s.section, s.start,"
        ' s."end", s.text FROM mentions m JOIN sentences s ON s.id = m.sentence_id'
        " JOIN articles a ON a.id = s.article_id WHERE m.entity_id = ?"
        " ORDER BY a.ref_date DESC, s.article_id, s.ord LIMIT ?", (entity_id, limit)))


# -- facts ----------------------------------------------------------------------------

_FACT_SELECT = (
    "SELECT f.id, f.type, f.article_id, f.section, f.modality, f.date, f.args, f.inferences,"
    " f.attribution, f.confidence, f.origin, a.title AS article_title, a.ref_date,"
    " a.published FROM facts f JOIN articles a ON a.id = f.article_id"
)


def _period(where: list[str], params: list[Any], since: str | None, until: str | None,
            col: str = "f.date") -> None:
    if since:
        where.append(f"{col} IS NOT NULL AND {col} || '~' >= ?")
        params.append(since)
    if until:
        where.append(f"{col} IS NOT NULL AND {col} <= ? || '~'")
        params.append(until)


def facts(conn: sqlite3.Connection, *, type: str | Sequence[str] | None = None,
          entities: Sequence[tuple[str | None, str]] = (), any_entity: Sequence[str] = (),
          arg_equals: Sequence[tuple[str, str]] = (), modality: str | None = None,
          since: str | None = None, until: str | None = None, article: str | None = None,
          limit: int | None = 100, offset: int = 0, order: str = "date") -> list[Row]:
    """Facts with their evidence.

    ``entities``: (role or None, entity id) pairs that must all be present in
    ``fact_entities``; ``any_entity``: facts that involve any of these ids in any role;
    ``arg_equals``: (json path under args, value) pairs, compared case-insensitively.
    """
    where: list[str] = ["1"]
    params: list[Any] = []
    if isinstance(type, str):
        where.append("f.type = ?")
        params.append(type)
    elif type:
        where.append(f"f.type IN ({','.join('?' * len(type))})")
        params += list(type)
    for role, eid in entities:
        if role:
            where.append("EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_id = f.id"
                         " AND fe.role = ? AND fe.entity_id = ?)")
            params += [role, eid]
        else:
            where.append("EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_id = f.id"
                         " AND fe.entity_id = ?)")
            params.append(eid)
    if any_entity:
        marks = ",".join("?" * len(any_entity))
        where.append("EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_id = f.id"
                     f" AND fe.entity_id IN ({marks}))")
        params += list(any_entity)
    for path, value in arg_equals:
        where.append(f"lower(CAST(json_extract(f.args, '$.{path}') AS TEXT)) = lower(?)")
        params.append(value)
    if modality:
        where.append("f.modality = ?")
        params.append(modality)
    if article:
        where.append("f.article_id = ?")
        params.append(article)
    _period(where, params, since, until)
    order_by = {"date": "COALESCE(f.date, a.ref_date) DESC, f.id",
                "date_asc": "COALESCE(f.date, a.ref_date), f.id",
                "position": "(SELECT MIN(start) FROM evidence ev WHERE ev.fact_id = f.id), f.id",
                }.get(order, "f.id")
    sql = f"{_FACT_SELECT} WHERE {' AND '.join(where)} ORDER BY {order_by}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = _rows(conn.execute(sql, params))
    ev = evidence(conn, [r["id"] for r in rows])
    for r in rows:
        r["args"] = json.loads(r["args"])
        r["inferences"] = json.loads(r["inferences"] or "{}")
        r["evidence"] = ev.get(r["id"], [])
    return rows


def evidence(conn: sqlite3.Connection, fact_ids: Sequence[str]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    ids = list(fact_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            f'SELECT fact_id, start, "end", text FROM evidence WHERE fact_id IN ({marks})'
            " ORDER BY fact_id, ord", chunk,
        ):
            out.setdefault(r[0], []).append({"start": r[1], "end": r[2], "text": r[3]})
    return out


# -- articles ---------------------------------------------------------------------------

_ARTICLE_SELECT = (
    "SELECT a.id, a.source_id, s.name AS source, a.title, a.authors, a.published,"
    " a.published_estimate, a.ref_date, a.start, a.\"end\","
    " (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS n_facts,"
    " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS n_mentions"
    " FROM articles a JOIN sources s ON s.id = a.source_id"
)


def _article(r: Row) -> Row:
    r["authors"] = json.loads(r["authors"] or "[]")
    r["published_estimate"] = json.loads(r["published_estimate"]) if r["published_estimate"] else None
    return r


def articles(conn: sqlite3.Connection, *, entity: str | None = None, limit: int = 50,
             offset: int = 0) -> list[Row]:
    where, params = "1", []
    if entity:
        where = "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)"
        params.append(entity)
    sql = (f"{_ARTICLE_SELECT} WHERE {where}"
           " ORDER BY a.ref_date IS NULL, a.ref_date DESC, s.name, a.ord LIMIT ? OFFSET ?")
    return [_article(r) for r in _rows(conn.execute(sql, (*params, limit, offset)))]


def article(conn: sqlite3.Connection, article_id: str) -> Row | None:
    rows = _rows(conn.execute(f"{_ARTICLE_SELECT} WHERE a.id = ?", (article_id,)))
    if not rows:
        return None
    r = _article(rows[0])
    text = conn.execute("SELECT substr(text, ?, ?) FROM sources WHERE id = ?",
                        (r["start"] + 1, r["end"] - r["start"], r["source_id"])).fetchone()[0]
    r["text"] = text or ""
    r["sections"] = _rows(conn.execute(
        'SELECT kind, label, start, "end" FROM sections WHERE article_id = ? ORDER BY ord',
        (article_id,)))
    return r


def article_mentions(conn: sqlite3.Connection, article_id: str) -> list[Row]:
    return _rows(conn.execute(
        'SELECT m.start, m."end", m.text, m.entity_id, m.kind, e.type AS entity_type,'
        " e.name AS entity_name FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? ORDER BY m.start", (article_id,)))


# -- search -----------------------------------------------------------------------------

HL_OPEN, HL_CLOSE = "\x02", "\x03"


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, offset: int = 0) -> list[Row]:
    """FTS5 search over sentences; ``highlighted`` marks hits with \\x02 … \\x03."""
    sql = (
        "SELECT s.id, s.article_id, a.title AS article_title, a.ref_date, s.section, s.start,"
        f' s."end", s.text, highlight(sentences_fts, 0, \'{HL_OPEN}\', \'{HL_CLOSE}\') AS highlighted,'
        " bm25(sentences_fts) AS score FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
        " JOIN articles a ON a.id = s.article_id WHERE sentences_fts MATCH ?"
        " ORDER BY score, s.id LIMIT ? OFFSET ?"
    )
    try:
        return _rows(conn.execute(sql, (query, limit, offset)))
    except sqlite3.OperationalError:
        # not valid FTS5 syntax: search the words as plain terms
        words = ['"' + w.replace('"', '""') + '"' for w in query.split() if w.strip()]
        if not words:
            return []
        return _rows(conn.execute(sql, (" ".join(words), limit, offset)))
