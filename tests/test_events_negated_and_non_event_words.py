"""Words that tell no event (our own sentences): a negated verb or the object of one, "joined
him in condemning", a word of an organisation's name, an enlargement commissioner, attack
helicopters."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def test_negated_verb_is_no_event() -> None:
    facts = event_facts("In March 2024 Tajikistan had still not recognised the Taliban, and Kyrgyzstan "
                        "never attacked Tajik posts.")
    assert not of_type(facts, "support") and not of_type(facts, "attack")


def test_joined_in_doing_is_no_accession() -> None:
    facts = event_facts("On May 4 the Kazakh minister joined his Uzbek counterpart in condemning the blast.")
    assert not of_type(facts, "accession")


def test_object_of_a_negated_verb_is_no_event() -> None:
    got = event_facts("On March 3 Kazakhstan said it would not seek to open membership talks with the EU.")
    assert not of_type(got, "meeting")
    got = event_facts("On March 3 Armenia did not sign the accord with Azerbaijan.")
    assert not of_type(got, "agreement")


def test_word_of_an_organisation_name_is_no_event() -> None:
    got = event_facts("Tajikistan, a member of the Collective Security Treaty Organization since 1994, "
                      "bought drones in 2023.")
    assert not of_type(got, "agreement")


def test_enlargement_commissioner_is_no_accession() -> None:
    got = event_facts("On March 3 the EU enlargement commissioner criticised Serbia.")
    assert not of_type(got, "accession")


def test_attack_helicopters_are_no_attack() -> None:
    facts = event_facts("Azerbaijan ordered ten attack helicopters from Türkiye in May 2023.")
    assert "attack" not in event_types(facts)
