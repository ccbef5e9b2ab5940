"""A month-sized anaphor ("later that month", "the same month", "the next day") counts from the last date
of the sentence before written with its month, not from a bare year told there as an aside ("barred the
general on 14 February 2020 over abuses committed in 2009. Later that month …" is February 2020); a
year-sized one ("later that year") still counts from a bare year of the narrative."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPEN = "Test headline\n\nBy A. Writer\nPublished: 1 December 2024\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, OPEN), etype))


def test_later_that_month_counts_from_the_dated_clause_not_the_aside_year() -> None:
    got = _dates("On 9 March 2021, Kyrgyzstan recalled its envoy over violations that began in 2010. "
                 "Later that month, Kyrgyz and Uzbek officials met in Osh.", "meeting")
    assert got == ["2021-03"]


def test_the_next_day_counts_from_the_dated_clause() -> None:
    got = _dates("On 11 October 2023, Baku hosted the defence ministers, continuing a format begun in 2012. "
                 "The next day, Azerbaijan and Turkey signed a defence agreement.", "agreement")
    assert got == ["2023-10-12"]


def test_near_miss_later_that_year_after_a_narrative_year() -> None:
    got = _dates("The region's leaders met in Dushanbe in 2016. Later that year, Tajikistan and Kyrgyzstan "
                 "signed a border agreement.", "agreement")
    assert got == ["2016"]
