"""A truce told without its parties (own sentences): its parties are those of the fighting told just before
in the paragraph; with no fighting told, it takes none from elsewhere."""

from __future__ import annotations

from event_facts import of_type, wire_event_facts


def test_a_truce_after_fighting_is_the_fighters() -> None:
    facts = wire_event_facts("Uzbek and Kyrgyz border guards clashed on Wednesday near Osh. A truce agreed that evening "
                             "collapsed within hours.")
    got = of_type(facts, "ceasefire")
    assert got and set(got[0].args["actors"]) == {"state:UZB", "state:KGZ"}
    assert "fighting" in got[0].inferences["actors"]


def test_a_truce_with_no_fighting_told_has_no_borrowed_parties() -> None:
    facts = wire_event_facts("Uzbekistan and Kyrgyzstan signed a trade deal on Monday.\n\nA truce agreed on "
                             "Wednesday has largely held, officials said.")
    assert not [f for f in of_type(facts, "ceasefire") if "fighting" in f.inferences.get("actors", "")]


def test_a_clash_told_by_the_dead_of_both_sides_is_fought_by_both() -> None:
    facts = wire_event_facts("Relations have been tense since 2021, when clashes over a canal killed 31 Uzbek and "
                             "12 Kyrgyz citizens.")
    got = of_type(facts, "attack")
    assert got and set(got[0].args["actors"]) == {"state:UZB", "state:KGZ"} and got[0].args["date"] == "2021"


def test_dead_of_one_side_or_officials_of_another_tell_no_two_sides() -> None:
    for body in ("In 2021 a clash killed 31 Uzbek citizens.",
                 "In 2021 Kyrgyz officials said clashes with gunmen killed 31 Uzbek soldiers."):
        assert not [f for f in of_type(wire_event_facts(body), "attack")
                    if "dead of both sides" in f.inferences.get("actors", "")]


def test_since_a_day_when_a_clash_happened_dates_the_clash() -> None:
    facts = wire_event_facts("Relations have been strained since June 15, 2021, when clashes over a canal killed 31 "
                             "Uzbek and 12 Kyrgyz soldiers.")
    got = of_type(facts, "attack")
    assert got and got[0].args["date"] == "2021-06-15"
