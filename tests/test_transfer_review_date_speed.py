"""Dating every good of a very long transfer list stays linear: the sentence's trigger table is
built once per sentence, not once per good (a 20,000-character list sentence took seconds).
Speed itself is measured by the benchmarks, never by a timed test: this checks the structure."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

from silkgraph.extract.transfers import dates


def test_long_list_sentence_builds_its_trigger_table_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = dates._HitTable.__init__

    def counting(self, text, all_hits, items):  # type: ignore[no-untyped-def]
        built.append(len(items))
        real(self, text, all_hits, items)

    monkeypatch.setattr(dates._HitTable, "__init__", counting)
    part = ("Belarus delivered 14 Su-30 fighters in 2018 and 25 T-90 tanks in 2020 and the transfer of MiG-29 jets "
            "from Russia to Mali and ")
    text = part * 40 + "Mali received two Harop drones in 2022."  # one sentence, over a hundred goods
    got = transfers(text)
    assert any(t["recipient"] == "state:MLI" and t["system"] == "wpn:harop" for t in got)
    assert len(built) == 1, built  # one table for the one sentence, whatever the number of goods
    assert built[0] > 100
