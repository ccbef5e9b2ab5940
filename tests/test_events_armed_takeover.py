"""Armed forces taking a named place ("Taliban forces entered Kabul", "rebels seized Goma") is an attack
by them; an adjective after the verb ("entered Indian service") or a day name ("took Sunday off") is
no place taken.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_troops_took_a_named_town() -> None:
    got = of_type(_facts("On 3 May 2023 Russian troops took Bakhmut after months of fighting."), "attack")
    assert got and got[0].args["actors"] == ["state:RUS"] and got[0].args["date"] == "2023-05-03"


def test_when_clause_takeover() -> None:
    got = of_type(_facts("When Russian forces entered Kherson on 2 March 2022, Moldova closed its border."), "attack")
    assert got and "state:RUS" in got[0].args["actors"]


def test_entered_service_and_took_a_day_off_are_no_takeover() -> None:
    assert not of_type(_facts("The Polish-built fighters entered Latvian service in 2019."), "attack")
    assert not of_type(_facts("On 3 May 2023 Russian troops took Sunday off."), "attack")
