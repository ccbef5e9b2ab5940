"""Store rows and facts as the knowledge base's records: an article's summary, an arms
transfer from an article's fact or from a SIPRI deal, an event (moved from analyse/kb.py,
whose queries return them)."""

from __future__ import annotations

from typing import Any

from silkgraph.analyse.records import ArticleSummary, Event, FactRecord, Transfer
from silkgraph.model import stable_id


def _summary(r: dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(r["id"], r["source"], r["title"], r["authors"], r["published"],
                          r["ref_date"], r.get("n_facts", 0), r.get("n_mentions", 0))


def _to_transfer(f: FactRecord) -> Transfer:
    a = f.args
    return Transfer(f.id, "article", a.get("supplier"), a.get("recipient"), a.get("system"),
                    a.get("quantity"), a.get("quantity_qualifier"), a.get("value"), a.get("date"),
                    a.get("date_text"), a.get("status"), f.modality, f.article_id,
                    f.article_title, f.evidence, f.names)


def _year(d: str | None) -> int | None:
    """The year of a partial ISO date, for the reference module's integer periods."""
    return int(d[:4]) if d and d[:4].isdigit() else None


def _ref_transfer(r: dict[str, Any]) -> Transfer:
    names: dict[str, str] = {}
    for role in ("supplier", "recipient"):
        if r.get(role) and r.get(f"{role}_name"):
            names[str(r[role])] = str(r[f"{role}_name"])
    if r.get("system") and r.get("designation"):
        names[str(r["system"])] = str(r["designation"])
    desc = " · ".join(str(x) for x in (r.get("description"), r.get("category")) if x) or None
    return Transfer(
        f"sipri:{r.get('vintage') or ''}:{r.get('sipri_id') or stable_id('', sorted(r.items()))}",
        "sipri", r.get("supplier"), r.get("recipient"),
        r.get("system"), r.get("quantity"), r.get("quantity_qualifier"), r.get("value"),
        r.get("date"), r.get("date_text"), r.get("status"), r.get("modality") or "asserted",
        sipri_id=str(r["sipri_id"]) if r.get("sipri_id") is not None else None,
        vintage=str(r["vintage"]) if r.get("vintage") is not None else None,
        description=desc, names=names)


def _to_event(f: FactRecord) -> Event:
    a = f.args
    return Event(f.id, a.get("event_type") or "event", a.get("plover"), list(a.get("actors") or []),
                 list(a.get("targets") or []), a.get("date"), a.get("date_text"), a.get("location"),
                 a.get("fatalities"), f.modality, f.article_id, f.article_title, f.evidence, f.names,
                 f.summary)
