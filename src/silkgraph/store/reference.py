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

from silkgraph.reference.names import designation_key, resolve_actor, resolve_system
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
from silkgraph.store.reference_queries import deal_deliveries as deal_deliveries
from silkgraph.store.reference_queries import delivery_years_span as delivery_years_span
from silkgraph.store.reference_queries import designation_matches as designation_matches
from silkgraph.store.reference_queries import list_imports as list_imports
from silkgraph.store.reference_queries import reference_transfers as reference_transfers
from silkgraph.store.reference_queries import select_imports as select_imports
from silkgraph.store.reference_queries import tiv_rows as tiv_rows
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
