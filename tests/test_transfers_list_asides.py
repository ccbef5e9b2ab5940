"""Arms transfers: asides inside lists and appositives (own short sentences, with near misses):
a dated participle closing one list item does not cut the list; a verb inside an aside is not the
next item's verb; an appositive's licence participle names the producer."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_dated_participle_closing_an_item_keeps_the_list() -> None:
    assert _keys("Russia sold Armenia 30 Su-30SM fighters, eight Tor-M2K systems delivered in 2022 and 2023, "
                 "and Mi-35M helicopters.") == {
        ("state:RUS", "state:ARM", "wpn:su-30sm"), ("state:RUS", "state:ARM", "wpn:tor-m2"),
        ("state:RUS", "state:ARM", "wpn:mi-35m")}
    # a new clause with its own subject and verb is no list item
    assert ("state:RUS", "state:ARM", "wpn:mi-35m") not in _keys(
        "Russia sold Armenia eight Tor-M2K systems delivered in 2022, and Azerbaijan bought Mi-35M "
        "helicopters from Russia.")


def test_verb_inside_an_aside_is_not_the_next_items_verb() -> None:
    got = _keys("In 2016 Turkmen troops displayed an HQ-9 system, believed to be the first of its type exported, "
                "together with FM-90 systems.")
    assert ("state:CHN", "state:TKM", "wpn:fm-90") in got
    assert all(sup != "state:TKM" for sup, _r, _s in got)


def test_appositive_licence_participle_and_design_origin() -> None:
    assert _keys("The Kirpi, a vehicle of Turkish design built under licence in Turkmenistan, "
                 "entered service in 2021.") == {("state:TUR", "state:TKM", "wpn:kirpi")}
    assert _keys("The Kirpi, a vehicle of Turkish design, entered service in 2021.") == set()
