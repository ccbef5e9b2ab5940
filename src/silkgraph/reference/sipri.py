"""Parsers for SIPRI Arms Transfers Database CSV exports (pure, streaming).

Two shapes, detected from the header row:

``trade_register``
    The classic trade register: Latin-1, an 11-line banner, a header with blank cells
    (``Recipient,Supplier,Year of order, ,Number ordered, ,…``), one row per deal, deal
    values inside ``Comments`` ("$1.4 b deal", "EUR7.8 b deal", "Part of $1.6 b deal"),
    and a few records whose comment is broken across two physical lines (stitched back
    here). This export has **no deal id**: each record gets a stable synthetic id
    ``TR-<hash>`` over its fields (plus an occurrence counter for identical rows).

``deliveries``
    The newer per-delivery-year export: one row per deal and delivery year with the
    TIV delivered that year; ``SIPRI AT Database ID`` is the deal id; lines end in ``;``.

:func:`parse` yields :class:`Header` first, then :class:`TradeRecord` /
:class:`DeliveryRecord` items or :class:`RowError` (line number + reason) for rows it
cannot read; the caller decides what to do with errors (the importer reports and skips).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import BinaryIO

from silkgraph.reference.sipri_records import (
    _DL_COLS,
    _TR_COLS,
    DELIVERIES,
    TRADE_REGISTER,
    DealValue,
    DeliveryRecord,
    Header,
    Item,
    RowError,
    SipriFormatError,
    TradeRecord,
)

# -- small field parsers -----------------------------------------------------------

def _int(s: str) -> int | None:
    s = s.strip()
    if not s:
        return None
    try:
        return int(float(s))
    except ValueError as e:
        raise ValueError(f"not a number: {s!r}") from e


def _float(s: str) -> float | None:
    s = s.strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError as e:
        raise ValueError(f"not a number: {s!r}") from e


def _year(s: str) -> int | None:
    v = _int(s)
    if v is not None and not 1900 <= v <= 2100:
        raise ValueError(f"not a year: {s!r}")
    return v


def _yes(s: str) -> bool:
    return s.strip().lower() in ("yes", "?", "y", "true")


_VALUE_RE = re.compile(
    r"(?P<cur>\$|US\$|EUR|€|£|GBP|[A-Z]{3})\s?(?P<lo>\d+(?:\.\d+)?)(?:\s?-\s?(?P<hi>\d+(?:\.\d+)?))?"
    r"\s?(?P<mult>b|bn|billion|m|million)\b",
)
_CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}


def parse_value(comments: str) -> DealValue | None:
    """The deal value in a trade-register comment ("$1.4 b deal" → 1.4e9 USD).

    A USD figure wins over a local-currency one ("PHP19 b ($375 m) deal" → 375e6 USD);
    a range ("$160-200m deal") gives its midpoint.
    """
    best: DealValue | None = None
    for m in _VALUE_RE.finditer(comments):
        cur = _CURRENCIES.get(m["cur"], m["cur"])
        lo = float(m["lo"])
        hi = float(m["hi"]) if m["hi"] else lo
        mult = 1e9 if m["mult"].startswith("b") else 1e6
        start = max(0, comments.rfind(";", 0, m.start()) + 1)
        part = comments[start : m.start()].strip().lower().startswith("part of")
        v = DealValue((lo + hi) / 2 * mult, cur, m.group(0), part)
        if best is None or (cur == "USD" and best.currency != "USD"):
            best = v
    return best


def _vintage(line: str) -> tuple[str | None, str | None]:
    m = re.search(r"Data generated:\s*(.+?)\s*;?\s*$", line)
    if not m:
        return None, None
    text = m.group(1).strip().rstrip(";").strip()
    for fmt in ("%d %b %Y %I:%M:%S %p", "%d %b %Y %H:%M:%S", "%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat(), text
        except ValueError:
            continue
    m2 = re.search(r"(\d{1,2} \w{3} \d{4})", text)
    if m2:
        try:
            return datetime.strptime(m2.group(1), "%d %b %Y").date().isoformat(), text
        except ValueError:
            pass
    return None, text


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def iter_lines(fh: BinaryIO) -> Iterator[tuple[int, str]]:
    """(1-based line number, text without line ending) from a binary file: UTF-8, else Latin-1."""
    for n, raw in enumerate(fh, start=1):
        yield n, _decode(raw).rstrip("\r\n")


def _split(text: str) -> list[str]:
    return next(csv.reader([text]))


def detect_shape(header: str) -> str | None:
    h = header.strip().rstrip(";").lower()
    if h.startswith("sipri at database id"):
        return DELIVERIES
    if h.startswith("recipient,supplier"):
        return TRADE_REGISTER
    return None


# -- the parsers -------------------------------------------------------------------

def parse(lines: Iterable[tuple[int, str]], max_banner: int = 40) -> Iterator[Item]:
    """Parse a SIPRI export given (line number, text) pairs; the first item is a :class:`Header`."""
    it = iter(lines)
    banner: list[str] = []
    vintage = vintage_text = None
    shape = None
    header_line = 0
    for n, text in it:
        shape = detect_shape(text)
        if shape:
            header_line = n
            break
        banner.append(text)
        if "Data generated" in text:
            vintage, vintage_text = _vintage(text)
        if n >= max_banner:
            break
    if not shape:
        raise SipriFormatError(
            "no SIPRI header row (expected 'Recipient,Supplier,…' or 'SIPRI AT Database ID,…')"
            f" in the first {max_banner} lines")
    yield Header(shape, vintage, vintage_text, header_line, banner)
    if shape == TRADE_REGISTER:
        yield from _parse_trade_register(it)
    else:
        yield from _parse_deliveries(it)


def _parse_trade_register(it: Iterator[tuple[int, str]]) -> Iterator[TradeRecord | RowError]:
    seen: dict[str, int] = {}
    pending: tuple[int, str] | None = None
    while True:
        if pending is not None:
            n, text = pending
            pending = None
        else:
            nxt = next(it, None)
            if nxt is None:
                return
            n, text = nxt
        if not text.strip():
            continue
        fields = _split(text)
        # a comment broken across lines: stitch following physical lines back on
        while len(fields) < _TR_COLS:
            nxt = next(it, None)
            if nxt is None:
                break
            joined = text + " " + nxt[1]
            jf = _split(joined)
            if len(jf) > _TR_COLS:
                pending = nxt
                break
            text, fields = joined, jf
        if len(fields) != _TR_COLS:
            yield RowError(n, f"expected {_TR_COLS} fields, found {len(fields)}")
            continue
        try:
            rec = _trade_record(n, fields)
        except ValueError as e:
            yield RowError(n, str(e))
            continue
        key = "\x1f".join(f.strip() for f in fields)
        occ = seen.get(key, 0)
        seen[key] = occ + 1
        rec.sipri_id = "TR-" + hashlib.sha256(f"{key}\x1f{occ}".encode()).hexdigest()[:12]
        yield rec


def _trade_record(n: int, f: list[str]) -> TradeRecord:
    recipient, supplier = f[0].strip(), f[1].strip()
    if not recipient or not supplier:
        raise ValueError("empty supplier or recipient")
    years = []
    for y in f[10].split(";"):
        if y.strip():
            yv = _year(y)
            if yv is not None:
                years.append(yv)
    comments = f[12].strip()
    return TradeRecord(
        line=n, sipri_id="", recipient=recipient, supplier=supplier,
        order_year=_year(f[2]), order_year_est=f[3].strip() == "?",
        number_ordered=_int(f[4]), number_ordered_est=f[5].strip() == "?",
        designation=f[6].strip(), description=f[7].strip(),
        number_delivered=_int(f[8]), number_delivered_est=f[9].strip() == "?",
        delivery_years=years, status=f[11].strip(), comments=comments,
        tiv_unit=_float(f[13]), tiv_total=_float(f[14]), tiv_delivered=_float(f[15]),
        value=parse_value(comments),
    )


def _parse_deliveries(it: Iterator[tuple[int, str]]) -> Iterator[DeliveryRecord | RowError]:
    for n, text in it:
        t = text.strip()
        if not t or t == ";":
            continue
        if t.endswith(";"):
            t = t[:-1]
        f = _split(t)
        if len(f) != _DL_COLS:
            yield RowError(n, f"expected {_DL_COLS} fields, found {len(f)}")
            continue
        try:
            sid = f[0].strip()
            if not sid.isdigit():
                raise ValueError(f"deal id is not a number: {sid!r}")
            year = _year(f[10])
            if year is None:
                raise ValueError("no delivery year")
            yield DeliveryRecord(
                line=n, sipri_id=sid, supplier=f[1].strip(), recipient=f[2].strip(),
                designation=f[3].strip(), description=f[4].strip(), category=f[5].strip(),
                order_year=_year(f[6]), order_year_est=_yes(f[7]),
                number=_int(f[8]), number_est=_yes(f[9]), year=year, year_est=_yes(f[11]),
                status=f[12].strip(), sipri_estimate=_float(f[13]), tiv_unit=_float(f[14]),
                tiv=_float(f[15]), local_production=_yes(f[16]),
            )
        except ValueError as e:
            yield RowError(n, str(e))


def parse_file(path: str) -> Iterator[Item]:
    """Parse a SIPRI export file (streaming)."""
    with open(path, "rb") as fh:
        yield from parse(iter_lines(fh))
