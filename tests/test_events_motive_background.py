"""Events told as the motive of another act (own sentences): a protest or crackdown in a cause phrase after
another party's act ("over what it called a crackdown", "responsible for the dispersal of protests") is
background to that act, not news with that party as its actor; a protest told for itself is an event."""

from __future__ import annotations

from event_facts import essay_event_facts, of_type


def test_a_crackdown_as_the_motive_of_sanctions_is_no_event() -> None:
    facts = essay_event_facts("On 4 March 2024 Canada imposed sanctions on three Belarusian officials over what it "
                              "called a brutal crackdown on protesters.")
    assert [(f.args["actors"], f.args.get("targets")) for f in of_type(facts, "sanction")] == [(["state:CAN"], ["state:BLR"])]
    assert not of_type(facts, "coercion")


def test_protests_someone_is_held_responsible_for_are_no_event() -> None:
    facts = essay_event_facts("On 4 March 2024 Estonia imposed entry bans on officials it holds responsible for the "
                              "violent dispersal of protests in Minsk.")
    assert [f.args["actors"] for f in of_type(facts, "sanction")] == [["state:EST"]]
    assert not of_type(facts, "protest")


def test_a_protest_of_its_own_is_an_event() -> None:
    facts = essay_event_facts("On 4 March 2024 thousands of people protested in Minsk against the new law.")
    assert [(f.args["actors"], f.args.get("location")) for f in of_type(facts, "protest")] == \
        [(["state:BLR"], "place:minsk")]
