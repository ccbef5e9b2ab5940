"""Leaving a bloc named in full ("left the Russian-led Collective Security Treaty Organization in
2012") is a retreat from it; leaving a place is not.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

CLOSING = "\nPublished: 12 March 2024\n"


def test_leaving_a_bloc_named_in_full() -> None:
    got = of_type(event_facts("Georgia left the Russian-led Collective Security Treaty Organization in 1999.",
                              closing=CLOSING), "retreat")
    assert got and got[0].args["actors"] == ["state:GEO"] and got[0].args["date"] == "1999"


def test_leaving_a_city_is_no_retreat() -> None:
    got = of_type(event_facts("In May 2012 the Georgian minister left the capital of Moldova for a holiday.",
                              closing=CLOSING), "retreat")
    assert not got
