"""Scorers of gold facts against exported facts: transfers, events, memberships,
relations and statistics."""

from __future__ import annotations

from typing import Any

from .gold import GoldEvent, GoldMembership, GoldRelation, GoldStatistic, GoldTransfer
from .score_dates import date_compatible, year
from .score_entities import Entities, matches

TRANSFER_ATTRS = ("quantity", "value", "year", "status")

# Units written several ways for one measure, as (canonical unit, factor to it): "%" is percent,
# "33 bcm" is 3.3e10 cubic metres, "4.5 million tonnes" is 4.5e6 t.
_UNITS = {
    "%": ("percent", 1.0),
    "pct": ("percent", 1.0),
    "percentage": ("percent", 1.0),
    "$": ("usd", 1.0),
    "us$": ("usd", 1.0),
    "usdollar": ("usd", 1.0),
    "dollars": ("usd", 1.0),
    "bcm": ("m3", 1e9),
    "billion cubic metres": ("m3", 1e9),
    "billion cubic meters": ("m3", 1e9),
    "cubic metres": ("m3", 1.0),
    "cubic meters": ("m3", 1.0),
    "m3": ("m3", 1.0),
    "t": ("t", 1.0),
    "tonne": ("t", 1.0),
    "tonnes": ("t", 1.0),
    "ton": ("t", 1.0),
    "tons": ("t", 1.0),
    "metric tons": ("t", 1.0),
    "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0),
}


class Scorers:
    def __init__(self, ents: Entities) -> None:
        self.ents = ents

    def transfer(self, g: GoldTransfer, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if not (
            matches(g.supplier, self.ents.ref(a.get("supplier")))
            and matches(g.recipient, self.ents.ref(a.get("recipient")))
        ):
            return None
        specific = 0.0
        if g.system is not None:
            if not matches(g.system, self.ents.ref(a.get("system"))):
                return None
            specific = 1.0
        agree = sum(1 for ok in self.transfer_attrs(g, f).values() if ok)
        return (specific, float(agree))

    @staticmethod
    def transfer_attrs(g: GoldTransfer, f: dict) -> dict[str, bool]:
        """Attribute agreement for the fields the gold item states."""
        a = f.get("args") or {}
        out: dict[str, bool] = {}
        if g.quantity is not None:
            q = a.get("quantity")
            out["quantity"] = (
                isinstance(q, int | float) and not isinstance(q, bool) and q == g.quantity
            )
        if g.value_usd is not None:
            v = a.get("value")
            ok = False
            if isinstance(v, dict):
                amt = v.get("amount")
                cur = str(v.get("currency") or "USD").upper()
                if isinstance(amt, int | float) and not isinstance(amt, bool) and cur == "USD":
                    ok = abs(amt - g.value_usd) <= 0.01 * abs(g.value_usd)
            out["value"] = ok
        if g.years:
            out["year"] = year(a.get("date")) in g.years
        if g.status:
            out["status"] = a.get("status") in g.status
        return out

    def event(self, g: GoldEvent, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if a.get("event_type") not in g.types:
            return None
        if not date_compatible(g.date, a.get("date")):
            return None
        parts = self.ents.refs(a.get("actors")) + self.ents.refs(a.get("targets"))
        loc = self.ents.ref(a.get("location"))
        loc_ok = g.location is not None and matches(g.location, loc)
        gold_parts = g.actors + g.targets
        if gold_parts:
            overlap = sum(1 for gn in gold_parts if any(matches(gn, e) for e in parts))
            if overlap == 0:
                return None
        else:
            overlap = 0
            if g.location is not None:
                if not (loc_ok or any(matches(g.location, e) for e in parts)):
                    return None
        exact = 1.0 if g.date is not None and str(a.get("date")) == g.date else 0.0
        return (float(overlap), float(loc_ok), exact)

    def membership(self, g: GoldMembership, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if matches(g.member, self.ents.ref(a.get("member"))) and matches(
            g.organization, self.ents.ref(a.get("organization"))
        ):
            return (0.0,)
        return None

    def relation(self, g: GoldRelation, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if a.get("kind") not in g.kinds:
            return None
        ea, eb = self.ents.ref(a.get("a")), self.ents.ref(a.get("b"))
        if (matches(g.a, ea) and matches(g.b, eb)) or (matches(g.a, eb) and matches(g.b, ea)):
            return (0.0,)
        return None

    def statistic(self, g: GoldStatistic, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if not matches(g.subject, self.ents.ref(a.get("subject"))):
            return None
        v = a.get("value")
        if not isinstance(v, int | float) or isinstance(v, bool):
            return None
        unit, v = canonical_measure(a.get("unit"), v)
        gunit, gvalue = canonical_measure(g.unit, g.value)
        if unit != gunit:
            return None
        err = abs(v - gvalue)
        if err > 0.01 * abs(gvalue):
            return None
        p = a.get("period")
        period_ok = g.period is not None and isinstance(p, list) and tuple(p) == g.period
        rel = err / abs(gvalue) if gvalue else 0.0
        return (float(period_ok), -rel)


def canonical_measure(u: Any, value: float) -> tuple[str, float]:
    """The unit in one canonical spelling and the value in it ("33 bcm" -> ("m3", 3.3e10))."""
    s = str(u or "").strip().casefold()
    unit, factor = _UNITS.get(s, (s, 1.0))
    return unit, value * factor
