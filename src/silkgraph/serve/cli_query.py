"""Query commands: ``entity``, ``entities``, ``transfers``, ``events``, ``search``.

Rich tables for people; ``--json`` / ``--csv`` for programs.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from silkgraph.analyse.kb import KnowledgeBase
from silkgraph.analyse.records import Event, Transfer
from silkgraph.analyse.resolve import NameError_
from silkgraph.serve.cli_common import DbOpt, JsonOpt, console, fail
from silkgraph.store import StoreError
from silkgraph.store.queries import HL_CLOSE, HL_OPEN

CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV for programs.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", help="Skip this many rows.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (2024, 2024-05, …).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date (inclusive).")]
ModalityOpt = Annotated[str | None, typer.Option("--modality", help="asserted, reported, claimed, …")]


@contextmanager
def _kb(db: str | None) -> Iterator[KnowledgeBase]:
    try:
        kb = KnowledgeBase.open(db)
    except StoreError as e:
        raise fail(str(e)) from e
    try:
        yield kb
    except NameError_ as e:
        raise fail(e.message) from e
    finally:
        kb.close()


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def _csv(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)


def _name(names: dict[str, str], v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(_name(names, x) for x in v)
    return "" if v is None else names.get(str(v), str(v))


def _ev(evidence: list[Any]) -> str:
    return " … ".join(e.text for e in evidence)


def transfer_row(t: Transfer) -> dict[str, Any]:
    value = t.value or {}
    return {
        "id": t.id, "origin": t.origin, "supplier": t.supplier,
        "supplier_name": _name(t.names, t.supplier), "recipient": t.recipient,
        "recipient_name": _name(t.names, t.recipient), "system": t.system,
        "system_name": _name(t.names, t.system), "quantity": t.quantity,
        "quantity_qualifier": t.quantity_qualifier, "value": value.get("amount"),
        "currency": value.get("currency"), "date": t.date, "status": t.status,
        "modality": t.modality, "article": t.article_id or "", "sipri_id": t.sipri_id or "",
        "evidence": _ev(t.evidence),
    }


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "date": e.date, "event_type": e.event_type, "plover": e.plover,
        "actors": ";".join(e.actors), "actor_names": _name(e.names, e.actors),
        "targets": ";".join(e.targets), "target_names": _name(e.names, e.targets),
        "location": e.location, "fatalities": e.fatalities, "modality": e.modality,
        "article": e.article_id, "evidence": _ev(e.evidence),
    }


NARROW_DROP = ("source", "article", "modality")


def _table(title: str, cols: list[str], rows: list[list[Any]]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False)
    if console.width < 120:  # ids and modality stay in --json/--csv; the evidence needs the room
        keep = [i for i, c in enumerate(cols) if c not in NARROW_DROP]
        cols = [cols[i] for i in keep]
        rows = [[r[i] for i in keep] for r in rows]
    for c in cols:
        if c in ("evidence", "sentence"):
            t.add_column(c, overflow="fold", min_width=20, ratio=1)
        else:  # short columns stay narrow so the evidence keeps room in a small terminal
            t.add_column(c, overflow="fold", max_width=12 if c not in ("date", "qty") else 10)
    for r in rows:
        t.add_row(*[escape("" if v is None else str(v)) for v in r])
    return t


def _transfers_table(title: str, ts: list[Transfer]) -> Table:
    return _table(title, ["date", "supplier", "recipient", "system", "qty", "status", "modality",
                          "source", "evidence"],
                  [[t.date, _name(t.names, t.supplier), _name(t.names, t.recipient),
                    _name(t.names, t.system), t.quantity, t.status, t.modality,
                    t.article_id or f"SIPRI {t.sipri_id or ''}", _ev(t.evidence)] for t in ts])


def _events_table(title: str, es: list[Event]) -> Table:
    return _table(title, ["date", "type", "actors", "targets", "modality", "article", "evidence"],
                  [[e.date, e.event_type, _name(e.names, e.actors), _name(e.names, e.targets),
                    e.modality, e.article_id, _ev(e.evidence)] for e in es])


def _emit(rows: list[dict[str, Any]], as_json: bool, as_csv: bool, table: Callable[[], Table]) -> None:
    if as_json:
        _json(rows)
    elif as_csv:
        _csv(rows)
    else:
        console.print(table())


def entity(name: Annotated[str, typer.Argument(help="A name, alias or id (fuzzy).")],
           db: DbOpt = None, as_json: JsonOpt = False,
           origin: Annotated[str, typer.Option(help="Transfers from: article, sipri, all.")] = "all",
           ) -> None:
    """The dossier of an actor, system or organisation, with its evidence."""
    with _kb(db) as kb:
        d = kb.dossier(name, origin=origin)
        if as_json:
            _json(asdict(d))
            return
        e = d.entity
        console.print(f"[bold]{escape(e.name)}[/bold]  [dim]{e.id} · {e.type}"
                      f"{' · ' + e.country if e.country else ''}[/dim]")
        if e.aliases:
            console.print("aliases: " + escape(", ".join(e.aliases)))
        console.print("facts: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(d.facts_by_type.items()))
                      + f"; mentions {e.mentions}")
        if d.suppliers_since:
            sup = ", ".join(f"{kb.names([s]).get(s, s)} ({since or 'undated'})"
                            for s, since in d.suppliers_since.items())
            console.print("suppliers (since): " + escape(sup))
        for title, ts in (("Transfers in", d.transfers_in), ("Transfers out", d.transfers_out),
                          ("Transfers of this system", d.transfers_of_system)):
            if ts:
                console.print(_transfers_table(title, ts))
        if d.events:
            console.print(_events_table("Events", d.events))
        for title, fs in (("Relations", d.relations), ("Memberships", d.memberships),
                          ("Statistics", d.statistics)):
            if fs:
                console.print(_table(title, ["fact", "modality", "article", "evidence"],
                                     [[f.summary, f.modality, f.article_id, _ev(f.evidence)] for f in fs]))
        if d.comentioned:
            console.print(_table("Co-mentioned", ["entity", "type", "sentences"],
                                 [[c.entity.name, c.entity.type, c.sentences] for c in d.comentioned]))
        console.print(_table("Articles", ["id", "published", "title"],
                             [[a.id, a.published or a.ref_date, a.title] for a in d.articles]))
        console.print(_table("Sentences", ["article", "section", "sentence"],
                             [[s.article_id, s.section, s.text] for s in d.sentences[:20]]))


def entities(db: DbOpt = None, type: Annotated[str | None, typer.Option("--type")] = None,
             q: Annotated[str | None, typer.Option("--q", help="Name contains.")] = None,
             limit: LimitOpt = 50, offset: OffsetOpt = 0, as_json: JsonOpt = False,
             as_csv: CsvOpt = False) -> None:
    """Entities, most mentioned first."""
    with _kb(db) as kb:
        es = kb.entities(type=type, q=q, limit=limit, offset=offset)
        rows = [{"id": e.id, "type": e.type, "name": e.name, "mentions": e.mentions,
                 "facts": e.facts, "aliases": ";".join(e.aliases)} for e in es]
        _emit(rows, as_json, as_csv, lambda: _table("Entities", list(rows[0]) if rows else ["id"],
                                                    [list(r.values()) for r in rows]))


def transfers(
    db: DbOpt = None,
    supplier: Annotated[str | None, typer.Option("--supplier")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient")] = None,
    system: Annotated[str | None, typer.Option("--system", help="A system or a category.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Supplier or recipient.")] = None,
    status: Annotated[str | None, typer.Option("--status")] = None,
    modality: ModalityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    origin: Annotated[str, typer.Option(help="article, sipri or all.")] = "article",
    limit: LimitOpt = 100, offset: OffsetOpt = 0, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Arms transfers, filtered."""
    with _kb(db) as kb:
        ts = kb.transfers(supplier=supplier, recipient=recipient, system=system, status=status,
                          modality=modality, since=since, until=until, origin=origin, party=actor,
                          limit=limit, offset=offset)
        rows = [transfer_row(t) for t in ts]
        _emit(rows, as_json, as_csv, lambda: _transfers_table(f"Arms transfers ({len(ts)})", ts))


