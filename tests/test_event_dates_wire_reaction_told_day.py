"""Wire items: an undated reaction told right after a sentence takes that sentence's day only when
the day is the time of its telling ("Tokayev said on Tuesday that …", "officials met on Tuesday"),
not the day of what it reports ("said its troops had fired back after guards shot on Tuesday",
"accused X of crossing the line on Tuesday") nor of a relative clause ("the dispute, which flared on
Monday"): those reactions are the report day's.  Own sentences; the wire is dated Wednesday 13 March
2024."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

WIRE = HEADLINE + "OSH, March 13 (Test Wire) - "
LEAD = (
    "Uzbek and Kyrgyz guards exchanged fire near a canal on Wednesday, officials said.\n\n"
    "The canal has long been a source of friction between the villages.\n\n"
)
PUBLISHED = "\nPublished: 13 March 2024"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(LEAD + body, WIRE, PUBLISHED), etype))


def test_a_day_in_a_reported_complement_does_not_date_the_next_reaction() -> None:
    body = (
        "Tashkent said its guards had fired back after Kyrgyz troops shot at a pumping station on "
        "Tuesday night. It warned Bishkek that any new shooting would meet a firmer answer."
    )
    assert _dates(body, "threat") == ["2024-03-13"]


def test_a_day_of_the_accused_act_does_not_date_the_next_demand() -> None:
    body = (
        "The Uzbek ministry accused Kyrgyz guards of moving a fence on Tuesday. "
        "It demanded a joint inquiry into the incident."
    )
    assert _dates(body, "demand") == ["2024-03-13"]


def test_a_day_in_a_relative_clause_does_not_date_the_next_reaction() -> None:
    body = (
        "Mirziyoyev spoke about the fighting, which began on Monday with Kyrgyz strikes on the sluice gates. "
        "He urged Bishkek to withdraw its guards from the canal."
    )
    assert _dates(body, "demand") == ["2024-03-13"]


def test_a_day_written_right_after_the_speech_verb_still_dates_the_next_reaction() -> None:
    # near miss: the day is the time of the telling, so the reaction told next is that day's
    body = (
        "The Kyrgyz foreign ministry announced late on Tuesday that it had summoned the Uzbek envoy. "
        "It accused Tashkent of provoking the guards."
    )
    assert _dates(body, "accusation") == ["2024-03-12"]


def test_a_day_of_the_main_clause_still_dates_the_next_reaction() -> None:
    body = "Shots were heard along the canal on Tuesday night. The Uzbek ministry accused Kyrgyz guards of provocation."
    assert _dates(body, "accusation") == ["2024-03-12"]
