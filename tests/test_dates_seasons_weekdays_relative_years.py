"""Date expressions: a season with a year ("the spring of 2025"), a date with a relative year
("September 19 last year", "March this year"), "would" telling the future seen from the past, and
possessive weekdays ("Monday's attack")."""

from __future__ import annotations

from event_facts import byline_event_facts, dates_of

from silkgraph.nlp.dates import find_dates, resolve


def test_season_with_a_year_is_a_date() -> None:
    (d,) = find_dates("Through the spring of 2025 the ministry accused its neighbour.")
    assert (d.text, d.year, d.month, d.modifier) == ("Through the spring of 2025", 2025, None, "spring")
    (e,) = find_dates("Talks resumed in summer 2023.")
    assert e.year == 2023 and resolve(e, "2025-01-01")[0] == "2023"
    facts = byline_event_facts("Through the spring of 2025 Azerbaijan accused Armenia of firing across the border; "
                      "Armenia denied each report.")
    assert dates_of(facts, "rejection") == ["2025"]


def test_date_with_a_relative_year() -> None:
    (d,) = find_dates("The offensive on September 19 last year ended the war.")
    assert d.text == "on September 19 last year" and resolve(d, "2024-02-13")[0] == "2023-09-19"
    (m,) = find_dates("They met in March this year.")
    assert resolve(m, "2024-08-01")[0] == "2024-03"


def test_would_tells_the_future_seen_from_the_past() -> None:
    (d,) = find_dates("He said the delegations would meet again on October 25.")
    assert d.future and resolve(d, "2025-10-19")[0] == "2025-10-25"


def test_possessive_weekday_is_a_date() -> None:
    ds = find_dates("Monday's attack on the post killed four; Tuesday’s talks failed.")
    assert [d.text for d in ds] == ["Monday", "Tuesday"]
    assert resolve(ds[0], "2024-07-05")[0] == "2024-07-01"
    assert not find_dates("Sunday Times reporters")  # no possessive, no preposition: a name
