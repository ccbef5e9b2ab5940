"""Event dates told as spans: spans of days and months are dated by their first day or month (a
falling pair of days is no span), and a visit over a span of days is dated by its start."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import find_dates


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.year, d.month, d.day) for d in find_dates(text)]


def test_day_spans_are_dated_by_their_first_day() -> None:
    assert _dates("talks in Osh on 14–15 April") == [(None, 4, 14)]
    assert _dates("visited Hanoi between 3 and 5 June 2023 and") == [(2023, 6, 3)]
    assert _dates("drills from 9 to 16 August") == [(None, 8, 9)]


def test_a_falling_pair_of_days_is_no_span() -> None:
    assert _dates("the toll rose to 31 and 2 May was calm") == [(None, 5, 2)]


def test_month_spans_are_dated_by_their_first_month() -> None:
    assert _dates("the standoff lasted through March and April 2021") == [(2021, 3, None)]
    assert _dates("in June–July 2019") == [(2019, 6, None)]


def test_span_of_days_dates_a_visit_by_its_start() -> None:
    facts = of_type(event_facts("Kazakhstan's foreign minister visited Baku on 12–14 June 2024 and met "
                                "Ilham Aliyev."), "meeting")
    assert facts and all(f.args["date"] == "2024-06-12" for f in facts)
