"""Field-by-field comparison of an arms_transfer fact with one SIPRI deal (pure functions).

:func:`compare_transfer` labels quantity, order or delivery year and value ``matches``,
``differs`` or ``unknown``; :mod:`silkgraph.analyse.checks` picks the deal and writes the verdict.
"""

from __future__ import annotations

import re
from typing import Any

VALUE_TOLERANCE_REL = 0.05
VALUE_TOLERANCE = "±5 % of the SIPRI deal value (same currency)"


def year_of(d: Any) -> int | None:
    """The year of a fact's date (an int, or a partial ISO string "2025-05"), else None."""
    if isinstance(d, int):
        return d
    if isinstance(d, str):
        m = re.match(r"(\d{4})", d)
        if m:
            return int(m.group(1))
    return None


def deal_summary(c: dict[str, Any]) -> dict[str, Any]:
    """The fields of a SIPRI deal a verdict shows."""
    keys = ("sipri_id", "vintage", "shape", "supplier_name", "recipient_name", "designation",
            "description", "order_year", "number_ordered", "number_delivered", "delivery_years",
            "value", "value_text", "comments", "tiv", "line")
    return {k: c.get(k) for k in keys}


def compare_transfer(args: dict[str, Any], deal: dict[str, Any]) -> list[dict[str, Any]]:
    """Field-by-field comparison of an arms_transfer fact with one SIPRI deal (pure)."""
    out: list[dict[str, Any]] = []
    status = args.get("status")
    delivered_claim = status in ("delivered", "in_service")

    def add(name: str, claimed: Any, sipri: Any, result: str, note: str = "") -> None:
        out.append({"field": name, "claimed": claimed, "sipri": sipri, "result": result,
                    **({"note": note} if note else {})})

    q = args.get("quantity")
    if isinstance(q, int | float):
        ref = deal["number_delivered"] if delivered_claim else deal["number_ordered"]
        label = "number delivered" if delivered_claim else "number ordered"
        if ref is None and not delivered_claim:
            ref, label = deal["number_delivered"], "number delivered (order size not given)"
        if ref is None:
            add("quantity", q, None, "unknown", f"SIPRI gives no {label}")
        else:
            qual = args.get("quantity_qualifier") or ""
            ok = (q == ref or ("up to" in qual and ref <= q) or ("at least" in qual and ref >= q)
                  or (qual in ("about", "around", "some", "nearly", "approximately")
                      and abs(ref - q) <= 0.1 * max(ref, q)))
            add("quantity", q, ref, "matches" if ok else "differs", label)
    y = year_of(args.get("date"))
    if y is not None:
        years = deal["delivery_years"] or []
        if delivered_claim:
            ok = y in years
            add("delivery years", y, years, "matches" if ok else "differs",
                "" if ok else f"ordered {deal['order_year']}")
        else:
            oy = deal["order_year"]
            if oy is None:
                add("order year", y, None, "unknown")
            else:
                note = f"{y} is a delivery year" if y in years else ""
                add("order year", y, oy, "matches" if y == oy else "differs", note)
    val = args.get("value")
    if isinstance(val, dict) and isinstance(val.get("amount"), int | float):
        sv = deal.get("value")
        claimed = {"amount": val["amount"], "currency": val.get("currency") or "USD"}
        if not sv:
            add("value", claimed, None, "unknown", "SIPRI records no deal value")
        elif sv["currency"] != claimed["currency"]:
            add("value", claimed, sv, "unknown", "different currencies")
        else:
            rel = abs(val["amount"] - sv["amount"]) / sv["amount"] if sv["amount"] else 1.0
            note = f"{rel * 100:.1f} % apart; SIPRI comment: {deal.get('value_text')!s}"
            if deal.get("value_part"):
                note += " (SIPRI: this deal is part of a larger one)"
            add("value", claimed, sv, "matches" if rel <= VALUE_TOLERANCE_REL else "differs", note)
    return out
