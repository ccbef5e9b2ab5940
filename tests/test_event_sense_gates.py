"""Trigger words used in another sense give no event (helper "evprec", twenty-third session): a weapon named
for its role ("infantry fighting vehicles", "a carrier strike group", "assault rifles") and a verbal attack
on a policy, a plan or remarks.  Each with a near miss that must still give the event.  A word of the verbal list
blocks only as the head of the object (events.yaml ``trigger_parts``: ``verbal_object``, one list for the verb and
the noun), and "ships"/"groups" after an attack noun are a weapon only after a determiner or a type word
(``not_weapon_name``).  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, event_types


def test_fighting_vehicles_are_no_attack() -> None:
    body = "Uzbekistan ordered twelve infantry fighting vehicles from Turkey on 2 July."
    assert "attack" not in event_types(event_facts(body))


def test_strike_group_is_no_attack() -> None:
    body = "The Indian navy sent a carrier strike group to the Arabian Sea on 2 July."
    assert "attack" not in event_types(event_facts(body))


def test_assault_rifles_are_no_attack() -> None:
    body = "Russia handed the Tajik border guards two thousand assault rifles on 2 July."
    assert "attack" not in event_types(event_facts(body))


def test_fighting_near_a_border_is_still_an_attack() -> None:
    body = "Kyrgyz and Tajik troops clashed near Vorukh on 2 July, and the fighting spread to two villages."
    assert "attack" in event_types(event_facts(body))


def test_attacking_a_policy_is_no_attack() -> None:
    body = "Opposition leaders in Tajikistan attacked the government's budget policy on 2 July."
    assert "attack" not in event_types(event_facts(body))


def test_an_attack_on_remarks_is_no_attack() -> None:
    body = (
        "Pakistan's foreign office launched an attack on the Indian minister's remarks on 2 July."
    )
    assert "attack" not in event_types(event_facts(body))


def test_attacking_a_post_is_still_an_attack() -> None:
    body = "Militants attacked a Pakistani border post in Kurram on 2 July, killing four soldiers."
    assert "attack" in event_types(event_facts(body))


# A word of the verbal-attack list gives no attack only as the head of the object (events.yaml ``trigger_parts``):
# as a modifier of a physical target ("a law enforcement van", "the press club") it is still an attack.
PHYSICAL = [
    "Gunmen attacked a law enforcement van near Khorog in Tajikistan on 2 July, killing two officers.",
    "A bomber attacked the Dushanbe law courts in Tajikistan on 2 July, killing five people.",
    "A car bomb attack on the Bishkek law courts in Kyrgyzstan on 2 July killed three people.",
    "Masked men attacked the media office of a Kazakh broadcaster in Almaty, Kazakhstan, on 2 July.",
    "Militants attacked the press club in Kunduz, Afghanistan, on 2 July, wounding six reporters.",
    "Rebels attacked the Border Plans Directorate convoy near Osh in Kyrgyzstan on 2 July.",
    "Gunmen attacked the media and the police station near Khorog in Tajikistan on 2 July.",
    "A drone strike on the ISKP leadership in Kunar, Afghanistan, on 2 July was blamed on Pakistan.",
]


def test_a_verbal_word_before_a_physical_target_is_still_an_attack() -> None:
    for body in PHYSICAL:
        assert "attack" in event_types(event_facts(body)), body


def test_a_headline_verb_before_ships_or_groups_is_an_attack() -> None:
    for body in ("Iranian gunboats attack ships near the Strait of Hormuz, Oman said on 2 July.",
                 "Turkish drones strike groups linked to the PKK in Iraq on 2 July."):
        assert "attack" in event_types(event_facts(body)), body


VERBAL = [
    "Kazakh opposition deputies attacked the plans of Kyrgyzstan to build a dam on 2 July.",
    "Uzbekistan's parliament launched an attack on the Tajik minister's record in office on 2 July.",
    "Turkmen officials attacked the press of Iran on 2 July.",
    "The Kyrgyz president attacked the media and the critics of Kazakhstan in a speech on 2 July.",
]


def test_a_verbal_head_is_no_attack() -> None:
    for body in VERBAL:
        assert "attack" not in event_types(event_facts(body)), body


WEAPONS = [
    "India sent a carrier strike group with two destroyers to Oman on 2 July.",
    "Egypt bought two amphibious assault ships from France on 2 July.",
]


def test_a_weapon_named_by_an_attack_noun_is_no_attack() -> None:
    for body in WEAPONS:
        assert "attack" not in event_types(event_facts(body)), body
