"""Goods listed under one buying verb before a source naming several states ("Y received S in
2019, T in 2020 and two radars in 2021 from X and Z"): a good made by one of the named states
comes from it; a good with no such origin gets no supplier (no fact rather than one fact per
state, each with the whole count).  A single good bought "from X and Z" keeps one fact per state,
and a list with one named source gives every good that source.  Own invented sentences."""

from __future__ import annotations

from test_extract_transfers import transfers


def _facts(text: str) -> set[tuple[str, str, str, int | None]]:
    return {(t["supplier"], t["recipient"], t["system"], t.get("quantity")) for t in transfers(text)}


def test_origins_among_shared_sources_win() -> None:
    got = _facts("Kenya obtained 12 Harop drones and 20 Bayraktar TB2 drones from Israel and Turkey.")
    assert got == {("state:ISR", "state:KEN", "wpn:harop", 12), ("state:TUR", "state:KEN", "wpn:bayraktar-tb2", 20)}


def test_dated_list_with_two_sources() -> None:
    got = _facts("Ghana received 6 Bayraktar TB2 drones in 2019, two Harop drones in 2020 and three radars "
                 "in 2021 from Turkey and Israel.")
    assert ("state:ISR", "state:GHA", "wpn:harop", 2) in got
    assert ("state:TUR", "state:GHA", "wpn:bayraktar-tb2", 6) in got
    assert not any(sy == "radars" for _s, _r, sy, _q in got)  # which of the two sent them is not told


def test_origin_less_good_first_in_list_gets_no_supplier() -> None:
    got = _facts("Chad bought eight howitzers and six Bayraktar TB2 drones from Turkey and Israel.")
    assert got == {("state:TUR", "state:TCD", "wpn:bayraktar-tb2", 6)}


def test_near_misses_keep_their_sources() -> None:
    # one named source: every listed good comes from it
    got = _facts("Chad acquired ten Harop drones in 2019 and four radars in 2020 from Turkey.")
    assert got == {("state:TUR", "state:TCD", "wpn:harop", 10), ("state:TUR", "state:TCD", "radars", 4)}
    # a single good bought from two states: each supplies it
    got = _facts("Chad bought tanks from Russia and Belarus.")
    assert {s for s, _r, _sy, _q in got} == {"state:RUS", "state:BLR"}
