"""Statistics on the project's own probe texts (tests/fixtures/statistics): the figures analysts and
wire reporters state are found, and near misses (dates, designations, page numbers, a bio's age,
phone numbers, resolution numbers, ordinal unit names) never become statistics."""

from __future__ import annotations

from pathlib import Path

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

FIX = Path(__file__).parent / "fixtures" / "statistics"


def _values(name: str) -> set[tuple[str, float, str]]:
    text = (FIX / name).read_text(encoding="utf-8")
    return {(f.args["subject"], round(f.args["value"], 1), f.args["unit"])
            for aa in analyse_source(Source(name, text)) for f in aa.extraction.facts if f.type == "statistic"}


NEAR_MISSES = {14.0, 201.0, 300.0, 2734.0, 41.0, 992.0, 37.0, 221.0, 4508.0, 10.0, 1.0, 17.0, 42.0, 60.0,
               92.0, 51.0, 920.0, 1234.0, 2015.0, 2023.0}


def test_analysis_probe() -> None:
    got = _values("probe-analysis.txt")
    assert {("state:TJK", 50.0, "percent"), ("state:KGZ", 20.0, "percent"), ("state:KGZ", 4.4e9, "USD"),
            ("state:CHN", 33.0, "percent"), ("state:RUS", 6000.0, "count")} <= got
    assert not {v for _s, v, u in got if u == "count"} & NEAR_MISSES


def test_wire_probe() -> None:
    got = _values("probe-wire.txt")
    assert {("state:PAK", 74.0, "percent"), ("state:PAK", 17.6e12, "PKR"), ("state:SAU", 25.0, "percent"),
            ("state:PAK", 800000.0, "count")} <= got
    assert not any(s == "state:IND" and u == "percent" for s, _v, u in got)
    assert not {v for _s, v, u in got if u in ("count", "percent")} & (NEAR_MISSES - {60.0})