def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    type: Annotated[str | None, typer.Option("--type", help="attack, meeting, ceasefire, …")] = None,
    modality: ModalityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    limit: LimitOpt = 100, offset: OffsetOpt = 0, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Events, filtered (newest first)."""
    with _kb(db) as kb:
        es = kb.events(actor=actor, type=type, modality=modality, since=since, until=until,
                       limit=limit, offset=offset)
        rows = [event_row(e) for e in es]
        _emit(rows, as_json, as_csv, lambda: _events_table(f"Events ({len(es)})", es))


def search(text: Annotated[str, typer.Argument(help="FTS5 query: words, \"phrases\", OR, NEAR.")],
           db: DbOpt = None, limit: LimitOpt = 20, offset: OffsetOpt = 0,
           as_json: JsonOpt = False, as_csv: CsvOpt = False) -> None:
    """Full-text search over every sentence, hits highlighted."""
    with _kb(db) as kb:
        hits = kb.search(text, limit=limit, offset=offset)
        rows = [{"article": h.article_id, "title": h.article_title, "section": h.section,
                 "start": h.start, "end": h.end, "text": h.text} for h in hits]
        if as_json or as_csv or not hits:
            _emit(rows, as_json, as_csv, lambda: _table("No matches", ["article"], []))
            return
        t = Table(title=f"Search: {escape(text)}", title_justify="left")
        for c in ("article", "section", "sentence"):
            t.add_column(c, overflow="fold")
        for h in hits:
            marked = escape(h.highlighted).replace(HL_OPEN, "[bold yellow]").replace(HL_CLOSE, "[/]")
            t.add_row(escape(f"{h.article_id}\n{h.article_title or ''}"), h.section, marked)
        console.print(t)


def register(app: typer.Typer) -> None:
    app.command("entity")(entity)
    app.command("entities")(entities)
    app.command("transfers")(transfers)
    app.command("events")(events)
    app.command("search")(search)
