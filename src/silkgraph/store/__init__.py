"""Storage. All SQL lives in this package; callers use the store object's methods."""

from silkgraph.store.sqlite import DEFAULT_DB, SQLiteStore, StoreError, default_db_path
from silkgraph.store.writing import WriteResult


def open_store(path: str | None = None) -> SQLiteStore:
    """Open (and migrate) the knowledge base at ``path`` (default: $SILKGRAPH_DB or ./silkgraph.db)."""
    return SQLiteStore(path)


__all__ = ["DEFAULT_DB", "SQLiteStore", "StoreError", "WriteResult", "default_db_path", "open_store"]
