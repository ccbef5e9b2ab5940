"""A wire report (a dateline opens it, its lead tells the day's news) tells the arrests that answered
the unrest it reports without a date of their own ("Police detained 48 people."): such a crackdown is
the day's news and takes the report's date, like the day's reactions.  Background told with a
perfect tense or a time cue ("have detained … repeatedly in past years") is not dated.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 12 March 2024\n"
LEAD = ("TBILISI, March 12 (Test Wire) – Thousands of protesters marched on parliament in Tbilisi on Tuesday "
        "against a draft law on foreign agents. ")


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(LEAD + body, opening=OPENING, closing=CLOSING)


def test_an_undated_crackdown_in_a_wire_report_takes_the_news_day() -> None:
    co = of_type(_facts("Riot police detained 48 protesters in Tbilisi."), "coercion")
    assert co and co[0].args["date"].startswith("2024-03")


def test_background_arrests_stay_undated() -> None:
    co = of_type(_facts("Riot police have detained protesters in Tbilisi repeatedly in past years."), "coercion")
    assert not co
