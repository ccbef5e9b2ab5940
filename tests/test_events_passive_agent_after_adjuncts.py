"""A passive event's agent told after its place and time adjuncts ("were signed in Riga on 10 October
2009 by the Latvian and Estonian ministers"): the parties after "by" are its actors; a "by" of time
("completed by the end of the month") names no agent.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_agent_after_place_and_date() -> None:
    got = of_type(_facts("Two protocols on trade were signed in Riga on 10 October 2009 by the Latvian and "
                         "Estonian foreign ministers."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:LVA", "state:EST"}
    assert got[0].args["date"] == "2009-10-10"


def test_a_by_of_time_is_no_agent() -> None:
    facts = _facts("The withdrawal of troops at both points was completed by the end of May 2023, Latvian "
                   "officials said.")
    assert all("state:LVA" not in (f.args.get("actors") or []) for f in of_type(facts, "retreat"))
