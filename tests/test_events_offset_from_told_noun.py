""""Three days after the crash X did Y": when no event type names the noun, the time is counted
from the last sentence before that tells the noun's stem ("crashed"), dated by its own day or by
the day the narrative had reached there.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2025\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_counted_from_the_sentence_telling_the_verb() -> None:
    got = of_type(_facts("A Ukrainian airliner crashed near Lviv on 25 December 2024. Three days after the crash "
                         "Poland accused Ukraine of negligence."), "accusation")
    assert got and got[0].args["date"] == "2024-12-28"
    assert "shifted by +3 day" in got[0].inferences["date"]


def test_counted_from_the_narrative_day_not_a_later_flashback() -> None:
    got = of_type(_facts("The dispute began on 25 December 2024. A Ukrainian airliner crashed near Lviv, killing "
                         "38. Poland had warned Ukraine on 21 November. Three days after the crash Poland accused "
                         "Ukraine of negligence."), "accusation")
    assert got and got[0].args["date"] == "2024-12-28"


def test_a_noun_never_told_dates_nothing() -> None:
    got = of_type(_facts("The dispute began on 25 December 2024. A Ukrainian airliner landed near Lviv. Three "
                         "days after the crash Poland accused Ukraine of negligence."), "accusation")
    assert all(f.args.get("date") != "2024-12-28" for f in got)


def test_a_nominalisation_is_told_by_its_verb() -> None:
    got = of_type(_facts("Poland elected a new president on 3 May 2023. Six days after the election, Lithuania "
                         "imposed sanctions on Ukraine."), "sanction")
    assert got and got[0].args["date"] == "2023-05-09"


def test_a_short_stem_is_not_cut() -> None:
    got = of_type(_facts("Poland lost a vote on 3 May 2023. Six days after the union, Lithuania imposed sanctions "
                         "on Ukraine."), "sanction")
    assert all(f.args.get("date") != "2023-05-09" for f in got)
