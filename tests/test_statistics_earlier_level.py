"""Statistics: a figure's earlier level written after it ("…, down from 74 percent a year earlier",
"… from a peak of 38 percent") is the same subject's."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_earlier_level_inherits_the_subject() -> None:
    got = _stats("Uzbekistan's inflation slowed to 9 percent in May, down from 12 percent a year earlier.")
    assert {("state:UZB", 9.0, "percent"), ("state:UZB", 12.0, "percent")} <= got
    got = _stats("Armenia's public debt fell to 48 percent of GDP from a peak of 63 percent in 2021.")
    assert ("state:ARM", 63.0, "percent") in got
