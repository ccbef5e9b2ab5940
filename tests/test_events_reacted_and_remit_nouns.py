"""Event nouns that tell no new event (our own sentences): an act told as the object of another
party's reaction ("condemned the bombing", "concerned by the arrests") and dated only by the reaction
is the earlier act, not news of the reaction's day; an event noun naming an agent's remit ("the
sanctions envoy", "the sanctions committee", "Secretary of War") is no event.  Near misses: the object's
own date ("condemned the 3 May bombing", "… in April") keeps the act; "imposed sanctions on X" and a
bombing told on its own stay events.  A performative verb ("declared a partial mobilisation") gives its
subject to the act it names."""

from __future__ import annotations

from event_facts import dates_of, event_facts, event_types, of_type, wire_event_facts


def test_an_act_condemned_on_the_reactions_day_is_no_new_event() -> None:
    for body in ("Tajikistan on Monday condemned the bombing of a Kyrgyz border post.",
                 "The ministry said on Tuesday it was \"deeply concerned\" by the arrests of Georgian students.",
                 "On Friday the president apologised for the shelling of Armenian villages."):
        assert "attack" not in event_types(wire_event_facts(body)), body
        assert "coercion" not in event_types(wire_event_facts(body)), body


def test_an_act_condemned_with_its_own_date_is_kept() -> None:
    facts = wire_event_facts("On Monday Tajikistan condemned the bombing of a Kyrgyz border post on 3 March.")
    assert dates_of(facts, "attack") == ["2024-03-03"]
    facts = event_facts("The June 2024 summit in Astana condemned the Israeli strikes on Iran in April 2024.")
    assert dates_of(facts, "attack") == ["2024-04"]


def test_an_act_told_on_its_own_stays_an_event() -> None:
    facts = wire_event_facts("Militants bombed a Kyrgyz border post on Monday, and Bishkek condemned the attack.")
    assert of_type(facts, "attack")
    facts = wire_event_facts("The European Union imposed sanctions on Iran on Monday.")
    assert of_type(facts, "sanction")


def test_an_event_noun_naming_an_agents_remit_is_no_event() -> None:
    for body in ("On Monday the EU's sanctions envoy visited Astana and met Kazakh officials.",
                 "On Monday the UN Security Council's sanctions committee granted the minister a travel exemption.",
                 "On Monday Secretary of War John Doe signed a defence framework with India in Kuala Lumpur."):
        types = event_types(wire_event_facts(body))
        assert "sanction" not in types and "attack" not in types, (body, types)


def test_a_declared_mobilisation_is_the_declarers_act() -> None:
    facts = event_facts("When Vladimir Putin declared a partial mobilisation on 21 September 2022, thousands of "
                        "men left Russia.")
    got = of_type(facts, "mobilization")
    assert got and "state:RUS" in got[0].args["actors"], [(f.args["event_type"], f.args.get("actors")) for f in facts]
