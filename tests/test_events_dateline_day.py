"""A dateline's date ("QUETTA, May 4 (X Wire) –") is the report's day: an event of the lead that tells
its own day ("attacked a post on Monday") takes that day, not the dateline's; with no other date the
dateline still dates the lead's news.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 4 May 2021\n"


def test_the_leads_own_day_beats_the_dateline() -> None:
    facts = event_facts("QUETTA, May 4 (Test Wire) – Gunmen attacked a police post near Sibi in Pakistan on Monday, "
                        "killing four officers.", opening=OPENING, closing=CLOSING)
    att = of_type(facts, "attack")
    assert att and att[0].args["date"] == "2021-05-03"


def test_the_dateline_dates_a_lead_without_a_day() -> None:
    facts = event_facts("QUETTA, May 4 (Test Wire) – Pakistan accused India of backing separatists in Balochistan.",
                        opening=OPENING, closing=CLOSING)
    acc = of_type(facts, "accusation")
    assert not acc or acc[0].args["date"].startswith("2021-05")
