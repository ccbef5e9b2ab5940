"""A title with a hyphenated qualifier ("President-elect", "Minister-designate") is no word of
the name that follows it; hyphenated names themselves ("Fazl-e-Haider") stay whole.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_president_elect_before_a_known_name(kb: Knowledge) -> None:
    got = spans(rec(kb, "Officials waited for President-elect Donald Trump to name his envoy."))
    assert got.get("Donald Trump") == "person:donald-trump"
    assert not any(k.startswith("President") for k in got)


def test_minister_designate_before_a_new_name(kb: Knowledge) -> None:
    got = spans(rec(kb, "Foreign Minister-designate Anvar Karimov met the ambassadors on Friday."))
    assert "Anvar Karimov" in got
    assert not any("designate" in k for k in got)


def test_a_hyphenated_name_stays_whole(kb: Knowledge) -> None:
    got = spans(rec(kb, "The analyst Syed Fazl-e-Haider wrote the report."))
    assert "Syed Fazl-e-Haider" in got
