"""CSV export: one file per fact type (``arms_transfers.csv`` has SIPRI-like columns)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from silkgraph.analyse.kb import KnowledgeBase
from silkgraph.analyse.records import FactRecord

TRANSFER_COLUMNS = [
    "supplier", "recipient", "designation", "description", "number", "number_qualifier",
    "order_date", "date_text", "status", "value", "currency", "modality", "supplier_id",
    "recipient_id", "system_id", "article", "source", "fact_id", "evidence",
]


def _ev(f: FactRecord) -> str:
    return " … ".join(e.text for e in f.evidence)


def _n(f: FactRecord, v: Any) -> str:
    if isinstance(v, list):
        return "; ".join(_n(f, x) for x in v)
    return "" if v is None else f.names.get(str(v), str(v))


def _base(f: FactRecord) -> dict[str, Any]:
    return {"modality": f.modality, "section": f.section, "article": f.article_id,
            "fact_id": f.id, "evidence": _ev(f)}


def _transfer(f: FactRecord, sources: dict[str, str], categories: dict[str, str]) -> dict[str, Any]:
    a = f.args
    system = a.get("system")
    value = a.get("value") or {}
    is_entity = isinstance(system, str) and system in f.names
    return {
        "supplier": _n(f, a.get("supplier")), "recipient": _n(f, a.get("recipient")),
        "designation": _n(f, system) if is_entity else "",
        "description": categories.get(system, "") if is_entity else (system or ""),
        "number": a.get("quantity") if a.get("quantity") is not None else "",
        "number_qualifier": a.get("quantity_qualifier") or "",
        "order_date": a.get("date") or "", "date_text": a.get("date_text") or "",
        "status": a.get("status") or "", "value": value.get("amount", ""),
        "currency": value.get("currency", ""), "modality": f.modality,
        "supplier_id": a.get("supplier") or "", "recipient_id": a.get("recipient") or "",
        "system_id": system if is_entity else "", "article": f.article_id,
        "source": sources.get(f.article_id, ""), "fact_id": f.id, "evidence": _ev(f),
    }


def _event(f: FactRecord) -> dict[str, Any]:
    a = f.args
    return {"date": a.get("date") or "", "date_text": a.get("date_text") or "",
            "event_type": a.get("event_type") or "", "plover": a.get("plover") or "",
            "actors": _n(f, a.get("actors") or []), "targets": _n(f, a.get("targets") or []),
            "location": _n(f, a.get("location")), "fatalities": a.get("fatalities") or "",
            "actor_ids": "; ".join(a.get("actors") or []),
            "target_ids": "; ".join(a.get("targets") or []), **_base(f)}


def _membership(f: FactRecord) -> dict[str, Any]:
    a = f.args
    return {"member": _n(f, a.get("member")), "organization": _n(f, a.get("organization")),
            "role": a.get("role") or "", "since": a.get("since") or "",
            "member_id": a.get("member") or "", "organization_id": a.get("organization") or "",
            **_base(f)}


def _relation(f: FactRecord) -> dict[str, Any]:
    a = f.args
    return {"a": _n(f, a.get("a")), "b": _n(f, a.get("b")), "kind": a.get("kind") or "",
            "a_id": a.get("a") or "", "b_id": a.get("b") or "", **_base(f)}


def _statistic(f: FactRecord) -> dict[str, Any]:
    a = f.args
    period = a.get("period") or []
    return {"subject": _n(f, a.get("subject")), "measure": a.get("measure") or "",
            "value": a.get("value"), "unit": a.get("unit") or "",
            "period_start": period[0] if len(period) > 0 else "",
            "period_end": period[1] if len(period) > 1 else "",
            "scope": _n(f, a.get("scope")), "subject_id": a.get("subject") or "", **_base(f)}


ROWS: dict[str, tuple[str, Callable[[FactRecord], dict[str, Any]]]] = {
    "event": ("events.csv", _event),
    "membership": ("memberships.csv", _membership),
    "relation": ("relations.csv", _relation),
    "statistic": ("statistics.csv", _statistic),
}


def _write(path: Path, rows: list[dict[str, Any]], columns: list[str] | None = None) -> None:
    cols = columns or (list(rows[0]) if rows else ["fact_id"])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)


def write_csv(kb: KnowledgeBase, folder: str | Path) -> dict[str, int]:
    """Write one CSV per fact type (plus entities.csv) into ``folder``; return rows per file."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    sources = {r[0]: r[1] for r in kb.conn.execute(
        "SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id")}
    cats = {e.id: str(e.attrs.get("category", "")) for e in kb.entities(type="weapon_system", limit=100000)}
    written: dict[str, int] = {}
    rows = [_transfer(f, sources, cats) for f in kb.facts(type="arms_transfer", limit=None)]
    _write(out / "arms_transfers.csv", rows, TRANSFER_COLUMNS)
    written["arms_transfers.csv"] = len(rows)
    for ftype, (fname, fn) in ROWS.items():
        rows = [fn(f) for f in kb.facts(type=ftype, limit=None)]
        _write(out / fname, rows, list(fn(_EMPTY).keys()))
        written[fname] = len(rows)
    ents = [{"id": e.id, "type": e.type, "name": e.name, "iso3": e.iso3 or "",
             "country": e.country or "", "aliases": "; ".join(e.aliases), "mentions": e.mentions,
             "facts": e.facts} for e in kb.entities(limit=1_000_000)]
    _write(out / "entities.csv", ents, ["id", "type", "name", "iso3", "country", "aliases",
                                        "mentions", "facts"])
    written["entities.csv"] = len(ents)
    return written


_EMPTY = FactRecord("", "", "", None, "", "", None, {}, [])
