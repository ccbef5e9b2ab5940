"""A distance from a border ("within 10 km of the border") is not the border's length; a length
told as "N km of the border" keeps its reading."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

HEAD = "Tajikistan and Kyrgyzstan traded accusations on Monday. "


def test_a_distance_within_some_km_of_the_border_is_no_length() -> None:
    got = _stats("In Tajikistan's Sughd region, officials began moving families living within 12 km of the "
                 "border to safer areas, the ministry said.", head=HEAD)
    assert not any(u == "km" for _s, _v, u in got)
    got = _stats("Herders may graze their flocks up to about 5 km of the frontier, officials said.", head=HEAD)
    assert not any(u == "km" for _s, _v, u in got)


def test_km_of_border_a_state_guards_is_still_its_length() -> None:
    assert ("state:KGZ", 970.0, "km") in _stats("Kyrgyzstan guards 970 km of the border with Tajikistan.")
