"""events.news.within_days: two ISO days at most N days apart; partial dates never are."""

from __future__ import annotations

from silkgraph.extract.events.news import within_days


def test_within_days_counts_calendar_days_both_ways() -> None:
    assert within_days("2024-02-27", "2024-03-05", 7)
    assert within_days("2024-03-05", "2024-02-27", 7)
    assert not within_days("2024-02-27", "2024-03-06", 7)


def test_within_days_false_for_partial_dates() -> None:
    assert not within_days("2024-03", "2024-03-05", 7)
    assert not within_days("2024", "2024-03-05", 400)
