"""What every command module shares: the consoles, the common options and opening the store."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from silkgraph.store import SQLiteStore, StoreError, open_store

console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLite database file (default: $SILKGRAPH_DB or ./silkgraph.db)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON for programs.")]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error line and return the exit to raise."""
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def open_db(db: str | None) -> SQLiteStore:
    """Open the knowledge base, or exit 2 with the reason (file and what is wrong)."""
    try:
        return open_store(db)
    except StoreError as e:
        raise fail(str(e)) from e
