"""A date carried from another clause or sentence keeps its day (own sentences): a day opening a
sentence dates its coordinated clauses, a date before ", and" dates the clause after it, an episode's
reaction takes the incident's day, and a wire report's undated reaction takes the day of the news its
lead tells.  Near misses: an offset ("a week later") or a new paragraph stops the carrying."""

from __future__ import annotations

from event_facts import BYLINE, byline_event_facts, dates_of, event_facts, of_type, wire_event_facts


def test_coordinated_clause_after_a_dated_one_keeps_its_day() -> None:
    facts = byline_event_facts("The Kyrgyz president came to Dushanbe on 14 March 2025, and the two governments signed "
                               "a border treaty.")
    assert dates_of(facts, "agreement") == ["2025-03-14"]


def test_day_opening_the_sentence_dates_a_reply_after_a_semicolon() -> None:
    facts = byline_event_facts("After the shelling of a Tajik post on 9 October 2024, Dushanbe blamed Kyrgyzstan for "
                               "the attack; Bishkek rejected the charge.")
    got = [f for f in of_type(facts, "rejection") if "state:KGZ" in f.args.get("actors", [])]
    assert got and got[0].args["date"] == "2024-10-09"


def test_offset_between_the_clauses_carries_no_day() -> None:
    facts = byline_event_facts("The Kyrgyz president came to Dushanbe on 14 March 2025, and a week later the two "
                               "governments signed a border treaty.")
    assert "2025-03-14" not in dates_of(facts, "agreement")


def test_wire_reaction_takes_the_day_of_the_leads_news() -> None:
    # the lead tells Monday's news in a report of Tuesday: the undated rejection answers Monday's news
    body = ("Tajikistan and Kyrgyzstan signed a border accord on Monday.\n\n"
            "Some paragraph about the accord's terms.\n\n"
            "Uzbekistan rejected the accord's quotas for the Syr Darya.")
    got = of_type(wire_event_facts(body), "rejection")
    assert got and got[0].args["date"] == "2024-03-11"


def test_essay_reaction_is_not_dated_by_a_lead() -> None:
    got = of_type(event_facts("Uzbekistan rejected the quotas for the Syr Darya.", opening=BYLINE), "rejection")
    assert not got
