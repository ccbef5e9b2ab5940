"""Statistics: a figure's earlier level written after it ("…, down from 74 percent a year earlier",
"… from a peak of 38 percent") is the same subject's."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _stats(body: str) -> set[tuple[str, float, str]]:
    text = "Test headline\n\nOfficials met on Monday. " + body + "\n"
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"])
            for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "statistic"}


def test_earlier_level_inherits_the_subject() -> None:
    got = _stats("Uzbekistan's inflation slowed to 9 percent in May, down from 12 percent a year earlier.")
    assert {("state:UZB", 9.0, "percent"), ("state:UZB", 12.0, "percent")} <= got
    got = _stats("Armenia's public debt fell to 48 percent of GDP from a peak of 63 percent in 2021.")
    assert ("state:ARM", 63.0, "percent") in got
