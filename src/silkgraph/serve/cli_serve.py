"""``silkgraph serve``: the REST API and web UI (binds 127.0.0.1 unless told otherwise)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from silkgraph.serve.cli_common import DbOpt, err, fail


def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to bind; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    write_token: Annotated[str | None, typer.Option(
        "--write-token", help="Enable POST /api/articles for clients sending this token "
                              "(default: $SILKGRAPH_WRITE_TOKEN; unset = read-only).")] = None,
) -> None:
    """Serve the analyst workbench: web UI at /, REST API at /api, OpenAPI at /docs."""
    import uvicorn

    from silkgraph.serve.api import create_app
    from silkgraph.store import StoreError

    token = write_token or os.environ.get("SILKGRAPH_WRITE_TOKEN") or None
    try:
        app = create_app(db, write_token=token)
    except StoreError as e:
        raise fail(str(e)) from e
    err.print(f"silkgraph workbench on http://{host}:{port}/  (API docs: /docs; "
              f"writes {'enabled' if token else 'disabled'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
