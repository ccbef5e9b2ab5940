""""X arrived (in Y) on/for a state visit": an official visit is a meeting, dated by the time told
with it ("a day after", "the day before"); a singular "joint drill" is a joint exercise.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2025\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_arrived_in_a_capital_on_a_state_visit() -> None:
    got = of_type(_facts("Vladimir Putin arrived in Astana on a state visit on 27 November 2024."), "meeting")
    assert got and set(got[0].args["actors"]) == {"state:RUS", "state:KAZ"}


def test_arrival_dated_a_day_before_the_summit() -> None:
    got = of_type(_facts("Kazakhstan hosted a summit in Astana on 28 November 2024, a day after Vladimir Putin "
                         "arrived on a state visit."), "meeting")
    assert any(f.args["date"] == "2024-11-27" and "state:RUS" in f.args["actors"] for f in got)


def test_arrival_without_a_visit_is_no_meeting() -> None:
    got = of_type(_facts("Vladimir Putin arrived in Astana on 27 November 2024 after a long flight."), "meeting")
    assert not got


def test_a_joint_drill() -> None:
    got = of_type(_facts("China and Tajikistan held a joint drill in the mountains in October 2016."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:CHN", "state:TJK"}


def test_arrived_in_the_demonym_capital() -> None:
    got = of_type(_facts("Emomali Rahmon arrived in the Kyrgyz capital on a state visit on 13 March 2025."), "meeting")
    assert got and set(got[0].args["actors"]) == {"state:TJK", "state:KGZ"}
    assert "capital" in got[0].inferences["actors"]
