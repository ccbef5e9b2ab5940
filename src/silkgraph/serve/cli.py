"""The ``silkgraph`` command: a thin layer over the library.

Commands live in small modules that each add theirs to the one Typer app; this file
holds the core ones (demo, ingest, export, eval, stats) and the entry point.
"""

from __future__ import annotations

import json
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from silkgraph.pipeline import DEFAULT_MAX_BYTES, IngestReport, auto_jobs, ingest_sources
from silkgraph.read import iter_sources, list_inputs
from silkgraph.serve.cli_common import DbOpt, console, err, open_db
from silkgraph.store import SQLiteStore

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="silkgraph: a sourced, time-aware knowledge base of regional-security analysis.",
)

def parse_size(text: str) -> int:
    """'20MB', '500k', '1048576' → bytes."""
    t = text.strip().lower().replace(" ", "")
    mult = 1
    for suffix, m in (("gb", 1 << 30), ("mb", 1 << 20), ("kb", 1 << 10), ("g", 1 << 30),
                      ("m", 1 << 20), ("k", 1 << 10), ("b", 1)):
        if t.endswith(suffix):
            t, mult = t[: -len(suffix)], m
            break
    try:
        return int(float(t) * mult)
    except ValueError as e:
        raise typer.BadParameter(f"not a size: {text!r} (use e.g. 20MB)") from e


def run_ingest(store: SQLiteStore, paths: list[str], include: list[str] | None,
               max_bytes: int, quiet: bool = False, jobs: int | None = None) -> IngestReport:
    total = len(list_inputs(paths, include=include))  # counted, not read: sources stream
    if jobs is None and not os.environ.get("SILKGRAPH_JOBS"):
        jobs = auto_jobs(total)
    files = iter_sources(paths, include=include, max_bytes=max_bytes)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=True, disable=quiet or total < 2,
    ) as progress:
        task = progress.add_task("ingesting", total=total)

        def on_source(name: str, status: str) -> None:
            progress.advance(task)
            if status.startswith("skipped"):
                err.print(f"[yellow]{name}[/yellow]: {status}")

        report = ingest_sources(store, files, on_source=on_source, jobs=jobs)
    if report.new or report.replaced:
        from silkgraph.extract.linking import link_same_deals

        report.linked = link_same_deals(store)
    return report


def print_ingest_report(report: IngestReport) -> None:
    parts = [f"{len(report.new)} new", f"{len(report.replaced)} replaced",
             f"{len(report.unchanged)} unchanged"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate")
    parts.append(f"{len(report.skipped)} skipped")
    linked = f"; {report.linked} deal(s) linked across articles" if report.linked else ""
    console.print(f"sources: {', '.join(parts)}; {report.articles} article(s), {report.facts} fact(s) stored{linked}")
    for name, reason in report.skipped:
        err.print(f"[red]skipped[/red] {name}: {reason}")
    for name, dup in report.duplicates:
        console.print(f"[dim]{name}: same text as {dup}, not stored twice[/dim]")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    db: DbOpt = None,
    include: Annotated[list[str] | None, typer.Option(
        "--include", "-i", help="Glob of file names to take from folders (repeatable).")] = None,
    max_size: Annotated[str, typer.Option(help="Skip files larger than this.")] = "20MB",
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Worker processes for analysis (0 = one per CPU; default $SILKGRAPH_JOBS, else one "
        "per CPU up to 8 for batches of 4 or more sources; the output is the same).")] = None,
) -> None:
    """Read articles into the knowledge base (one transaction per source)."""
    store = open_db(db)
    report = run_ingest(store, paths, include, parse_size(max_size), quiet, jobs)
    print_ingest_report(report)
    if report.skipped:
        raise typer.Exit(1)


def sample_paths() -> list[str]:
    root = resources.files("silkgraph") / "samples"
    out = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.is_file() and entry.name.rsplit(".", 1)[-1] in ("txt", "md", "html", "htm"):
            out.append(str(entry))
    return out


def print_summary(store: SQLiteStore) -> None:
    table = Table(title="Articles", show_lines=False)
    table.add_column("source")
    table.add_column("title / first words")
    table.add_column("authors")
    table.add_column("published")
    for a in store.iter_articles():
        text = store.source_text(a["source_id"])[a["start"]: a["end"]]
        title = a["title"] or " ".join(text.split()[:8]) + " …"
        if a["published"]:
            date = a["published"]
        elif a["published_estimate"]:
            date = f"≥ {a['published_estimate']['not_before']} (est.)"
        else:
            date = "?"
        table.add_row(Path(a["source"]).name, title, ", ".join(a["authors"]) or "-", date)
    console.print(table)
    for title, counts in (("Sections by kind", store.section_counts()),
                          ("Entities by type", store.entity_counts()),
                          ("Facts by type", store.fact_counts())):
        t = Table(title=title)
        t.add_column("kind")
        t.add_column("count", justify="right")
        for k, v in counts.items():
            t.add_row(k, str(v))
        if not counts:
            t.add_row("(none)", "0")
        console.print(t)


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the bundled sample articles and show what was found."""
    store = open_db(db)
    report = run_ingest(store, sample_paths(), None, DEFAULT_MAX_BYTES, quiet=True)
    print_ingest_report(report)
    print_summary(store)
    console.print(f"\nknowledge base: [bold]{store.path}[/bold] — try `silkgraph serve --db {store.path}`")


@app.command()
def stats(db: DbOpt = None) -> None:
    """Counts of what the knowledge base holds."""
    store = open_db(db)
    print_summary(store)


@app.command()
def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the contract)")] = "jsonl",
    output: Annotated[str | None, typer.Option("-o", "--output", help="File (default stdout).")] = None,
) -> None:
    """Export the knowledge base."""
    store = open_db(db)
    if fmt != "jsonl":
        from silkgraph.serve import exports_cli

        exports_cli.export_other(store, fmt, output)
        return
    from silkgraph.export import write_jsonl

    if output:
        with open(output, "w", encoding="utf-8") as fh:
            n = write_jsonl(store, fh)
        err.print(f"{n} records written to {output}")
    else:
        write_jsonl(store, sys.stdout)


@app.command("eval")
def eval_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold YAML file(s).")],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    floors: Annotated[Path | None, typer.Option(help="Check against a floors file (the gate).")] = None,
) -> None:
    """Score the knowledge base against gold: precision/recall/F1 per fact type."""
    from silkgraph.evaluate import GoldError, check_gate, load_gold, score
    from silkgraph.export import export_records

    store = open_db(db)
    records = list(export_records(store))
    results = {}
    for path in gold:
        try:
            g = load_gold(path)
        except GoldError as e:
            err.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2) from e
        results[path.name.removesuffix(".yaml").removesuffix(".yml")] = score(g, records)
    if as_json:
        console.print_json(json.dumps({k: r.as_dict() for k, r in results.items()}))
    else:
        for name, rep in results.items():
            console.print(f"[bold]{name}[/bold]")
            for line in rep.lines():
                console.print("  " + line)
    if floors is not None:
        failures = check_gate(floors, results)
        for f in failures:
            err.print(f"[red]below floor:[/red] {f}")
        if failures:
            raise typer.Exit(1)


# command groups that live in their own modules
from silkgraph.serve import cli_query, cli_reference, cli_serve  # noqa: E402

for _module in (cli_query, cli_reference, cli_serve):
    _module.register(app)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
