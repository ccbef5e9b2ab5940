"""Trigger words used in another sense give no event (helper "evprec", twenty-third session): a weapon named
for its role ("infantry fighting vehicles", "a carrier strike group", "assault rifles") and a verbal attack
on a policy, a plan or remarks.  Each with a near miss that must still give the event.  Own sentences
(dateline 5 July 2024)."""

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
