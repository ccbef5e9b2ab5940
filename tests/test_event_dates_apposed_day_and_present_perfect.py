"""Event dates: a day written in apposition to a fronted count from an event ("Two weeks after that
meeting, on July 3, X signed": July 3, not July 17), and a year-less date in a sentence told in the
present perfect after an old year ("… fire on June 3, 2023. … India has courted Kabul: X met Y on
April 9": the present's year).  Near misses keep the count ("the vote on July 3, X" with no comma; a
relative clause after the comma) and the old year (a perfect of saying; the year in the date's own
sentence).  Wire talks whose relative clause tells their course ("talks that ran late into Saturday
night") take that day; an act agreed after them does not."""

from __future__ import annotations

import pytest
from event_facts import HEADLINE, dates_of, event_facts

PUBLISHED = "\nPublished: 20 November 2025"

CLAUSES = {
    "agreement": "Kazakhstan and Kyrgyzstan signed a water-sharing agreement in Bishkek",
    "attack": "Uzbek forces shelled border posts of Tajikistan",
    "meeting": "the foreign ministers of Kazakhstan and Kyrgyzstan met in Astana",
    "sanction": "Turkmenistan imposed sanctions on Afghanistan",
}


def _dates(body: str, etype: str) -> list[str]:
    return dates_of(event_facts(body, HEADLINE, PUBLISHED), etype)


@pytest.mark.parametrize("etype", sorted(CLAUSES))
def test_day_apposed_to_a_count_after_an_event(etype: str) -> None:
    body = (f"On June 12, 2025, officials of Russia and China held talks in Tashkent. Two weeks after that "
            f"meeting, on July 3, {CLAUSES[etype]}.")
    assert "2025-07-03" in _dates(body, etype)
    assert "2025-07-17" not in _dates(body, etype)


@pytest.mark.parametrize("etype", sorted(CLAUSES))
def test_day_apposed_to_a_count_before_an_event(etype: str) -> None:
    body = (f"On August 20, 2025, the presidents of Russia and China held a summit in Tashkent. A month before "
            f"that summit, on July 17, {CLAUSES[etype]}.")
    assert "2025-07-17" in _dates(body, etype)


def test_near_miss_count_from_a_dated_noun_without_comma_is_still_counted() -> None:
    body = f"Two weeks after the vote on July 3, 2025, {CLAUSES['sanction']}."
    assert _dates(body, "sanction") == ["2025-07-17"]


def test_near_miss_relative_after_the_comma_tells_the_nouns_own_date() -> None:
    body = f"A day after the talks, which ended in Astana on July 3, 2025, {CLAUSES['sanction']}."
    assert _dates(body, "sanction") == ["2025-07-04"]


@pytest.mark.parametrize("etype", sorted(CLAUSES))
def test_present_perfect_sentence_takes_the_present_year(etype: str) -> None:
    body = ("Old rivalries persist, and on June 3, 2023 border guards of Iran and Afghanistan exchanged fire. "
            "Tehran handed over the consulate in March of that year. Russia remains the largest trading partner. "
            f"Meanwhile, the region has changed: {CLAUSES[etype]} on April 9, the first such step since 2021.")
    assert "2025-04-09" in _dates(body, etype)
    assert "2023-04-09" not in _dates(body, etype)


def test_near_miss_perfect_of_saying_keeps_the_narratives_year() -> None:
    body = ("On June 3, 2023 border guards of Iran and Afghanistan exchanged fire near the river. Officials have "
            f"said that {CLAUSES['sanction']} on June 5.")
    assert _dates(body, "sanction") == ["2023-06-05"]


def test_near_miss_year_in_the_dates_own_sentence_frames_it() -> None:
    body = f"Relations cooled in 2021. In 2022, the region has seen change: {CLAUSES['sanction']} on April 9."
    assert _dates(body, "sanction") == ["2022-04-09"]


def test_near_miss_recent_anchor_year_is_kept() -> None:
    body = ("On June 3, 2025 border guards of Iran and Afghanistan exchanged fire. Trade has grown since: "
            f"{CLAUSES['sanction']} on June 9.")
    assert _dates(body, "sanction") == ["2025-06-09"]


WIRE_OPEN = HEADLINE + "ASTANA, October 20 (Test Wire) - "
WIRE_CLOSE = "\n\n(c) 2025 Test Wire. All rights reserved."


@pytest.mark.parametrize("course", ["that ran late into Saturday night", "which lasted until late Saturday",
                                    "that dragged on through Saturday"])
def test_talks_whose_relative_tells_their_course_take_its_day(course: str) -> None:
    body = (f"Kyrgyzstan and Tajikistan agreed to reopen the border after talks in the Kazakh capital {course}, "
            "Kazakhstan's foreign ministry said on Sunday.")
    assert "2025-10-18" in dates_of(event_facts(body, WIRE_OPEN, WIRE_CLOSE), "meeting")


def test_near_miss_the_act_agreed_after_the_talks_is_not_dated_by_their_course() -> None:
    body = ("Kyrgyzstan and Tajikistan agreed to an immediate ceasefire after talks in Astana that ran late into "
            "Saturday night, Kazakhstan's foreign ministry said on Sunday.")
    facts = event_facts(body, WIRE_OPEN, WIRE_CLOSE)
    assert "2025-10-18" in dates_of(facts, "meeting")
    assert dates_of(facts, "ceasefire") and "2025-10-18" not in dates_of(facts, "ceasefire")
