"""A verb coordinated with an earlier one whose subject is a pronoun ("it closed its airspace to
Latvian airlines and suspended all trade with Latvia") shares the pronoun's party, not a party named
in the first verb's object.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def test_coordinated_verb_takes_the_pronouns_party() -> None:
    facts = event_facts("On 23 April 2023 Latvia closed its border with Russia. Russia replied the next day: it "
                        "closed its airspace to Latvian airlines and suspended all trade with Latvia.",
                        opening=OPENING, closing=CLOSING)
    san = of_type(facts, "sanction")
    assert san and san[0].args["actors"] == ["state:RUS"] and san[0].args.get("targets") == ["state:LVA"]


def test_a_new_subject_after_the_coordinator_is_its_own() -> None:
    facts = event_facts("On 23 April 2023 Latvia closed its border with Russia. Russia replied the next day: it "
                        "closed its airspace to Latvian airlines, and Estonia suspended all trade with Russia.",
                        opening=OPENING, closing=CLOSING)
    assert all(f.args["actors"] != ["state:RUS"] for f in of_type(facts, "sanction"))
