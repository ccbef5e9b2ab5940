"""Leaving a bloc named in full ("left the Russian-led Collective Security Treaty Organization in
2012") or by its acronym, or walking out of it, is a retreat from it (a later mention keeps the
leaver's role), and so is freezing participation in the bloc named before; leaving a place (a city,
a state) is not.  Own sentences."""

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


def test_leaving_a_bloc_named_by_its_acronym_is_a_retreat() -> None:
    got = of_type(event_facts("Turkmenistan left the CSTO in 2015."), "retreat")
    assert got and got[0].args["actors"] == ["state:TKM"] and got[0].args["targets"] == ["org:csto"]


def test_leaving_a_state_is_no_retreat() -> None:
    assert not of_type(event_facts("The minister left the UAE in March 2015."), "retreat")


def test_frozen_participation_is_in_the_bloc_named_before() -> None:
    got = of_type(event_facts("Turkmenistan left the CSTO in 2015, and Belarus froze its participation in March 2023."),
                  "retreat")
    frozen = [f for f in got if f.args["actors"] == ["state:BLR"]]
    assert frozen and frozen[0].args["targets"] == ["org:csto"] and frozen[0].args["date"] == "2023-03"
    assert "targets" in frozen[0].inferences


def test_walking_out_of_a_bloc_is_a_retreat() -> None:
    facts = event_facts("Georgia walked out of the Commonwealth of Independent States in 2008.")
    got = [f for f in facts if f.args["event_type"] == "retreat"]
    assert got and got[0].args["actors"] == ["state:GEO"] and got[0].args["date"] == "2008"


def test_a_later_mention_keeps_the_first_role() -> None:
    facts = event_facts("Georgia walked out of the Commonwealth of Independent States in 2009, "
                        "the first time it had left the bloc.")
    got = [f for f in facts if f.args["event_type"] == "retreat"]
    assert got and got[0].args["actors"] == ["state:GEO"]
