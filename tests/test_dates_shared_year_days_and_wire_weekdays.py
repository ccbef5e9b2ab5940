"""Date expressions: two days sharing one written year ("April 28 and 29, 2021", "May 3 to 5,
2021"), a weekday of another calendar week ("on Wednesday last week"), and wire-style weekdays
without "on" ("early Thursday", "officials said Friday")."""

from __future__ import annotations

from silkgraph.nlp.dates import find_dates, resolve


def _one(text: str) -> tuple[str, str | None]:
    (d,) = find_dates(text)
    return d.text, resolve(d, "2025-06-13")[0]  # a Friday


def test_two_days_share_the_year_written_after_them() -> None:
    assert _one("Clashes broke out on March 3 and 4, 2019 near the pass.") == ("on March 3 and 4, 2019", "2019-03-03")
    assert _one("Talks ran from June 9 to 11, 2020 in Baku.")[1] == "2020-06-09"
    assert _one("Delegates met on May 3 and 10, 2021.")[1] == "2021-05-03"  # two days: the first
    assert _one("The summit of 4-5 July 2022 ended early.")[1] == "2022-07-04"


def test_a_count_after_the_day_is_no_second_day() -> None:
    # no year after the second number: "10" counts people, the date keeps no year of its own
    (d,) = find_dates("On May 3 and 10 soldiers were wounded.")
    assert (d.text, d.year, d.day) == ("On May 3", None, 3)
    (d,) = find_dates("On May 3 and 10 of them in 2021 were hurt.")[:1]
    assert d.text == "On May 3"


def test_weekday_of_last_week_is_in_the_calendar_week_before() -> None:
    # reference Friday 2025-06-13: its week runs Monday 9 to Sunday 15
    d = find_dates("The cabinet resigned on Wednesday last week.")[0]
    assert resolve(d, "2025-06-13")[0] == "2025-06-04"  # not Wednesday 11, two days before
    d = find_dates("The cabinet resigned on Thursday of last week.")[0]
    assert resolve(d, "2025-06-13")[0] == "2025-06-05"
    # referenced on a Tuesday: the last Wednesday before it is in last week too
    assert resolve(find_dates("It resigned on Wednesday last week.")[0], "2025-06-10")[0] == "2025-06-04"
    d = find_dates("Envoys will meet on Monday next week.")[0]
    assert resolve(d, "2025-06-13")[0] == "2025-06-16"
    # a weekday without another week keeps the last such day
    assert resolve(find_dates("It resigned on Wednesday.")[0], "2025-06-13")[0] == "2025-06-11"


def test_wire_weekdays_without_on() -> None:
    assert _one("Gunmen attacked a checkpoint early Thursday.") == ("early Thursday", "2025-06-12")
    assert _one("The talks collapsed late Friday, diplomats said.")[1] == "2025-06-13"
    assert _one("The ministry said Tuesday that two soldiers died.") == ("Tuesday", "2025-06-10")
    assert _one("The army announced Monday a pause in the raids.")[1] == "2025-06-09"


def test_a_weekday_named_as_an_object_is_no_date() -> None:
    assert find_dates("The president declared Monday a day of mourning.") == []
    assert find_dates("The envoy said Sunday was a day of rest.") == []
    assert find_dates("Fridays are quiet at the crossing.") == []
    assert find_dates("The Tuesday group met again.") == []


def test_weekday_after_a_preposition_keeps_it() -> None:
    # referenced on Tuesday 2022-01-11: "from Thursday last week" is 6 January
    (d, _week) = find_dates("Troops were flown in from Thursday last week.")
    assert (d.text, d.prep, resolve(d, "2022-01-11")[0]) == ("from Thursday", "from", "2022-01-06")
    # a deadline or an open start keeps its preposition, so callers can tell it from a point
    assert [(d.prep, d.offset) for d in find_dates("Roads stayed shut since Sunday.")] == [("since", 6)]
    assert [d.prep for d in find_dates("Most had left by Friday afternoon.")] == ["by"]
