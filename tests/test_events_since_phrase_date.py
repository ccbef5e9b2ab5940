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


def test_a_day_after_a_bare_since_noun_dates_the_event() -> None:
    for body, day in (("Kyrgyz and Tajik guards exchanged fire on the border for the first time since the ceasefire "
                       "on 3 May.", "2024-05-03"),
                      ("Tajik troops shelled a Kyrgyz village, the first attack since the truce, on 12 June.",
                       "2024-06-12"),
                      ("Kyrgyz guards opened fire on Tajik positions for the first time since the talks on Monday.",
                       "2024-08-19")):
        assert day in _dates(body, "attack"), body


def test_a_day_in_a_since_clause_with_a_verb_does_not() -> None:
    for body in ("Kyrgyz and Tajik guards exchanged fire on the border for the first time since the ceasefire "
                 "was agreed on 3 May.",
                 "Kyrgyz and Tajik guards exchanged fire on the border for the first time since the ministers "
                 "met on 3 May."):
        assert "2024-05-03" not in _dates(body, "attack"), body
