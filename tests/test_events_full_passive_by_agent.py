"""The full-passive branch of PARTICIPLE_BY_RE (events/participants.py): after an event noun, its topic,
the auxiliary and the participle, the agent follows "by" ("fresh sanctions were imposed on X by Y",
"an accord on Z was reached by X and Y"); "by the end of May" names no agent.  Own invented sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.extract.events.participants import PARTICIPLE_BY_RE


def test_the_full_passive_branch_matches_up_to_by() -> None:
    assert PARTICIPLE_BY_RE.match(" were imposed on Minsk by Canada") is not None
    assert PARTICIPLE_BY_RE.match(" on grazing land was reached by Kyrgyzstan") is not None
    assert PARTICIPLE_BY_RE.match(" have been formally signed by both sides") is not None
    assert PARTICIPLE_BY_RE.match(" was reached by the end of May") is None  # a time, not an agent
    assert PARTICIPLE_BY_RE.match(" were sharply criticised by Kyiv") is None  # no event participle


def test_sanctions_imposed_by_an_agent_after_the_target() -> None:
    facts = of_type(event_facts("Fresh sanctions were imposed on Minsk by Canada on 3 June 2024."), "sanction")
    assert [(f.args["actors"], f.args["targets"]) for f in facts] == [(["state:CAN"], ["state:BLR"])]


def test_an_accord_reached_by_two_states_after_its_topic() -> None:
    body = "A border accord on grazing land was reached by Kyrgyzstan and Tajikistan in Batken on 2 May 2024."
    facts = of_type(event_facts(body), "agreement")
    assert [sorted(f.args["actors"]) for f in facts] == [["state:KGZ", "state:TJK"]]
