"""Statistics: a place named again by a definite noun owns the figure ("the crossing, which handles
$2 million of trade a day"; "the region's 150,000 Armenians" — the area the article names most), and
people counted fleeing into a state come from the place named just before outside it."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_definite_noun_for_a_place_named_before() -> None:
    got = _stats("Torkham was closed in February; the two sides traded fire, and the crossing, which handles about "
                 "$2 million of trade a day, reopened in March.")
    assert ("place:torkham", 2e6, "USD") in got


def test_region_noun_for_the_area_named_most() -> None:
    got = _stats("Nagorno-Karabakh was cut off in 2023. Aid to Nagorno-Karabakh stopped. Few of the region's roughly "
                 "150,000 Armenians stayed.")
    assert ("place:nagorno-karabakh", 150000.0, "count") in got


def test_flight_from_the_place_named_before() -> None:
    got = _stats("In 2023 Azerbaijan retook Nagorno-Karabakh in a day. Within a week more than 90,000 ethnic Armenians "
                 "fled to Armenia.")
    assert ("place:nagorno-karabakh", 90000.0, "count") in got
    # the place named before lies in the destination state: no origin
    assert not _stats("Talks were held in Yerevan. Within a week more than 90,000 ethnic Armenians fled to Armenia.")
