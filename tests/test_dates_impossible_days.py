"""A day the month does not have ("31 June", "February 30", "2023-02-29") is a slip, not a date:
it is never read as one, so nothing downstream builds a calendar date from it and the source is
analysed like any other (it used to fail with "day is out of range for month")."""

from __future__ import annotations

from silkgraph.nlp.dates import find_dates
from silkgraph.pipeline import analyse_source
from silkgraph.read import read_bytes


def _days(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(t.year, t.month, t.day) for t in find_dates(text)]


def test_impossible_days_are_not_dates() -> None:
    for text in ("The talks opened on 31 June 2025.", "On February 30, 2024, the deal was signed.",
                 "The order is dated 2023-02-29.", "They met on April 31."):
        assert not any(d is not None and d > 28 for (_, _, d) in _days(text)), text


def test_real_days_at_the_end_of_a_month_stay_dates() -> None:
    assert (2024, 2, 29) in _days("On February 29, 2024, the two sides met.")  # a leap year
    assert (None, 2, 29) in _days("They met on 29 February.")  # no year: the day can exist
    assert (2025, 6, 30) in _days("The talks opened on 30 June 2025.")
    assert (2025, 1, 31) in _days("The order is dated 2025-01-31.")


def test_a_source_with_an_impossible_publication_day_is_analysed() -> None:
    text = ("Kazakhstan Buys Drones\n\nASTANA, June 31 (Steppe Wire) - Kazakhstan said on Tuesday it had "
            "bought two Anka drones from Turkey.\n\nPublished: 31 June 2025\n")
    source = read_bytes(text.encode(), "impossible-day.txt")
    articles = analyse_source(source)
    assert articles and any(f.args.get("date") for a in articles for f in a.extraction.facts)
