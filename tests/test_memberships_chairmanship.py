"""Chairing a bloc presupposes a seat in it: "X holds the rotating chairmanship of ORG", "X took
over the grouping's chair" (the bloc named before); not the presidency of a country nor the
chair of a meeting."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nASTANA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_chairmanship_of_a_bloc() -> None:
    assert ("state:UZB", "org:sco") in _mems("Uzbekistan holds the rotating chairmanship of the Shanghai Cooperation Organisation.")
    assert ("state:NPL", "org:bimstec") in _mems("Leaders met at the BIMSTEC summit, where Nepal took over the grouping's chair.")


def test_chairmanship_near_misses() -> None:
    assert not _mems("Kazakhstan took over the presidency of the country.")
    assert not _mems("Tokayev took over the chair of the meeting.")
