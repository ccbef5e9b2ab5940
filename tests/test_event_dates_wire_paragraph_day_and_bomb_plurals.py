"""Wire items: an undated act told right after a sentence that tells the day before the report
("Tokayev flew there on Tuesday … According to Tokayev, the protesters demanded …") takes that day,
also in a report of the publication day's news; and a plural munition's blast ("Bombs ripped through
three mosques") is an attack dated by its own day, so an arrest told next is not dated by a background
event recalled in passing ("the deadliest since … a decade ago").  Own sentences; the wire is dated
Wednesday 13 March 2024."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

WIRE = HEADLINE + "TASHKENT, March 13 (Test Wire) - "
PUBLISHED = "\nPublished: 13 March 2024"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, WIRE, PUBLISHED), etype))


def test_an_undated_demand_after_a_sentence_of_the_day_before_takes_that_day() -> None:
    body = (
        "Kazakh President Tokayev on Wednesday said his government had restored order in Almaty. "
        "Tokayev flew to Almaty on Tuesday, and his ministers negotiated with the protesters for hours. "
        "According to Tokayev, the protesters demanded the resignation of the governor, and he refused."
    )
    assert _dates(body, "demand") == ["2024-03-12"]


def test_an_undated_reaction_in_a_new_paragraph_takes_the_report_day() -> None:
    # near miss: a paragraph break ends the day told before
    body = (
        "Kazakh President Tokayev on Wednesday said his government had restored order in Almaty. "
        "Tokayev flew to Almaty on Tuesday, and his ministers negotiated with the protesters for hours.\n\n"
        "Russia condemned the unrest."
    )
    assert _dates(body, "accusation") == ["2024-03-13"]


def test_plural_bombs_ripping_through_is_an_attack_of_its_day() -> None:
    body = (
        "Bombs ripped through three mosques and two hotels in Pakistan on Tuesday, killing at least 90 "
        "people, police said, in the country's deadliest violence since its army offensive ended a decade "
        "ago. Police said 13 suspects had been taken into custody by the evening."
    )
    assert "2024-03-12" in _dates(body, "attack")
    assert _dates(body, "coercion") == ["2024-03-12"]


def test_blasts_tearing_through_a_market_is_an_attack() -> None:
    body = (
        "Twin blasts tore through a market in Peshawar on Monday, killing 12 people, police said."
    )
    assert _dates(body, "attack") == ["2024-03-11"]
