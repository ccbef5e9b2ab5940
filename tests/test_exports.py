"""CSV and GraphML exports (networkx used only when installed)."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
from kbfixture import build_kb

from silkgraph.analyse.kb import KnowledgeBase
from silkgraph.export.csv import TRANSFER_COLUMNS, write_csv
from silkgraph.export.graphml import write_graphml
from silkgraph.serve.exports_cli import export_other
from silkgraph.store import SQLiteStore

NS = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_kb(tmp_path_factory.mktemp("kb") / "kb.db")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_one_file_per_fact_type(db: str, tmp_path: Path) -> None:
    with KnowledgeBase.open(db) as kb:
        counts = write_csv(kb, tmp_path / "out")
    assert counts == {"arms_transfers.csv": 5, "events.csv": 6, "memberships.csv": 3,
                      "relations.csv": 3, "statistics.csv": 1, "entities.csv": 11}
    rows = _read(tmp_path / "out" / "arms_transfers.csv")
    assert list(rows[0]) == TRANSFER_COLUMNS
    j10 = next(r for r in rows if r["recipient"] == "Pakistan")
    assert (j10["supplier"], j10["designation"], j10["description"], j10["number"],
            j10["order_date"], j10["status"], j10["modality"]) == (
        "China", "J-10C", "aircraft", "36", "2022", "delivered", "asserted")
    assert j10["evidence"].startswith("China delivered 36 J-10C") and j10["source"] == "fighters.txt"
    art = next(r for r in rows if r["supplier"] == "Russia")
    assert art["designation"] == "" and art["description"] == "artillery"
    jf = next(r for r in rows if r["designation"] == "JF-17 Thunder")
    assert float(jf["value"]) == 1.6e9 and jf["currency"] == "USD"
    ev = _read(tmp_path / "out" / "events.csv")
    assert {r["event_type"] for r in ev} >= {"attack", "ceasefire"}
    xss = next(r for r in ev if r["event_type"] == "statement")
    assert "<script>alert(1)</script>" in xss["evidence"]  # CSV keeps the text verbatim
    st = _read(tmp_path / "out" / "statistics.csv")[0]
    assert (st["period_start"], st["period_end"], st["unit"]) == ("2020", "2024", "percent")


def test_graphml_parses(db: str, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    with KnowledgeBase.open(db) as kb:
        n_edges = write_graphml(kb, out)
    root = ET.parse(out).getroot()
    nodes = {n.get("id") for n in root.iter(f"{NS}node")}
    edges = list(root.iter(f"{NS}edge"))
    assert n_edges == len(edges) == 11
    assert {"state:CHN", "state:PAK", "state:AZE", "org:sco"} <= nodes
    kinds = {d.text for e in edges for d in e if d.get("key") == "e_kind"}
    assert kinds == {"ally", "adversary", "transfer", "member"}
    try:
        import networkx as nx
    except ImportError:
        return
    g = nx.read_graphml(out)
    assert g.nodes["state:PAK"]["name"] == "Pakistan"
    assert g.has_edge("state:CHN", "state:PAK")


def test_export_other(db: str, tmp_path: Path) -> None:
    store = SQLiteStore(db)
    try:
        export_other(store, "csv", str(tmp_path / "csv"))
        assert (tmp_path / "csv" / "arms_transfers.csv").exists()
        export_other(store, "graphml", str(tmp_path / "g.graphml"))
        assert ET.parse(tmp_path / "g.graphml").getroot().tag == f"{NS}graphml"
        with pytest.raises(typer.Exit):
            export_other(store, "csv", None)
        with pytest.raises(typer.Exit):
            export_other(store, "xlsx", str(tmp_path / "x"))
    finally:
        store.close()
