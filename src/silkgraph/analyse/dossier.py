"""The dossier of one entity: everything the knowledge base says about it, with evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silkgraph.analyse.records import (
    CoMention,
    Dossier,
    EntityRecord,
    FactRecord,
    SentenceRecord,
    Transfer,
)
from silkgraph.analyse.timeline import items_for
from silkgraph.store import queries

if TYPE_CHECKING:  # pragma: no cover
    from silkgraph.analyse.kb import KnowledgeBase


def suppliers_since(transfers: list[Transfer]) -> dict[str, str | None]:
    """Supplier id → earliest dated transfer (None when no transfer is dated)."""
    out: dict[str, str | None] = {}
    for t in transfers:
        if not t.supplier:
            continue
        cur = out.get(t.supplier)
        if t.supplier not in out or (t.date and (cur is None or t.date < cur)):
            out[t.supplier] = t.date if t.date else cur
    return dict(sorted(out.items(), key=lambda kv: (kv[1] or "9999", kv[0])))


def build(kb: KnowledgeBase, ent: EntityRecord, *, origin: str = "all") -> Dossier:
    eid = ent.id
    conn = kb.conn
    t_in = kb.transfers(recipient=eid, origin=origin, limit=None)
    t_out = kb.transfers(supplier=eid, origin=origin, limit=None)
    t_sys = kb.transfers(system=eid, origin=origin, limit=None) if ent.type == "weapon_system" else []
    events = kb.events(actor=eid, limit=None)
    relations = kb.relations(entity=eid, limit=None)
    if ent.type == "organization":
        members = kb.memberships(organization=eid, limit=None)
    else:
        members = kb.memberships(member=eid, limit=None)
    stats = kb.statistics(subject=eid, limit=None)
    by_type: dict[str, list[FactRecord]] = {}
    for f in kb.facts(entity=eid, limit=None):
        by_type.setdefault(f.type, []).append(f)
    co = [CoMention(EntityRecord(r["id"], r["type"], r["name"]), r["n"])
          for r in queries.comentioned(conn, eid)]
    arts = kb.articles(entity=eid, limit=100)
    sents = [SentenceRecord(r["id"], r["article_id"], r["article_title"], r["section"], r["start"],
                            r["end"], r["text"]) for r in queries.sentences_mentioning(conn, eid, 60)]
    timeline = items_for(events, t_in + t_out + t_sys, members, kb.ref_dates())
    return Dossier(ent, by_type, t_in, t_out, t_sys, events, relations, members, stats, co, arts,
                   sents, timeline, suppliers_since(t_in))
