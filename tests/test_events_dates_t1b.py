"""Event dates: spans of days and months dated by their first, a day opening the sentence dating its
coordinated clauses, times counted from an incident noun, clauses counted back from a date
("on Friday, a day after X met Y"), and "that evening" after a bare year."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.nlp.dates import find_anaphors, find_dates, resolve_anaphor


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


def test_same_day_anaphor_after_a_bare_year_is_not_that_year() -> None:
    x = find_anaphors("the cabinet met that evening")[0]
    assert resolve_anaphor(x, "2004", "a 2004 accord")[0] is None
    assert resolve_anaphor(x, "2024-05-02", "on 2 May")[0] == "2024-05-02"


def test_span_of_days_dates_a_visit_by_its_start() -> None:
    facts = of_type(event_facts("Kazakhstan's foreign minister visited Baku on 12–14 June 2024 and met "
                                "Ilham Aliyev."), "meeting")
    assert facts and all(f.args["date"] == "2024-06-12" for f in facts)


def test_opening_day_dates_the_coordinated_clause_to_the_day() -> None:
    facts = event_facts("On 3 June 2024 Kazakhstan's foreign minister met his Uzbek counterpart in Tashkent, "
                        "and the two ministers signed a memorandum on water sharing.", HEADLINE)
    assert [f.args["date"] for f in of_type(facts, "agreement")] == ["2024-06-03"]


def test_time_counted_from_an_incident_noun() -> None:
    facts = event_facts("Uzbek and Kyrgyz guards exchanged fire on Monday. Three days after the "
                        "shooting, Kazakhstan called on both sides to show restraint.")
    assert [f.args["date"] for f in of_type(facts, "demand")] == ["2024-07-04"]


def test_clause_counted_back_from_the_date_before_it() -> None:
    facts = event_facts("Tokayev arrived in Ankara on Thursday for talks, two days after Shavkat "
                        "Mirziyoyev met Vladimir Putin in Sochi.")
    met = [f for f in of_type(facts, "meeting") if "state:UZB" in f.args.get("actors", [])]
    assert [f.args["date"] for f in met] == ["2024-07-02"]


def test_gerund_after_the_count_is_not_counted_back() -> None:
    facts = of_type(event_facts("Turkmen troops shelled the post on Thursday, ten days after a "
                                "bombing killed six guards."), "attack")
    assert "2024-06-24" not in [f.args["date"] for f in facts]
