"""Shares over the knowledge base: resolve names, pick the vintage, compute (see reference.shares)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from silkgraph.reference.names import display_name, resolve_region, resolve_state
from silkgraph.reference.shares import ShareResult, compute_share
from silkgraph.store.reference import delivery_years_span, tiv_rows
from silkgraph.store.sqlite import SQLiteStore


class ShareError(ValueError):
    """A share cannot be computed (unknown name, no reference data, period out of range)."""


@dataclass
class ShareAnswer:
    result: ShareResult
    vintage: str
    vintage_text: str | None
    coverage: tuple[int, int] | None

    def as_dict(self) -> dict[str, Any]:
        d = self.result.as_dict()
        d.update({"vintage": self.vintage, "vintage_text": self.vintage_text,
                  "coverage": list(self.coverage) if self.coverage else None,
                  "source": f"SIPRI Arms Transfers Database, data generated {self.vintage}"})
        return d


def parse_years(text: str) -> tuple[int, int]:
    """"2011-2020" → (2011, 2020); "2020" → (2020, 2020)."""
    parts = [p for p in text.replace("–", "-").split("-") if p.strip()]
    try:
        ys = [int(p) for p in parts]
    except ValueError as e:
        raise ShareError(f"not a year range: {text!r} (use e.g. 2011-2020)") from e
    if len(ys) == 1:
        return ys[0], ys[0]
    if len(ys) != 2 or ys[0] > ys[1]:
        raise ShareError(f"not a year range: {text!r} (use e.g. 2011-2020)")
    return ys[0], ys[1]


def share(store: SQLiteStore, supplier: str, period: tuple[int, int], recipient: str | None = None,
          region: str | None = None, vintage: str | None = None) -> ShareAnswer:
    """Supplier's TIV, share and rank for a recipient, a region or (neither) the world."""
    sup = resolve_state(supplier)
    if not sup:
        raise ShareError(f"unknown supplier: {supplier!r}")
    imp, rows = tiv_rows(store, period[0], period[1], vintage)
    if imp is None:
        raise ShareError("no per-delivery-year SIPRI data imported"
                         + (f" for vintage {vintage}" if vintage else "")
                         + " (silkgraph reference import-sipri FILE)")
    span = delivery_years_span(store, imp["id"])
    if span and (period[0] < span[0] or period[1] > span[1]):
        raise ShareError(f"period {period[0]}-{period[1]} lies outside the data's delivery years"
                         f" {span[0]}-{span[1]} (vintage {imp['vintage']})")
    if recipient:
        rec = resolve_state(recipient)
        if not rec:
            raise ShareError(f"unknown recipient: {recipient!r}")
        res = compute_share(rows, sup, period, {rec}, display_name(rec), "recipient")
    elif region:
        reg = resolve_region(region)
        if reg is None:
            raise ShareError(f"unknown region: {region!r} (see regions.yaml)")
        res = compute_share(rows, sup, period, set(reg.members), reg.name, "region")
    else:
        res = compute_share(rows, sup, period, None, "world", "world")
    return ShareAnswer(res, imp["vintage"], imp["vintage_text"], span)
