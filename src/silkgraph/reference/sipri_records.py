"""The items the SIPRI export parsers yield (a header, a trade-register deal, a delivery
year, an unreadable row, a deal's value), the two export shapes' names and column counts,
and the error for a file that is no SIPRI export; the store's importer reads them
(moved from reference/sipri.py, which parses the files)."""

from __future__ import annotations

from dataclasses import dataclass, field

TRADE_REGISTER = "trade_register"
DELIVERIES = "deliveries"

_TR_COLS = 16
_DL_COLS = 17


@dataclass
class Header:
    shape: str
    vintage: str | None  # ISO date of "Data generated", e.g. "2025-03-13"
    vintage_text: str | None  # as written, e.g. "13 Mar 2025 10:02:49 AM"
    header_line: int
    banner: list[str] = field(default_factory=list)


@dataclass
class RowError:
    line: int
    reason: str


@dataclass
class DealValue:
    amount: float
    currency: str
    text: str
    part: bool = False  # "Part of $1.6 b deal": the value covers more than this record


@dataclass
class TradeRecord:
    line: int
    sipri_id: str
    recipient: str
    supplier: str
    order_year: int | None
    order_year_est: bool
    number_ordered: int | None
    number_ordered_est: bool
    designation: str
    description: str
    number_delivered: int | None
    number_delivered_est: bool
    delivery_years: list[int]
    status: str
    comments: str
    tiv_unit: float | None
    tiv_total: float | None
    tiv_delivered: float | None
    value: DealValue | None


@dataclass
class DeliveryRecord:
    line: int
    sipri_id: str
    supplier: str
    recipient: str
    designation: str
    description: str
    category: str
    order_year: int | None
    order_year_est: bool
    number: int | None
    number_est: bool
    year: int
    year_est: bool
    status: str
    sipri_estimate: float | None
    tiv_unit: float | None
    tiv: float | None
    local_production: bool


Item = Header | TradeRecord | DeliveryRecord | RowError


class SipriFormatError(ValueError):
    """The file is not a SIPRI export this module understands."""
