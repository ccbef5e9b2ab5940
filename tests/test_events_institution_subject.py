"""A bare institution noun as the subject of an event verb ("the government asked …", "the foreign
ministry summoned …", "police opened fire") stands for the state the article is about (the subject
of its opening sentence); a party told in a fronted clause is not the subject.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_the_government_is_the_protagonist_state() -> None:
    got = of_type(_facts("On 3 May 2023, after Belarus raised concerns, the government asked Turkey to delay "
                         "the shipment."), "demand")
    assert got and got[0].args["actors"] == ["state:MDA"]
    assert "state:TUR" in (got[0].args.get("targets") or [])
    assert "the state the article is about" in got[0].inferences["actors"]


def test_the_foreign_ministry_summoning_an_envoy() -> None:
    got = _facts("On 12 January 2024 the foreign ministry summoned the Belarusian ambassador over the border fence.")
    assert got and got[0].args["actors"] == ["state:MDA"]
    assert got[0].args.get("targets") == ["state:BLR"]


def test_a_named_owner_keeps_its_own_government() -> None:
    got = _facts("On 3 May 2023 the government of Belarus asked Turkey to delay the shipment.")
    assert got and "state:MDA" not in got[0].args["actors"]


def test_a_ministry_speaking_of_another_state_is_not_guessed() -> None:
    got = _facts("In May 2023 the foreign ministry said Belarus would no longer pay its dues.")
    assert all("state:MDA" not in f.args.get("actors", []) for f in got)


def test_an_arrest_told_in_the_passive_is_the_home_state_s() -> None:
    got = of_type(_facts("On 4 June 2023 a local journalist, Ion Rusu, was arrested on treason charges."), "coercion")
    assert got and got[0].args["actors"] == ["state:MDA"]
    assert "no agent" in got[0].inferences["actors"]


def test_citizens_of_a_state_detained_have_no_guessed_captor() -> None:
    got = of_type(_facts("On 4 June 2023 two Turkish citizens were detained."), "coercion")
    assert all("state:MDA" not in f.args.get("actors", []) for f in got)


def test_a_charge_against_no_party_is_not_given_to_the_home_state() -> None:
    got = of_type(_facts("On 4 June 2023 the authorities blamed criminal gangs for the killing."), "accusation")
    assert all("state:MDA" not in f.args.get("actors", []) for f in got)


def test_a_declared_security_operation_is_armed_force() -> None:
    got = of_type(_facts("On 18 May 2023 the interior ministry declared an \"anti-terrorist operation\" in the "
                         "north."), "attack")
    assert got and got[0].args["actors"] == ["state:MDA"]
