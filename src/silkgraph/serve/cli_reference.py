"""Reference-data commands: ``reference import-sipri|list``, ``share``, ``check``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from silkgraph.serve.cli_common import DbOpt, JsonOpt, console, err, fail, open_db
from silkgraph.store import StoreError


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def import_cmd(
    file: Annotated[Path, typer.Argument(help="A SIPRI Arms Transfers Database CSV export.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Import a SIPRI export (trade register or per-delivery-year; detected)."""
    from silkgraph.store.reference import import_sipri

    if not file.is_file():
        err.print(f"[red]error:[/red] {file}: no such file")
        raise typer.Exit(2)
    store = open_db(db)
    total = _count_lines(file)
    with Progress(TextColumn("importing {task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                  TimeElapsedColumn(), console=err, transient=True, disable=as_json) as progress:
        task = progress.add_task(file.name, total=total)
        try:
            report = import_sipri(store, file, on_progress=lambda line: progress.update(task, completed=line))
        except StoreError as e:
            raise fail(str(e)) from e
        progress.update(task, completed=total)
    if as_json:
        console.print_json(json.dumps(report.as_dict()))
    else:
        for e in report.errors:
            err.print(f"[yellow]{file}:{e.line}[/yellow]: skipped: {e.reason}")
        if report.status == "unchanged":
            console.print(f"{file}: already imported (vintage {report.vintage}, {report.deals} deals);"
                          " nothing changed")
        else:
            console.print(f"{file}: {report.shape} export, data generated {report.vintage_text or '?'}"
                          f" → vintage {report.vintage}: {report.rows} rows, {report.deals} deals,"
                          f" {len(report.errors)} skipped ({report.seconds:.1f}s)")
    if report.errors:
        raise typer.Exit(1)


def list_cmd(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Imported reference data: file, shape, vintage, rows."""
    from silkgraph.store.reference import list_imports

    imps = list_imports(open_db(db))
    if as_json:
        console.print_json(json.dumps(imps))
        return
    t = Table(title="SIPRI imports (SIPRI Arms Transfers Database)")
    for col in ("id", "vintage", "shape", "rows", "deals", "skipped", "file", "imported"):
        t.add_column(col, justify="right" if col in ("id", "rows", "deals", "skipped") else "left")
    for i in imps:
        t.add_row(str(i["id"]), i["vintage"], i["shape"], str(i["rows"]), str(i["deals"]),
                  str(i["errors"]), i["file"], i["imported_at"])
    if not imps:
        t.add_row("-", "(none)", "", "", "", "", "silkgraph reference import-sipri FILE", "")
    console.print(t)


def share_cmd(
    supplier: Annotated[str, typer.Option("--supplier", help="Supplier state (name, alias or ISO3).")],
    years: Annotated[str, typer.Option("--years", help="Period, e.g. 2011-2020.")],
    recipient: Annotated[str | None, typer.Option("--recipient", help="Recipient state.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Region (regions.yaml).")] = None,
    vintage: Annotated[str | None, typer.Option("--vintage", help="Data vintage (default newest).")] = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """TIV delivered, share of imports, rank among suppliers and share of world exports."""
    from silkgraph.analyse.shares import ShareError, parse_years, share
    from silkgraph.reference.names import display_name

    if recipient and region:
        err.print("[red]error:[/red] give --recipient or --region, not both")
        raise typer.Exit(2)
    store = open_db(db)
    try:
        ans = share(store, supplier, parse_years(years), recipient, region, vintage)
    except ShareError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    if as_json:
        console.print_json(json.dumps(ans.as_dict()))
        return
    r = ans.result
    who, p = display_name(r.supplier), f"{r.period[0]}-{r.period[1]}"
    console.print(f"[bold]{who}[/bold] → {r.scope_name}, {p} "
                  f"(SIPRI Arms Transfers Database, data generated {ans.vintage_text or ans.vintage})")
    if r.scope != "world":
        share_txt = f"{r.share:.1f} %" if r.share is not None else "n/a (no imports)"
        console.print(f"  TIV delivered: {r.tiv:.1f} m of {r.scope_total:.1f} m → share {share_txt}; "
                      f"rank {r.rank or '-'} of {r.n_suppliers} suppliers")
    ws = f"{r.world_share:.2f} %" if r.world_share is not None else "n/a"
    console.print(f"  world exports: {r.world_tiv:.1f} m of {r.world_total:.1f} m → {ws}; "
                  f"world rank {r.world_rank or '-'}")
    t = Table(title=f"Top suppliers to {r.scope_name}, {p}")
    for col in ("rank", "supplier", "TIV (m)", "share %"):
        t.add_column(col, justify="left" if col == "supplier" else "right")
    for s in r.top if r.scope != "world" else r.world_top:
        t.add_row(str(s.rank or "-"), s.name, f"{s.tiv:.1f}", f"{s.share:.1f}")
    console.print(t)
    if r.deals:
        d = Table(title=f"Largest {who} deals in the period")
        for col in ("SIPRI id", "recipient", "designation", "years", "TIV (m)"):
            d.add_column(col)
        for x in r.deals[:8]:
            d.add_row(x["sipri_id"], x["recipient_name"], x["designation"],
                      ", ".join(map(str, x["years"])), f"{x['tiv']:.1f}")
        console.print(d)


def _fmt(x: object) -> str:
    if isinstance(x, dict) and isinstance(x.get("amount"), int | float):
        amt = float(x["amount"])
        return (f"{x.get('currency', '')} {amt / 1e9:g} b" if amt >= 1e9
                else f"{x.get('currency', '')} {amt / 1e6:g} m")
    return str(x)


_STYLE = {"consistent": "green", "matches": "green", "differs": "red",
          "not_checkable": "dim", "not_in_sipri": "yellow"}


def check_cmd(
    article: Annotated[str | None, typer.Option("--article", help="One article id.")] = None,
    vintage: Annotated[str | None, typer.Option("--vintage", help="Data vintage (default newest).")] = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check arms-trade statistics and transfers against the SIPRI reference data."""
    from silkgraph.analyse.checks import check_all, check_article

    store = open_db(db)
    verdicts = check_article(store, article, vintage) if article else check_all(store, vintage)
    if as_json:
        console.print_json(json.dumps([v.as_dict() for v in verdicts]))
        return
    if not verdicts:
        console.print("no arms-trade statistics or arms transfers to check")
        return
    t = Table(title="Claims checked against the SIPRI Arms Transfers Database", show_lines=True)
    for col in ("fact", "check", "verdict", "details"):
        t.add_column(col)
    for v in verdicts:
        details = v.message
        for f in v.fields:
            if f["result"] in ("differs", "matches"):
                details += (f"\n  {f['field']}: claimed {_fmt(f['claimed'])}, SIPRI {_fmt(f['sipri'])}"
                            f" ({f['result']}{'; ' + f['note'] if f.get('note') else ''})")
        if v.records and v.fact_type == "arms_transfer":
            details += "\n  SIPRI ids: " + ", ".join(str(r["sipri_id"]) for r in v.records)
        elif v.records:
            details += "\n  top deals: " + ", ".join(
                f"{r['sipri_id']} {r['designation']} ({r['tiv']:.0f})" for r in v.records[:4])
        t.add_row(v.fact_id, v.check, f"[{_STYLE.get(v.verdict, '')}]{v.verdict}[/]", details)
    console.print(t)
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    console.print(", ".join(f"{k}: {n}" for k, n in sorted(counts.items())))


def register(app: typer.Typer) -> None:
    ref = typer.Typer(no_args_is_help=True,
                      help="Reference data (SIPRI Arms Transfers Database): import and list.")
    ref.command("import-sipri")(import_cmd)
    ref.command("list")(list_cmd)
    app.add_typer(ref, name="reference")
    app.command("share")(share_cmd)
    app.command("check")(check_cmd)
