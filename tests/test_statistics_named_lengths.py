"""Statistics: lengths of named works and borders — a border named right after its length ("the
2,400-km frontier, known as the X Line"), a named pipeline carrying a volume "over 1,200 km from A
to B", "their roughly 900-kilometre border"."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_border_named_after_its_length() -> None:
    got = _stats("Kabul has never accepted the roughly 2,600-kilometre frontier, known as the Durand Line.")
    assert ("place:afpak-border", 2600.0, "km") in got
    assert ("state:AFG", 2600.0, "km") not in got


def test_named_pipeline_carrying_over_a_distance() -> None:
    got = _stats("The TAPI pipeline is expected to carry 30 billion cubic metres a year over 1,700 km from "
                 "Turkmenistan to India.")
    assert ("program:tapi", 1700.0, "km") in got
    assert not _stats("The convoy carried supplies over 300 km from the capital.")


def test_their_border_length() -> None:
    got = _stats("Kyrgyzstan and Tajikistan signed a deal on Friday. The two neighbours finished demarcating their "
                 "roughly 970-kilometre border.")
    assert any(u == "km" and v == 970.0 for _s, v, u in got)
