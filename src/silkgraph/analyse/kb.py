"""``KnowledgeBase``: the query API over a silkgraph database (used by CLI, REST API, UI)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from silkgraph.analyse import dossier as _dossier
from silkgraph.analyse import network as _network
from silkgraph.analyse.kb_records import _ref_transfer, _summary, _to_event, _to_transfer, _year
from silkgraph.analyse.optional import _optional, _plain
from silkgraph.analyse.records import (
    ArticleSummary,
    ArticleView,
    Dossier,
    EntityRecord,
    Event,
    Evidence,
    FactRecord,
    MentionRecord,
    Network,
    SearchHit,
    TimelineItem,
    Transfer,
)
from silkgraph.analyse.resolve import NameError_, Resolver
from silkgraph.analyse.timeline import describe, items_for, ref_ids
from silkgraph.store import SQLiteStore, queries

log = logging.getLogger(__name__)
ORIGINS = ("article", "sipri", "all")


class KnowledgeBase:
    """Read-mostly access to one knowledge base. Names may be ids, names or aliases."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store
        self.conn = store.conn
        self._resolver: Resolver | None = None

    @classmethod
    def open(cls, path: str | Path | None = None) -> KnowledgeBase:
        return cls(SQLiteStore(path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- names ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Forget cached names (call after ingesting)."""
        self._resolver = None

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            display = {r[0]: r[1] for r in self.conn.execute("SELECT id, name FROM entities")}
            self._resolver = Resolver(queries.name_table(self.conn), display)
        return self._resolver

    def resolve(self, name: str) -> str:
        """An entity id for a name, alias or id; raises ``UnknownName`` with suggestions."""
        return self.resolver.resolve(name)

    def _opt(self, name: str | None) -> str | None:
        return self.resolve(name) if name else None

    # -- entities ---------------------------------------------------------------------
    def _entity(self, r: dict[str, Any]) -> EntityRecord:
        return EntityRecord(r["id"], r["type"], r["name"], r.get("iso3"), r.get("country"),
                            queries.aliases(self.conn, r["id"]) if "aliases" not in r else r["aliases"],
                            r.get("attrs") or {}, r.get("n_mentions", 0), r.get("n_facts", 0))

    def entities(self, type: str | None = None, q: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[EntityRecord]:
        return [self._entity(r) for r in queries.entities(self.conn, type=type, q=q, limit=limit,
                                                          offset=offset)]

    def entity(self, name: str) -> EntityRecord:
        row = queries.entity(self.conn, self.resolve(name))
        if row is None:  # pragma: no cover - resolver only returns stored ids
            raise NameError_(name, [], ambiguous=False)
        return self._entity(row)

    def dossier(self, name: str, *, origin: str = "all") -> Dossier:
        return _dossier.build(self, self.entity(name), origin=origin)

    def names(self, ids: list[str]) -> dict[str, str]:
        return queries.entity_names(self.conn, ids)

    # -- facts ------------------------------------------------------------------------
    def _facts(self, rows: list[dict[str, Any]]) -> list[FactRecord]:
        ids = [i for r in rows for i in ref_ids(r["args"])]
        names = self.names(ids)
        out = []
        for r in rows:
            mine = {i: names[i] for i in ref_ids(r["args"]) if i in names}
            out.append(FactRecord(
                r["id"], r["type"], r["article_id"], r["article_title"], r["section"],
                r["modality"], r["date"], r["args"], [Evidence(**e) for e in r["evidence"]],
                r["attribution"], r["confidence"], r.get("origin") or "article", mine,
                describe(r["type"], r["args"], mine)))
        return out

    def facts(self, type: str | None = None, entity: str | None = None,
              modality: str | None = None, since: str | None = None, until: str | None = None,
              article: str | None = None, limit: int | None = 100, offset: int = 0) -> list[FactRecord]:
        ents = [(None, self.resolve(entity))] if entity else []
        return self._facts(queries.facts(self.conn, type=type, entities=ents, modality=modality,
                                         since=since, until=until, article=article, limit=limit,
                                         offset=offset))

    def fact(self, fact_id: str) -> FactRecord | None:
        rows = self.conn.execute("SELECT article_id FROM facts WHERE id = ?", (fact_id,)).fetchone()
        if rows is None:
            return None
        return next((f for f in self.facts(article=rows[0], limit=None) if f.id == fact_id), None)

    def transfers(self, supplier: str | None = None, recipient: str | None = None,
                  system: str | None = None, status: str | None = None,
                  modality: str | None = None, since: str | None = None,
                  until: str | None = None, origin: str = "article", party: str | None = None,
                  vintage: str | None = None, limit: int | None = 100, offset: int = 0) -> list[Transfer]:
        """Arms transfers, newest first. ``origin``: article | sipri | all."""
        if origin not in ORIGINS:
            raise ValueError(f"origin must be one of {', '.join(ORIGINS)}")
        sup, rec, pty = self._opt(supplier), self._opt(recipient), self._opt(party)
        sys_id, sys_text = self._system(system)
        out: list[Transfer] = []
        if origin in ("article", "all"):
            ents = [(r, e) for r, e in (("supplier", sup), ("recipient", rec), ("system", sys_id)) if e]
            rows = queries.facts(
                self.conn, type="arms_transfer", entities=ents, any_entity=[pty] if pty else [],
                arg_equals=[(k, v) for k, v in (("system", sys_text), ("status", status)) if v],
                modality=modality,
                since=since, until=until, limit=None if origin == "all" else limit,
                offset=0 if origin == "all" else offset)
            out += [_to_transfer(f) for f in self._facts(rows)]
        if origin in ("sipri", "all") and not modality:
            out += self.reference_transfers(sup, rec, sys_id or sys_text, since, until, status, pty,
                                            vintage)
        if origin == "all":
            out.sort(key=lambda t: (t.date or "", t.id), reverse=True)
            out = out[offset:] if limit is None else out[offset : offset + limit]
        return out

    def _system(self, system: str | None) -> tuple[str | None, str | None]:
        if not system:
            return None, None
        try:
            return self.resolve(system), None
        except NameError_:
            return None, system  # a category such as "tanks"

    def reference_transfers(self, supplier: str | None = None, recipient: str | None = None,
                            system: str | None = None, since: str | None = None,
                            until: str | None = None, status: str | None = None,
                            party: str | None = None, vintage: str | None = None) -> list[Transfer]:
        """Reference (SIPRI) transfers, when ``silkgraph.store.reference`` provides them."""
        fn = _optional("silkgraph.store.reference", "reference_transfers")
        if fn is None:
            return []
        period = {"since": _year(since), "until": _year(until), "vintage": vintage}
        try:
            if party:
                rows = list(fn(self.store, supplier=party, system=system, **period))
                rows += list(fn(self.store, recipient=party, system=system, **period))
            else:
                rows = list(fn(self.store, supplier=supplier, recipient=recipient, system=system,
                               **period))
        except Exception:  # a broken optional module must not break the workbench
            log.exception("reference_transfers failed")
            return []
        out = list({t.id: t for t in map(_ref_transfer, rows)}.values())
        if status:
            out = [t for t in out if t.status == status]
        names = self.names([x for t in out for x in (t.supplier, t.recipient, t.system) if x])
        for t in out:
            t.names = {**t.names, **{k: v for k, v in names.items()
                                     if k in (t.supplier, t.recipient, t.system)}}
        return out

    def events(self, actor: str | None = None, type: str | None = None,
               modality: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = 100, offset: int = 0) -> list[Event]:
        ents = [(None, self.resolve(actor))] if actor else []
        rows = queries.facts(self.conn, type="event", entities=ents,
                             arg_equals=[("event_type", type)] if type else [], modality=modality,
                             since=since, until=until, limit=limit, offset=offset)
        return [_to_event(f) for f in self._facts(rows)]

    def relations(self, entity: str | None = None, kind: str | None = None,
                  limit: int | None = 100, offset: int = 0) -> list[FactRecord]:
        ents = [(None, self.resolve(entity))] if entity else []
        return self._facts(queries.facts(self.conn, type="relation", entities=ents,
                                         arg_equals=[("kind", kind)] if kind else [],
                                         limit=limit, offset=offset))

    def memberships(self, member: str | None = None, organization: str | None = None,
                    limit: int | None = 100, offset: int = 0) -> list[FactRecord]:
        ents = [(r, e) for r, e in (("member", self._opt(member)),
                                    ("organization", self._opt(organization))) if e]
        return self._facts(queries.facts(self.conn, type="membership", entities=ents,
                                         limit=limit, offset=offset))

    def statistics(self, subject: str | None = None, limit: int | None = 100,
                   offset: int = 0) -> list[FactRecord]:
        ents = [(None, self.resolve(subject))] if subject else []
        return self._facts(queries.facts(self.conn, type="statistic", entities=ents,
                                         limit=limit, offset=offset))

    # -- text -------------------------------------------------------------------------
    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        return [SearchHit(r["id"], r["article_id"], r["article_title"], r["section"], r["start"],
                          r["end"], r["text"], r["highlighted"])
                for r in queries.search(self.conn, text, limit=limit, offset=offset)]

    def articles(self, entity: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[ArticleSummary]:
        return [_summary(r) for r in queries.articles(self.conn, entity=self._opt(entity),
                                                      limit=limit, offset=offset)]

    def article(self, article_id: str) -> ArticleView | None:
        r = queries.article(self.conn, article_id)
        if r is None:
            return None
        mentions = [MentionRecord(m["start"], m["end"], m["text"], m["entity_id"],
                                  m["entity_type"], m["entity_name"], m["kind"])
                    for m in queries.article_mentions(self.conn, article_id)]
        facts = self._facts(queries.facts(self.conn, article=article_id, limit=None,
                                          order="position"))
        return ArticleView(_summary(r), r["text"], r["start"], r["sections"], mentions, facts)

    def check_article(self, article_id: str) -> list[Any] | None:
        """Claim checks from ``silkgraph.analyse.checks`` when present, else None."""
        fn = _optional("silkgraph.analyse.checks", "check_article")
        if fn is None:
            return None
        try:
            return [_plain(v) for v in fn(self.store, article_id) or []]
        except Exception:
            log.exception("check_article failed")
            return None

    # -- views ------------------------------------------------------------------------
    def timeline(self, entity: str | None = None, since: str | None = None,
                 until: str | None = None, origin: str = "article") -> list[TimelineItem]:
        eid = self._opt(entity)
        events = self.events(actor=eid, since=since, until=until, limit=None)
        transfers = self.transfers(party=eid, since=since, until=until, origin=origin,
                                   limit=None) if eid else []
        members = self.memberships(member=eid, limit=None) if eid else []
        return items_for(events, transfers, members, self.ref_dates())

    def ref_dates(self) -> dict[str, str | None]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT id, ref_date FROM articles")}

    def network(self, since: str | None = None, until: str | None = None,
                kinds: list[str] | None = None, entity: str | None = None) -> Network:
        return _network.build(self, since=since, until=until, kinds=kinds,
                              focus=self._opt(entity))

    def counts(self) -> dict[str, int]:
        return queries.counts(self.conn)

    def top_actors(self, limit: int = 15) -> list[tuple[EntityRecord, int]]:
        rows = queries.top_entities(self.conn, ("state", "organization", "armed_group", "person"),
                                    limit)
        return [(EntityRecord(r["id"], r["type"], r["name"]), r["n"]) for r in rows]

    def ingest_text(self, data: bytes, name: str) -> Any:
        """Ingest one submitted document (the REST write endpoint)."""
        from silkgraph.pipeline import ingest_sources
        from silkgraph.read import ReadError, read_bytes

        try:
            src: Any = read_bytes(data, name)
        except ReadError as e:
            src = e
        report = ingest_sources(self.store, [src])
        self.refresh()
        return report


def open(path: str | Path | None = None) -> KnowledgeBase:  # noqa: A001 - public API name
    """Open the knowledge base at ``path`` (default: $SILKGRAPH_DB or ./silkgraph.db)."""
    return KnowledgeBase.open(path)
