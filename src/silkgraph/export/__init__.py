"""Exports of the knowledge base: JSON Lines (the contract), CSV, GraphML."""

from silkgraph.export.jsonl import export_records, write_jsonl

__all__ = ["export_records", "write_jsonl"]
