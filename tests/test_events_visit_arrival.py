""""X arrived (in Y) on/for a state visit" or "for talks": an official visit is a meeting (with the
state the city lies in, the host), dated by the time told with it ("a day after", "the day
before"); arrivals for other purposes are none; a singular "joint drill" is a joint exercise.  Own
sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source

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
    # (a leader's arrival in a foreign capital is a visit: tests/test_events_diplo_visits_rounds_and_speech_acts.py;
    # an arrival at home or for treatment is none)
    got = of_type(_facts("Vladimir Putin arrived in Moscow on 27 November 2024 after a long flight."), "meeting")
    assert not got
    got = of_type(_facts("Vladimir Putin arrived in Astana on 27 November 2024 for medical treatment."), "meeting")
    assert not got


def test_a_joint_drill() -> None:
    got = of_type(_facts("China and Tajikistan held a joint drill in the mountains in October 2016."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:CHN", "state:TJK"}


def test_arrived_in_the_demonym_capital() -> None:
    got = of_type(_facts("Emomali Rahmon arrived in the Kyrgyz capital on a state visit on 13 March 2025."), "meeting")
    assert got and set(got[0].args["actors"]) == {"state:TJK", "state:KGZ"}
    assert "capital" in got[0].inferences["actors"]


ESSAY = "Test headline about the region\n\n"


def _meetings(body: str) -> list[Fact]:
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", ESSAY + body + "\nPublished: 12 March 2024\n")):
        out.extend(f for f in aa.extraction.facts
                   if f.type == "event" and f.args["event_type"] == "meeting")
    return out


def test_arrival_for_talks_or_a_visit_is_a_meeting_with_the_host() -> None:
    for s in ("In May 2023 the Turkish president arrived in Baku for a state visit.",
              "In June 2022 the Iranian foreign minister arrived in Baku for talks."):
        got = _meetings(s)
        assert got, s
        assert "state:AZE" in got[0].args["actors"], s
        assert "host" in got[0].inferences.get("actors", ""), s


def test_arrival_for_other_purposes_is_no_meeting() -> None:
    for s in ("In May 2023 the refugees arrived in Baku for a better life.",
              "In May 2023 the first cargo train arrived in Baku from China."):
        assert not _meetings(s), s
