"""``silkgraph export --format csv|graphml``: the formats besides JSON Lines."""

from __future__ import annotations

import sys

import typer

from silkgraph.analyse.kb import KnowledgeBase
from silkgraph.serve.cli_common import err
from silkgraph.store import SQLiteStore

FORMATS = ("csv", "graphml")


def export_other(store: SQLiteStore, fmt: str, output: str | None) -> None:
    kb = KnowledgeBase(store)
    if fmt == "csv":
        if not output:
            err.print("[red]error:[/red] --format csv needs -o FOLDER (one CSV per fact type)")
            raise typer.Exit(2)
        from silkgraph.export.csv import write_csv

        for name, n in write_csv(kb, output).items():
            err.print(f"{output}/{name}: {n} rows")
        return
    if fmt == "graphml":
        from silkgraph.export.graphml import write_graphml

        if output:
            n = write_graphml(kb, output)
            err.print(f"{n} edges written to {output}")
        else:
            write_graphml(kb, sys.stdout.buffer)
        return
    err.print(f"[red]error:[/red] unknown format {fmt!r}; use jsonl, {', '.join(FORMATS)}")
    raise typer.Exit(2)
