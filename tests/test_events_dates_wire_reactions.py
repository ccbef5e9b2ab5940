"""Undated reactions in a wire report (own sentences): dated to the day of the news its lead tells
(the report's day, or a day just before it); background reactions stay undated, and an essay's undated
reaction is not dated to its publication."""

from __future__ import annotations

from event_facts import HEADLINE, of_type, wire_event_facts

LEAD = "Kazakhstan and Kyrgyzstan signed a water-sharing accord on Tuesday.\n\n"


def test_wire_reaction_without_date_takes_the_day_of_the_leads_news() -> None:
    # the lead tells news of the day before publication (Monday): the reaction answers that news
    lead = "Kazakhstan and Kyrgyzstan signed a water-sharing accord on Monday.\n\n"
    got = of_type(wire_event_facts(lead + "Some paragraph about the accord's terms.\n\n"
                                   "Uzbekistan rejected the accord's quotas for the Syr Darya."), "rejection")
    assert got and got[0].args["date"] == "2024-03-11"


def test_wire_reaction_to_the_days_news_takes_the_report_day() -> None:
    # the lead tells the publication day's news: its undated reactions are that day's
    got = of_type(wire_event_facts(LEAD + "Some paragraph about the accord's terms.\n\n"
                                   "Uzbekistan rejected the accord's quotas for the Syr Darya."), "rejection")
    assert got and got[0].args["date"] == "2024-03-12"


def test_wire_background_reaction_stays_undated() -> None:
    mid = "Some paragraph about the accord's terms.\n\n"
    got = of_type(wire_event_facts(LEAD + mid + "Uzbekistan has long rejected such quotas for the Syr Darya."), "rejection")
    assert not got
    got = of_type(wire_event_facts(LEAD + mid + "Uzbekistan rejected similar quotas years ago."), "rejection")
    assert not got


def test_essay_reaction_without_date_is_not_dated_to_publication() -> None:
    got = of_type(wire_event_facts("Uzbekistan rejected the quotas for the Syr Darya.", opening=HEADLINE), "rejection")
    assert not got
