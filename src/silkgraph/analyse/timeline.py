"""One-line summaries of facts and the dated items of a timeline."""

from __future__ import annotations

from typing import Any

from silkgraph.analyse.records import Event, FactRecord, TimelineItem, Transfer


def ref_ids(args: dict[str, Any]) -> list[str]:
    """Entity ids cited anywhere in a fact's args."""
    out: list[str] = []
    for v in args.values():
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, str) and ":" in x and " " not in x:
                out.append(x)
    return out


def _n(names: dict[str, str], v: Any) -> str:
    if v is None or v == "":
        return "?"
    if isinstance(v, list):
        return ", ".join(_n(names, x) for x in v) or "?"
    return names.get(str(v), str(v))


def describe(type_: str, args: dict[str, Any], names: dict[str, str]) -> str:
    a = args
    if type_ == "arms_transfer":
        qty = a.get("quantity")
        q = f"{a.get('quantity_qualifier') + ' ' if a.get('quantity_qualifier') else ''}{qty} × " if qty else ""
        st = f" ({a['status']})" if a.get("status") else ""
        return f"{_n(names, a.get('supplier'))} → {_n(names, a.get('recipient'))}: {q}{_n(names, a.get('system'))}{st}"
    if type_ == "event":
        s = f"{a.get('event_type') or 'event'}: {_n(names, a.get('actors') or [])}"
        if a.get("targets"):
            s += f" → {_n(names, a['targets'])}"
        if a.get("location"):
            s += f" at {_n(names, a['location'])}"
        if a.get("fatalities"):
            s += f" ({a['fatalities']} killed)"
        return s
    if type_ == "membership":
        since = f" since {a['since']}" if a.get("since") else ""
        return f"{_n(names, a.get('member'))}: {a.get('role') or 'member'} of {_n(names, a.get('organization'))}{since}"
    if type_ == "relation":
        return f"{_n(names, a.get('a'))} — {_n(names, a.get('b'))}: {a.get('kind') or '?'}"
    if type_ == "statistic":
        period = a.get("period")
        p = f" ({period[0]}–{period[1]})" if isinstance(period, list) and len(period) == 2 else ""
        return f"{_n(names, a.get('subject'))}: {a.get('measure')} = {a.get('value')} {a.get('unit') or ''}{p}".rstrip()
    return ", ".join(f"{k}={_n(names, v)}" for k, v in a.items())


def transfer_summary(t: Transfer) -> str:
    args = {"supplier": t.supplier, "recipient": t.recipient, "system": t.system,
            "quantity": t.quantity, "quantity_qualifier": t.quantity_qualifier, "status": t.status}
    return describe("arms_transfer", args, t.names)


def items_for(events: list[Event], transfers: list[Transfer], facts: list[FactRecord],
              ref_dates: dict[str, str | None] | None = None) -> list[TimelineItem]:
    """Dated items, oldest first; undated facts take their article's date (``approximate``)."""
    ref_dates = ref_dates or {}
    out: list[TimelineItem] = []
    for e in events:
        date, approx = e.date, False
        if not date:
            date, approx = ref_dates.get(e.article_id), True
        if date:
            out.append(TimelineItem(date, e.event_type, e.summary, e.id, e.article_id,
                                    actors=e.actors + e.targets, approximate=approx))
    seen: set[str] = set()
    for t in transfers:
        if t.id in seen:
            continue
        seen.add(t.id)
        date, approx = t.date, False
        if not date and t.article_id:
            date, approx = ref_dates.get(t.article_id), True
        if date:
            out.append(TimelineItem(date, "transfer", transfer_summary(t), t.id, t.article_id,
                                    origin=t.origin, actors=[x for x in (t.supplier, t.recipient) if x],
                                    approximate=approx))
    for f in facts:
        date = f.date or f.args.get("since")
        if isinstance(date, str) and date:
            out.append(TimelineItem(date, f.type, f.summary, f.id, f.article_id,
                                    actors=ref_ids(f.args)))
    out.sort(key=lambda i: (i.date, i.kind, i.fact_id))
    return out


def plot_date(partial: str) -> str:
    """A full date for plotting a partial one: "2025" → "2025-07-01", "2025-05" → "2025-05-15"."""
    parts = partial.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-07-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-15"
    return partial[:10]
