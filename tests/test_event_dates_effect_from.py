"""A weekday a measure takes effect from ("with effect from Sunday", "effective from Saturday")
lies ahead of the report; a weekday opening a past span ("suspended trade from Sunday to
Tuesday") does not, and neither does "from Thursday last week".  A bare day after a year ending a
clause keeps that year ("in 2020, and on 10 November Russia brokered a ceasefire")."""

from __future__ import annotations

from event_facts import event_facts

from silkgraph.nlp.dates import find_dates

BYLINE = "A test headline\n\nBy A. Writer\n{pub}\n\n"


def _future(text: str) -> list[bool]:
    return [bool(te.future) for te in find_dates(text) if te.unit == "weekday"]


def test_effect_from_lies_ahead() -> None:
    assert _future("India said it was revoking all visas with effect from Sunday.") == [True]
    assert _future("The ban applies to all flights, effective from Saturday.") == [True]


def test_a_past_span_from_a_weekday_does_not() -> None:
    assert _future("Kazakhstan suspended trade with Kyrgyzstan from Sunday to Tuesday, the ministry said.")[0] is False
    assert not any(te.future for te in find_dates("Troops moved in from Thursday last week."))


def test_a_year_ending_a_clause_dates_the_day_after_it() -> None:
    body = ("Azerbaijan launched a major offensive in 2020, and on 10 November Russia brokered a ceasefire "
            "between Armenia and Azerbaijan.")
    dates = {f.args.get("date") for f in event_facts(body, opening=BYLINE.format(pub="June 20, 2025"))}
    assert "2020-11-10" in dates and "2024-11-10" not in dates
