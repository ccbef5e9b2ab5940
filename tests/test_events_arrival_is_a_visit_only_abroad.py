"""A bare arrival of a person ("X arrived in <city>") is a visit, a meeting with the city's state, only
when the arriving side's state is told and is another ("the Kazakh foreign minister arrived in
Dushanbe"); an office holder of no told state, a bare pronoun, or a journey home ("…, returning home
from a summit in Y") is none.  Own sentences; a 5 July 2024 dateline."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _meetings(body: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {(f.args["event_type"], frozenset(f.args["actors"]), frozenset(f.args.get("targets") or []),
             f.args["date"]) for f in of_type(event_facts(body), "meeting")}


def test_an_office_holder_of_a_told_state_arrives_abroad() -> None:
    got = _meetings("The Kazakh foreign minister arrived in Dushanbe on Tuesday.")
    assert got == {("meeting", frozenset({"state:KAZ", "state:TJK"}), frozenset(), "2024-07-02")}


def test_near_miss_a_journey_home_from_a_summit() -> None:
    assert not _meetings("The prime minister arrived in Tashkent on Tuesday, returning home from a summit in "
                         "Astana.")
    assert not _meetings("The Kazakh prime minister arrived in Tashkent on Tuesday, on his way home from "
                         "Bishkek.")


def test_near_miss_no_state_told_for_the_one_arriving() -> None:
    assert not _meetings("The prime minister arrived in Dushanbe on Tuesday.")
    assert not _meetings("She arrived in Dushanbe on Tuesday.")


def test_near_miss_an_arrival_at_home() -> None:
    assert not _meetings("The Kazakh foreign minister arrived in Astana on Tuesday.")
