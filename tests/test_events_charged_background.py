"""The act a person is charged with, told in a reduced relative ("a militant accused of organising the
bombing", "men suspected of planning attacks"), is background of an earlier, unstated time: it is not an
event of the sentence's date and actors.  A charge told as such ("X accused Y of attacking Z") keeps its
alleged act.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type

OPENING = "Test headline about the region\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 12 March 2025\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_the_charged_bombing_is_no_event_of_the_arrest() -> None:
    got = _facts("On 3 May 2024 Kazakh police arrested a militant accused of organising the Almaty bombing.")
    assert "attack" not in event_types(got)
    assert of_type(got, "coercion")


def test_suspected_of_planning_attacks() -> None:
    got = _facts("On 3 May 2024 Kyrgyz police detained two men suspected of planning attacks on the airport.")
    assert "attack" not in event_types(got)


def test_near_miss_an_accusation_keeps_its_alleged_attack() -> None:
    got = _facts("On 3 May 2024 Russia accused Ukraine of attacking the Kursk plant.")
    assert of_type(got, "accusation")
    assert of_type(got, "attack")
