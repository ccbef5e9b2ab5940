"""Shares, ranks and volumes of arms transfers, computed the way SIPRI does.

Pure functions over :class:`TivRow` (TIV delivered per deal and year, from SIPRI's
per-delivery-year export): a supplier's share of a recipient's (or region's) imports
in a period is the sum of the TIV it delivered to them in those years over the sum of
the TIV everyone delivered to them; its share of world exports is its TIV delivered to
anyone over all TIV delivered. Suppliers SIPRI does not know ("unknown supplier(s)")
count in the totals but are never ranked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TivRow:
    sipri_id: str
    supplier_id: str | None
    supplier_name: str
    recipient_id: str | None
    recipient_name: str
    year: int
    tiv: float
    designation: str = ""


@dataclass
class SupplierShare:
    supplier: str | None
    name: str
    tiv: float
    share: float  # percent
    rank: int | None

    def as_dict(self) -> dict[str, Any]:
        return {"supplier": self.supplier, "name": self.name, "tiv": round(self.tiv, 3),
                "share": round(self.share, 2), "rank": self.rank}


@dataclass
class ShareResult:
    supplier: str
    period: tuple[int, int]
    scope: str  # "recipient" | "region" | "world"
    scope_name: str
    scope_ids: list[str]
    tiv: float  # supplier → scope, millions TIV
    scope_total: float  # all suppliers → scope
    share: float | None  # percent of the scope's imports
    rank: int | None  # 1 = largest supplier to the scope
    n_suppliers: int
    top: list[SupplierShare] = field(default_factory=list)
    world_tiv: float = 0.0  # supplier → anyone
    world_total: float = 0.0
    world_share: float | None = None
    world_rank: int | None = None
    world_top: list[SupplierShare] = field(default_factory=list)
    deals: list[dict[str, Any]] = field(default_factory=list)  # top contributing deals

    def as_dict(self) -> dict[str, Any]:
        def r(x: float | None, n: int = 2) -> float | None:
            return None if x is None else round(x, n)

        return {
            "supplier": self.supplier, "period": list(self.period), "scope": self.scope,
            "scope_name": self.scope_name, "scope_ids": self.scope_ids,
            "tiv": r(self.tiv, 3), "scope_total": r(self.scope_total, 3),
            "share": r(self.share), "share_exact": self.share, "rank": self.rank,
            "n_suppliers": self.n_suppliers, "top": [s.as_dict() for s in self.top],
            "world_tiv": r(self.world_tiv, 3), "world_total": r(self.world_total, 3),
            "world_share": r(self.world_share), "world_share_exact": self.world_share,
            "world_rank": self.world_rank, "world_top": [s.as_dict() for s in self.world_top],
            "deals": self.deals,
        }


def _key(row: TivRow) -> str:
    return row.supplier_id or f"?{row.supplier_name}"


def rank_suppliers(rows: Iterable[TivRow]) -> tuple[float, list[SupplierShare]]:
    """Total TIV and suppliers by TIV, largest first (competition ranking; unknowns unranked)."""
    sums: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    for row in rows:
        k = _key(row)
        sums[k] += row.tiv
        names[k] = row.supplier_name
    total = sum(sums.values())
    ordered = sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))
    out: list[SupplierShare] = []
    rank = 0
    prev: float | None = None
    counted = 0
    for k, v in ordered:
        known = not k.startswith("?")
        if known:
            counted += 1
            if prev is None or v < prev:
                rank = counted
            prev = v
        out.append(SupplierShare(None if not known else k, names[k], v,
                                 100.0 * v / total if total else 0.0, rank if known else None))
    return total, out


def compute_share(rows: list[TivRow], supplier: str, period: tuple[int, int],
                  recipients: set[str] | None = None, scope_name: str = "world",
                  scope: str | None = None, top_n: int = 10) -> ShareResult:
    """The supplier's share, rank and volume for recipients (None = the whole world)."""
    y1, y2 = period
    in_period = [r for r in rows if y1 <= r.year <= y2]
    scoped = in_period if recipients is None else [
        r for r in in_period if r.recipient_id in recipients]
    total, ranked = rank_suppliers(scoped)
    mine = next((s for s in ranked if s.supplier == supplier), None)
    w_total, w_ranked = rank_suppliers(in_period)
    w_mine = next((s for s in w_ranked if s.supplier == supplier), None)
    per_deal: dict[str, dict[str, Any]] = {}
    for r in scoped:
        if r.supplier_id != supplier:
            continue
        d = per_deal.setdefault(r.sipri_id, {"sipri_id": r.sipri_id, "recipient": r.recipient_id,
                                             "recipient_name": r.recipient_name,
                                             "designation": r.designation, "tiv": 0.0,
                                             "years": []})
        d["tiv"] += r.tiv
        d["years"].append(r.year)
    deals = sorted(per_deal.values(), key=lambda d: -d["tiv"])[:top_n]
    for d in deals:
        d["tiv"] = round(d["tiv"], 3)
        d["years"] = sorted(d["years"])
    return ShareResult(
        supplier=supplier, period=(y1, y2),
        scope=scope or ("world" if recipients is None else "recipient"),
        scope_name=scope_name, scope_ids=sorted(recipients or []),
        tiv=mine.tiv if mine else 0.0, scope_total=total,
        share=(100.0 * (mine.tiv if mine else 0.0) / total) if total else None,
        rank=mine.rank if mine else None,
        n_suppliers=sum(1 for s in ranked if s.supplier is not None),
        top=ranked[:top_n], world_tiv=w_mine.tiv if w_mine else 0.0, world_total=w_total,
        world_share=(100.0 * (w_mine.tiv if w_mine else 0.0) / w_total) if w_total else None,
        world_rank=w_mine.rank if w_mine else None, world_top=w_ranked[:top_n], deals=deals,
    )
