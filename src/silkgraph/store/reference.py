"""Reference data (SIPRI Arms Transfers Database) in the knowledge base: all its SQL.

Tables (migration ``0002_reference``): ``ref_imports`` (one row per imported file and
vintage), ``ref_deals`` (one row per deal, belonging to an import) and
``ref_deliveries`` (TIV delivered per deal and year; per-delivery-year exports only).
Vintages are kept apart: every deal row belongs to one import, and queries pick one
vintage per export shape (the newest unless told otherwise).

Public functions (the web/dossier layer calls these):

``import_sipri(store, path, on_progress=None) -> ImportReport``
    Import a SIPRI export (shape detected) in one transaction. Re-importing a file
    already stored under the same vintage is a no-op (``status="unchanged"``).
    Malformed rows are skipped and reported as ``RowError(line, reason)``.

``list_imports(store) -> list[dict]``
    ``{id, file, sha256, shape, vintage, vintage_text, rows, deals, errors, imported_at}``.

``reference_transfers(store, supplier=None, recipient=None, system=None, since=None,
until=None, vintage=None, shape=None) -> list[dict]``
    SIPRI deals shaped like ``arms_transfer`` fact args — ``supplier``, ``recipient``
    (entity ids or None), ``system`` (``wpn:`` id when linked, else the designation),
    ``quantity`` (number ordered; number delivered when the order size is not given),
    ``quantity_qualifier`` ("about" when SIPRI marks it uncertain), ``value``
    (``{"amount", "currency"}`` or None), ``date`` (order year), ``status`` (``ordered``
    or ``delivered``) — plus ``{"origin": "sipri", "sipri_id", "vintage", "tiv",
    "shape", "supplier_name", "recipient_name", "designation", "description",
    "category", "order_year", "number_ordered", "number_delivered", "delivery_years",
    "comments", "value_text", "value_part", "tiv_unit", "tiv_delivered", "line"}``.
    ``supplier``/``recipient`` take entity ids (``state:RUS``); ``system`` an entity id
    (``wpn:j-10c``) or a designation, matched on the normalised designation (prefix
    match, so "J-10C" finds "J-10CE"); ``since``/``until`` keep deals ordered or delivered
    in those years. ``vintage=None`` means the newest import of each shape.

``tiv_rows(store, since, until, vintage=None) -> (import row, list[TivRow])``
    Per-deal-and-year TIV deliveries of the newest (or the given) per-delivery-year
    import, for :mod:`silkgraph.reference.shares`.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from silkgraph.reference.names import designation_key, resolve_actor, resolve_system, system_keys
from silkgraph.reference.shares import TivRow
from silkgraph.reference.sipri import (
    DELIVERIES,
    DeliveryRecord,
    Header,
    RowError,
    SipriFormatError,
    TradeRecord,
    iter_lines,
    parse,
)
from silkgraph.store.sqlite import SQLiteStore, StoreError


@dataclass
class ImportReport:
    file: str
    status: str  # new | unchanged
    shape: str
    vintage: str
    vintage_text: str | None = None
    import_id: int | None = None
    rows: int = 0  # data rows read (records)
    deals: int = 0
    errors: list[RowError] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file, "status": self.status, "shape": self.shape,
            "vintage": self.vintage, "vintage_text": self.vintage_text,
            "import_id": self.import_id, "rows": self.rows, "deals": self.deals,
            "errors": [{"line": e.line, "reason": e.reason} for e in self.errors],
            "seconds": round(self.seconds, 2),
        }


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _deal_row(import_id: int, r: TradeRecord) -> tuple[Any, ...]:
    s, rc = resolve_actor(r.supplier), resolve_actor(r.recipient)
    v = r.value
    return (
        import_id, r.sipri_id, r.line, r.supplier, s.id, r.recipient, rc.id, r.designation,
        designation_key(r.designation), resolve_system(r.designation) if r.designation else None,
        r.description, None, r.number_ordered, int(r.number_ordered_est), r.order_year,
        int(r.order_year_est), r.number_delivered, int(r.number_delivered_est),
        json.dumps(r.delivery_years), r.status, r.comments,
        v.amount if v else None, v.currency if v else None, v.text if v else None,
        int(v.part) if v else 0, r.tiv_unit, r.tiv_total, r.tiv_delivered, None,
    )


_DEAL_SQL = (
    "INSERT INTO ref_deals(import_id, sipri_id, line, supplier_name, supplier_id, recipient_name,"
    " recipient_id, designation, designation_key, system_id, description, category,"
    " number_ordered, number_ordered_est, order_year, order_year_est, number_delivered,"
    " number_delivered_est, delivery_years, status, comments, value_amount, value_currency,"
    " value_text, value_part, tiv_unit, tiv_total, tiv_delivered, local_production)"
    " VALUES (" + ",".join("?" * 29) + ")"
)


def import_sipri(store: SQLiteStore, path: str | Path,
                 on_progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import one SIPRI export file (one transaction); see the module docstring."""
    path = str(path)
    t0 = time.perf_counter()
    try:
        sha = _sha256(path)
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as e:
        raise StoreError(f"{path}: cannot read ({e.strerror or e})") from e
    with fh:
        items = parse(iter_lines(fh))
        try:
            header = next(items)
        except SipriFormatError as e:
            raise StoreError(f"{path}: not a SIPRI export: {e}") from e
        assert isinstance(header, Header)
        vintage = header.vintage or "undated"
        c = store.conn
        row = c.execute("SELECT id, rows, deals, errors FROM ref_imports WHERE vintage = ? AND sha256 = ?",
                        (vintage, sha)).fetchone()
        if row is not None:
            return ImportReport(path, "unchanged", header.shape, vintage, header.vintage_text,
                                row["id"], row["rows"], row["deals"],
                                seconds=time.perf_counter() - t0)
        report = ImportReport(path, "new", header.shape, vintage, header.vintage_text)
        with store.transaction() as c:
            cur = c.execute(
                "INSERT INTO ref_imports(file, sha256, shape, vintage, vintage_text, rows, deals,"
                " errors, imported_at) VALUES (?,?,?,?,?,0,0,0,?)",
                (path, sha, header.shape, vintage, header.vintage_text,
                 datetime.now(UTC).isoformat(timespec="seconds")),
            )
            import_id = int(cur.lastrowid or 0)
            report.import_id = import_id
            deals: list[tuple[Any, ...]] = []
            dl_deals: dict[str, list[DeliveryRecord]] = {}
            dl_rows: list[tuple[Any, ...]] = []
            seen_years: set[tuple[str, int]] = set()
            for item in items:
                if isinstance(item, RowError):
                    report.errors.append(item)
                    continue
                report.rows += 1
                if on_progress is not None and report.rows % 500 == 0:
                    on_progress(item.line)
                if isinstance(item, TradeRecord):
                    deals.append(_deal_row(import_id, item))
                elif isinstance(item, DeliveryRecord):
                    if (item.sipri_id, item.year) in seen_years:
                        report.rows -= 1
                        report.errors.append(RowError(
                            item.line, f"deal {item.sipri_id} has a second row for {item.year}"))
                        continue
                    seen_years.add((item.sipri_id, item.year))
                    dl_deals.setdefault(item.sipri_id, []).append(item)
                    dl_rows.append((import_id, item.sipri_id, item.year, int(item.year_est),
                                    item.number, int(item.number_est), item.tiv, item.line))
            if header.shape == DELIVERIES:
                deals = [_delivery_deal_row(import_id, recs) for recs in dl_deals.values()]
                c.executemany(
                    "INSERT INTO ref_deliveries(import_id, sipri_id, year, year_est, number,"
                    " number_est, tiv, line) VALUES (?,?,?,?,?,?,?,?)", dl_rows)
            c.executemany(_DEAL_SQL, deals)
            report.deals = len(deals)
            c.execute("UPDATE ref_imports SET rows = ?, deals = ?, errors = ? WHERE id = ?",
                      (report.rows, report.deals, len(report.errors), import_id))
    report.seconds = time.perf_counter() - t0
    return report


def _delivery_deal_row(import_id: int, recs: list[DeliveryRecord]) -> tuple[Any, ...]:
    recs = sorted(recs, key=lambda r: r.year)
    r = recs[0]
    s, rc = resolve_actor(r.supplier), resolve_actor(r.recipient)
    numbers = [x.number for x in recs if x.number is not None]
    tivs = [x.tiv for x in recs if x.tiv is not None]
    return (
        import_id, r.sipri_id, r.line, r.supplier, s.id, r.recipient, rc.id, r.designation,
        designation_key(r.designation), resolve_system(r.designation) if r.designation else None,
        r.description, r.category, None, 0, r.order_year, int(r.order_year_est),
        sum(numbers) if numbers else None, int(any(x.number_est for x in recs)),
        json.dumps([x.year for x in recs]), r.status, None, None, None, None, 0,
        r.tiv_unit, None, round(sum(tivs), 6) if tivs else None, int(r.local_production),
    )


# -- queries -------------------------------------------------------------------------

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
