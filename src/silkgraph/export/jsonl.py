"""The JSON Lines export, exactly as ``spec/export.md`` describes it.

Articles first, then entities, then facts; one JSON object per line, each with
``kind``. Extra fields are allowed by the contract; the named ones never change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from silkgraph.store import SQLiteStore


def export_records(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    for a in store.iter_articles():
        a.pop("source_id", None)
        yield {"kind": "article", **a}
    for e in store.iter_entities():
        if not e["mentions"] and not e.get("attrs", {}).get("reference"):
            continue
        attrs = e.pop("attrs", {})
        rec = {"kind": "entity", **e}
        if attrs:
            rec["attrs"] = attrs
        if rec["type"] != "state":
            rec.pop("iso3", None)
        yield rec
    for f in store.iter_facts():
        yield {"kind": "fact", **f}


def write_jsonl(store: SQLiteStore, out: TextIO) -> int:
    n = 0
    for rec in export_records(store):
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        n += 1
    return n
