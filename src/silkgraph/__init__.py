"""silkgraph: a sourced, time-aware knowledge base of regional-security analysis.

The public API, kept small::

    import silkgraph
    kb = silkgraph.open("silkgraph.db")          # a KnowledgeBase
    kb.dossier("Azerbaijan"); kb.transfers(recipient="Uzbekistan"); kb.search("Wakhan")
    silkgraph.ingest(store, ["articles/"])       # read → segment → extract → store

Names are resolved lazily so that ``import silkgraph`` stays light.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["KnowledgeBase", "__version__", "ingest", "open", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("open", "KnowledgeBase"):
        from silkgraph.analyse import kb

        return getattr(kb, name)
    if name == "ingest":
        from silkgraph.pipeline import ingest

        return ingest
    if name == "open_store":
        from silkgraph.store import open_store

        return open_store
    raise AttributeError(f"module 'silkgraph' has no attribute {name!r}")
