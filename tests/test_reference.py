"""SIPRI reference data: parsing, names, import, shares, CLI (fixtures + shared files)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from shared_data import SIPRI_DELIVERIES, SIPRI_TRADE_REGISTER, needs_sipri
from typer.testing import CliRunner

from silkgraph.analyse.shares import share
from silkgraph.reference.names import resolve_actor, resolve_region, resolve_state
from silkgraph.reference.shares import TivRow, compute_share
from silkgraph.reference.sipri import (
    DELIVERIES,
    TRADE_REGISTER,
    DeliveryRecord,
    Header,
    RowError,
    TradeRecord,
    parse_file,
    parse_value,
)
from silkgraph.store import open_store
from silkgraph.store.reference import import_sipri, list_imports, reference_transfers

FIX = Path(__file__).parent / "fixtures" / "sipri"
TR = FIX / "trade-register.csv"
TR_2026 = FIX / "trade-register-2026.csv"
DL = FIX / "deliveries.csv"


def _items(path: Path) -> list:
    return list(parse_file(str(path)))


# -- parsing ---------------------------------------------------------------------------

def test_trade_register_shape_vintage_and_records() -> None:
    items = _items(TR)
    head = items[0]
    assert isinstance(head, Header)
    assert head.shape == TRADE_REGISTER and head.vintage == "2025-01-01"
    recs = [i for i in items if isinstance(i, TradeRecord)]
    errs = [i for i in items if isinstance(i, RowError)]
    assert len(recs) == 9
    assert [(e.line, "20x1" in e.reason) for e in errs] == [(22, True)]
    j10 = recs[0]
    assert (j10.designation, j10.number_ordered, j10.number_ordered_est, j10.delivery_years) == (
        "J-10C", 36, True, [2022, 2023])
    assert j10.value is not None and j10.value.amount == 1.4e9 and j10.value.currency == "USD"
    # Latin-1 decoded
    assert recs[4].recipient == "Côte d'Ivoire" and "Türkiye" in recs[4].comments
    # the comment broken across two lines is stitched back
    syria = recs[7]
    assert syria.comments.startswith("Part of $1.6 b deal; supplied via third countries")
    assert syria.tiv_delivered == 1.0 and syria.value is not None and syria.value.part
    # ids are stable and unique
    assert len({r.sipri_id for r in recs}) == 9
    assert [r.sipri_id for r in recs] == [
        r.sipri_id for r in _items(TR) if isinstance(r, TradeRecord)]


def test_deliveries_shape_and_errors() -> None:
    items = _items(DL)
    assert isinstance(items[0], Header) and items[0].shape == DELIVERIES
    assert items[0].vintage == "2026-02-12"
    recs = [i for i in items if isinstance(i, DeliveryRecord)]
    errs = [i for i in items if isinstance(i, RowError)]
    assert len(recs) == 10
    assert [e.line for e in errs] == [23, 24]
    assert recs[0].sipri_id == "31435" and recs[0].tiv == 525 and recs[0].number_est


@pytest.mark.parametrize("text,amount,cur", [
    ("$1.4 b deal", 1.4e9, "USD"), ("EUR7.8 b deal; incl weapons", 7.8e9, "EUR"),
    ("$700 m deal; for J-10", 7e8, "USD"), ("$160-200m deal", 1.8e8, "USD"),
    ("Part of PHP19 b ($375 m) deal", 3.75e8, "USD"),
])
def test_parse_value(text: str, amount: float, cur: str) -> None:
    v = parse_value(text)
    assert v is not None and v.amount == pytest.approx(amount) and v.currency == cur


def test_parse_value_none() -> None:
    assert parse_value("Second-hand; aid") is None


# -- names -----------------------------------------------------------------------------

def test_names() -> None:
    assert resolve_actor("Turkiye").id == "state:TUR"
    assert resolve_actor("Soviet Union").id == "state:SUN"
    assert resolve_actor("Cote d'Ivoire").id == "state:CIV"
    assert resolve_actor("Côte d'Ivoire").id == "state:CIV"
    assert resolve_actor("unknown supplier(s)").id is None
    h = resolve_actor("Houthi rebels (Yemen)*")
    assert h.type == "armed_group" and h.id and h.id.split(":")[0] in ("armed", "sipri")
    m = resolve_actor("Mujahedin (Afghanistan)*")
    # the gazetteer's id when it knows the group, else a reference-only id
    assert m.type == "armed_group" and m.id and m.id.split(":")[0] in ("armed", "sipri")
    assert resolve_actor("NATO**").type == "organization"
    assert resolve_actor("Pakistan").id == "state:PAK"
    for alias in ("Russia", "RUS", "state:RUS", "russia"):
        assert resolve_state(alias) == "state:RUS"
    for alias in ("Turkey", "Türkiye", "Turkiye", "TUR"):
        assert resolve_state(alias) == "state:TUR"
    assert resolve_state("armenia") == "state:ARM"


def test_regions_and_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ca = resolve_region("Central Asia")
    assert ca is not None and set(ca.members) == {f"state:{c}" for c in
                                                   ("KAZ", "KGZ", "TJK", "TKM", "UZB")}
    assert resolve_region("place:south-caucasus") is not None
    (tmp_path / "regions.yaml").write_text(
        "regions:\n  Caspian:\n    aliases: [caspian states]\n    members: [AZE, IRN, KAZ, RUS, TKM]\n",
        encoding="utf-8")
    monkeypatch.setenv("SILKGRAPH_OVERLAY", str(tmp_path))
    casp = resolve_region("Caspian states")
    assert casp is not None and "state:IRN" in casp.members


# -- import ----------------------------------------------------------------------------

def test_import_idempotent_and_vintages(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    r1 = import_sipri(store, TR)
    assert r1.status == "new" and r1.deals == 9 and [e.line for e in r1.errors] == [22]
    r2 = import_sipri(store, TR)
    assert r2.status == "unchanged"
    assert store.conn.execute("SELECT COUNT(*) FROM ref_deals").fetchone()[0] == 9
    r3 = import_sipri(store, TR_2026)
    assert r3.status == "new" and r3.vintage == "2026-03-05"
    assert store.conn.execute("SELECT COUNT(*) FROM ref_deals").fetchone()[0] == 18
    assert [i["vintage"] for i in list_imports(store)] == ["2025-01-01", "2026-03-05"]
    # newest vintage by default; the older one on request
    new = reference_transfers(store, "state:CHN", "state:PAK", "J-10C")
    assert [(t["vintage"], t["quantity_qualifier"]) for t in new] == [("2026-03-05", None)]
    old = reference_transfers(store, "state:CHN", "state:PAK", "wpn:j-10c", vintage="2025-01-01")
    assert [(t["vintage"], t["quantity_qualifier"]) for t in old] == [("2025-01-01", "about")]
    t = old[0]
    assert t["origin"] == "sipri" and t["sipri_id"].startswith("TR-") and t["quantity"] == 36
    assert t["value"] == {"amount": 1.4e9, "currency": "USD"} and t["date"] == "2021"
    assert t["tiv"] == 1350
    r4 = import_sipri(store, DL)
    assert r4.deals == 9 and r4.rows == 10 and [e.line for e in r4.errors] == [23, 24]
    dl = reference_transfers(store, "state:CHN", "state:PAK", shape=DELIVERIES)
    assert dl[0]["sipri_id"] == "31435" and dl[0]["delivery_years"] == [2022, 2023]
    assert dl[0]["tiv"] == 937.5
    civ = reference_transfers(store, recipient="state:CIV")
    assert civ and civ[0]["supplier"] == "state:TUR"
    assert reference_transfers(store, "state:RUS", "state:ARM", since=2019, until=2019,
                               shape=TRADE_REGISTER)[0]["designation"] == "Su-30K"


def test_shares_on_fixture(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    import_sipri(store, DL)
    ans = share(store, "Russia", (2011, 2020), recipient="Armenia")
    r = ans.result
    # 2011-2020 to Armenia: Russia 190 + 75; Jordan 21; unknown 1
    assert r.tiv == 265 and r.scope_total == 287
    assert r.share == pytest.approx(100 * 265 / 287)
    assert r.rank == 1 and r.n_suppliers == 2 and ans.vintage == "2026-02-12"
    reg = share(store, "Turkey", (2019, 2020), region="South Caucasus").result
    # 2019-2020 to ARM/AZE/GEO: Russia 190, Jordan 21, Turkiye 19.2
    assert reg.rank == 3 and reg.share == pytest.approx(100 * 19.2 / (190 + 21 + 19.2))
    world = share(store, "China", (2022, 2023)).result
    assert world.world_share == pytest.approx(100.0) and world.world_rank == 1


def test_compute_share_ranks_ties_and_unknown() -> None:
    rows = [TivRow("1", "state:A", "A", "state:X", "X", 2020, 10.0),
            TivRow("2", "state:B", "B", "state:X", "X", 2020, 10.0),
            TivRow("3", None, "unknown supplier(s)", "state:X", "X", 2020, 50.0),
            TivRow("4", "state:C", "C", "state:X", "X", 2020, 5.0)]
    r = compute_share(rows, "state:C", (2020, 2020), {"state:X"})
    assert r.rank == 3 and r.share == pytest.approx(100 * 5 / 75)
    assert [s.rank for s in r.top] == [None, 1, 1, 3]


# -- CLI -------------------------------------------------------------------------------

def test_cli(tmp_path: Path) -> None:
    from silkgraph.serve.cli import app

    db = str(tmp_path / "kb.db")
    run = CliRunner()
    res = run.invoke(app, ["reference", "import-sipri", str(DL), "--db", db])
    assert res.exit_code == 1  # malformed rows were skipped and reported
    assert f"{DL}:23" in res.output.replace("\n", "") or "23" in res.output
    res = run.invoke(app, ["reference", "import-sipri", str(DL), "--db", db])
    assert "already imported" in res.output
    res = run.invoke(app, ["reference", "list", "--db", db, "--json"])
    assert json.loads(res.output)[0]["shape"] == DELIVERIES
    res = run.invoke(app, ["share", "--supplier", "Russia", "--recipient", "armenia",
                           "--years", "2011-2020", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["rank"] == 1 and d["share_exact"] == pytest.approx(100 * 265 / 287)
    res = run.invoke(app, ["share", "--supplier", "Atlantis", "--years", "2011-2020", "--db", db])
    assert res.exit_code == 2 and "unknown supplier" in res.output
    res = run.invoke(app, ["reference", "import-sipri", str(tmp_path / "nope.csv"), "--db", db])
    assert res.exit_code == 2


# -- the shared SIPRI files --------------------------------------------------------------

@needs_sipri
def test_shared_import_counts(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    tr = import_sipri(store, SIPRI_TRADE_REGISTER)
    assert (tr.shape, tr.vintage, tr.deals, tr.errors) == (TRADE_REGISTER, "2025-03-13", 29515, [])
    dl = import_sipri(store, SIPRI_DELIVERIES)
    assert (dl.shape, dl.vintage, dl.rows, dl.deals, dl.errors) == (
        DELIVERIES, "2026-02-12", 25024, 12571, [])
    assert tr.seconds < 30 and dl.seconds < 30
    assert import_sipri(store, SIPRI_TRADE_REGISTER).status == "unchanged"


def _independent_share(supplier: str, recipient: str, y1: int, y2: int) -> tuple[float, float]:
    mine = total = 0.0
    with open(SIPRI_DELIVERIES, encoding="latin-1", newline="") as fh:
        lines = fh.read().splitlines()[12:]
    for row in csv.reader(line.rstrip(";") for line in lines):
        if row[2] == recipient and y1 <= int(row[10]) <= y2:
            tiv = float(row[15] or 0)
            total += tiv
            if row[1] == supplier:
                mine += tiv
    return mine, total


@needs_sipri
def test_shared_russia_armenia_share(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    import_sipri(store, SIPRI_DELIVERIES)
    ans = share(store, "Russia", (2011, 2020), recipient="Armenia")
    mine, total = _independent_share("Russia", "Armenia", 2011, 2020)
    assert ans.result.tiv == pytest.approx(mine, abs=1e-9)
    assert ans.result.scope_total == pytest.approx(total, abs=1e-9)
    assert ans.result.share == pytest.approx(100 * mine / total, abs=1e-9)
    assert ans.result.rank == 1
    assert round(ans.result.share) == 94
