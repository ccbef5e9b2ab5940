"""A date inside a phrase or clause opened by "since" ("the worst fighting since the army withdrew in
2019", "the deadliest bombing since the siege of 2004") tells when a span began: it does not date an
event of the sentence told outside that phrase; an event told inside it keeps the date."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPEN = "Test headline\n\nDUSHANBE, 20 August 2024 — Tensions rose again.\n\n"


def _dates(body: str, etype: str) -> list[str | None]:
    return [f.args.get("date") for f in of_type(event_facts(body, opening=OPEN), etype)]


def test_a_date_in_a_since_clause_does_not_date_the_main_event() -> None:
    for body, year in (("Officials said the bombing in Khorog was the deadliest in Tajikistan since the siege of "
                        "2004.", "2004"),
                       ("On Monday Tajik troops attacked Kyrgyz posts, in the heaviest fighting since the Taliban "
                        "returned to power in 2021.", "2021")):
        assert year not in _dates(body, "attack"), body


def test_an_event_inside_the_since_clause_keeps_its_date() -> None:
    body = "Trade has shrunk since Tajik troops attacked Kyrgyz posts in April 2021."
    assert "2021-04" in _dates(body, "attack")
