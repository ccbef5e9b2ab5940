"""Event dates on the narrative's clock: a year-less date after a date counted from an event takes the
narrative's year, not that of a later year told in between; an anaphor counts from the narrative date,
not from a background date told after it; a withdrawal completed by a takeover told in a relative."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import find_dates
from silkgraph.nlp.dates.narrative import told_as_background

OPEN = "Test headline\n\nTASHKENT, 9 June 2025 — Security ties keep shifting.\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, opening=OPEN), etype))


def test_counted_date_moves_the_year_of_a_later_yearless_date() -> None:
    body = ("Uzbek and Tajik guards exchanged fire near Sokh on 3 June 2019. A report on the incident came out "
            "only in February 2020. Two days after the shooting, Uzbekistan accused Tajikistan of provoking it. "
            "On 20 June Uzbekistan and Tajikistan agreed to a ceasefire.")
    assert _dates(body, "ceasefire") == ["2019-06-20"]


def test_without_a_counted_date_the_later_year_stands() -> None:
    body = ("Uzbek and Tajik guards exchanged fire near Sokh on 3 June 2019. In February 2020 Uzbekistan and "
            "Tajikistan held talks in Dushanbe. On 20 June Uzbekistan and Tajikistan agreed to a ceasefire.")
    assert _dates(body, "ceasefire") == ["2020-06-20"]


def test_that_month_counts_from_the_narrative_not_a_background_date() -> None:
    body = ("On 5 October 2023 Kazakhstan refused to join the new grain pact, a step Uzbekistan had taken on "
            "2 August. That month Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev "
            "in Tashkent.")
    assert _dates(body, "meeting") == ["2023-10"]


def test_an_indefinite_apposition_with_a_participle_is_background() -> None:
    text = "In May 2017 the two armies held drills, an event first reported in 2019."
    assert [told_as_background(text, d) for d in find_dates(text)] == [False, True]
    text = "Later, the two armies clashed in September 2022."
    assert [told_as_background(text, d) for d in find_dates(text)] == [False]


def test_withdrawal_dated_by_the_takeover_in_its_relative() -> None:
    body = ("After the leaders met in Sochi in March 2024, Russian border guards withdrew from the "
            "Meghri crossing on the Iranian border, which Armenian officers took over on 1 May 2024.")
    assert _dates(body, "retreat") == ["2024-05-01"]
