"""Queries over the stored reference data (SIPRI): the imports a query uses (one vintage
per export shape), SIPRI deals shaped like ``arms_transfer`` fact args, and the TIV
delivered per deal and year for the share computations; reads the ``ref_imports``,
``ref_deals`` and ``ref_deliveries`` tables (moved from store/reference.py, which
imports the files; the public functions stay importable from there)."""

from __future__ import annotations

import json
from typing import Any

from silkgraph.reference.names import system_keys
from silkgraph.reference.shares import TivRow
from silkgraph.reference.sipri import DELIVERIES
from silkgraph.store.sqlite import SQLiteStore


def list_imports(store: SQLiteStore) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(
        "SELECT id, file, sha256, shape, vintage, vintage_text, rows, deals, errors, imported_at"
        " FROM ref_imports ORDER BY vintage, id")]


def select_imports(store: SQLiteStore, vintage: str | None = None,
                   shape: str | None = None) -> list[dict[str, Any]]:
    """The imports a query uses: per shape, the newest (or the one of ``vintage``)."""
    out: dict[str, dict[str, Any]] = {}
    for imp in list_imports(store):
        if shape and imp["shape"] != shape:
            continue
        if vintage and not (imp["vintage"] == vintage or imp["vintage"].startswith(vintage)
                            or imp["vintage_text"] == vintage):
            continue
        prev = out.get(imp["shape"])
        if prev is None or (imp["vintage"], imp["id"]) > (prev["vintage"], prev["id"]):
            out[imp["shape"]] = imp
    return list(out.values())


def _as_transfer(r: Any, imp: dict[str, Any]) -> dict[str, Any]:
    years = json.loads(r["delivery_years"])
    delivered = r["number_delivered"]
    qty = r["number_ordered"] if r["number_ordered"] is not None else delivered
    est = r["number_ordered_est"] if r["number_ordered"] is not None else r["number_delivered_est"]
    value = ({"amount": r["value_amount"], "currency": r["value_currency"]}
             if r["value_amount"] is not None else None)
    tiv = r["tiv_total"] if r["tiv_total"] is not None else r["tiv_delivered"]
    return {
        "supplier": r["supplier_id"], "recipient": r["recipient_id"],
        "system": r["system_id"] or r["designation"], "quantity": qty,
        "quantity_qualifier": "about" if est else None, "value": value,
        "date": str(r["order_year"]) if r["order_year"] else None,
        "status": "delivered" if years else "ordered",
        "origin": "sipri", "sipri_id": r["sipri_id"], "vintage": imp["vintage"],
        "vintage_text": imp["vintage_text"], "shape": imp["shape"], "tiv": tiv,
        "supplier_name": r["supplier_name"], "recipient_name": r["recipient_name"],
        "designation": r["designation"], "description": r["description"],
        "category": r["category"], "order_year": r["order_year"],
        "order_year_est": bool(r["order_year_est"]), "number_ordered": r["number_ordered"],
        "number_delivered": delivered, "delivery_years": years, "comments": r["comments"],
        "value_text": r["value_text"], "value_part": bool(r["value_part"]),
        "tiv_unit": r["tiv_unit"], "tiv_delivered": r["tiv_delivered"],
        "sipri_status": r["status"], "line": r["line"],
    }


def designation_matches(keys: list[str], dkey: str) -> float:
    """How well a normalised designation matches the wanted keys: 1 exact, 0.8 prefix, 0.5 contained."""
    best = 0.0
    for k in keys:
        if not k or not dkey:
            continue
        if k == dkey:
            return 1.0
        if dkey.startswith(k) or k.startswith(dkey):
            if abs(len(dkey) - len(k)) <= 3:
                best = max(best, 0.8)
        elif len(k) >= 4 and (k in dkey or dkey in k):
            best = max(best, 0.5)
    return best


def reference_transfers(store: SQLiteStore, supplier: str | None = None,
                        recipient: str | None = None, system: str | None = None,
                        since: int | None = None, until: int | None = None,
                        vintage: str | None = None, shape: str | None = None) -> list[dict[str, Any]]:
    """SIPRI deals shaped like arms_transfer fact args (see the module docstring)."""
    out: list[dict[str, Any]] = []
    keys = system_keys(system) if system else []
    for imp in select_imports(store, vintage, shape):
        sql = "SELECT * FROM ref_deals WHERE import_id = ?"
        params: list[Any] = [imp["id"]]
        if supplier:
            sql += " AND supplier_id = ?"
            params.append(supplier)
        if recipient:
            sql += " AND recipient_id = ?"
            params.append(recipient)
        for r in store.conn.execute(sql + " ORDER BY order_year, sipri_id", params):
            if system and r["system_id"] != system and designation_matches(
                    keys, r["designation_key"]) == 0.0:
                continue
            rec = _as_transfer(r, imp)
            if since is not None or until is not None:
                lo, hi = since or 0, until or 9999
                years = [rec["order_year"] or 0, *rec["delivery_years"]]
                if not any(lo <= y <= hi for y in years):
                    continue
            out.append(rec)
    return out


def deal_deliveries(store: SQLiteStore, import_id: int, sipri_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(
        "SELECT year, number, tiv FROM ref_deliveries WHERE import_id = ? AND sipri_id = ?"
        " ORDER BY year", (import_id, sipri_id))]


def tiv_rows(store: SQLiteStore, since: int, until: int,
             vintage: str | None = None) -> tuple[dict[str, Any] | None, list[TivRow]]:
    """TIV delivered per deal and year in [since, until] from one per-delivery-year import."""
    imps = select_imports(store, vintage, DELIVERIES)
    if not imps:
        return None, []
    imp = imps[0]
    rows = [
        TivRow(r["sipri_id"], r["supplier_id"], r["supplier_name"], r["recipient_id"],
               r["recipient_name"], r["year"], r["tiv"] or 0.0, r["designation"])
        for r in store.conn.execute(
            "SELECT d.sipri_id, d.year, d.tiv, x.supplier_id, x.supplier_name, x.recipient_id,"
            " x.recipient_name, x.designation FROM ref_deliveries d JOIN ref_deals x"
            " ON x.import_id = d.import_id AND x.sipri_id = d.sipri_id"
            " WHERE d.import_id = ? AND d.year BETWEEN ? AND ?", (imp["id"], since, until))
    ]
    return imp, rows


def delivery_years_span(store: SQLiteStore, import_id: int) -> tuple[int, int] | None:
    r = store.conn.execute("SELECT MIN(year), MAX(year) FROM ref_deliveries WHERE import_id = ?",
                           (import_id,)).fetchone()
    return (r[0], r[1]) if r and r[0] is not None else None
