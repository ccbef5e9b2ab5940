"""A date closing the conjunct before a coordinated act ("recalled its envoy on Monday and summoned Y's
envoy on Tuesday") dates that earlier act: the second act takes the date of its own conjunct, and the
earlier date only when its own conjunct has none.  A date opening the sentence frames both acts.  Own sentences."""

from __future__ import annotations

from event_facts import dates_of, event_facts


def test_the_second_act_takes_the_date_of_its_own_conjunct() -> None:
    facts = event_facts("Georgia recalled its ambassador from Moscow on Monday and summoned Russia's envoy on Tuesday.")
    assert dates_of(facts, "sanction") == ["2024-07-01"]
    assert dates_of(facts, "protest") == ["2024-07-02"]


def test_a_comma_coordinated_act_after_a_vague_date() -> None:
    facts = event_facts("Aliyev visited Ankara last week, and signed a gas deal with Erdogan on Friday.")
    assert dates_of(facts, "agreement") == ["2024-07-05"]


def test_near_miss_no_date_of_its_own_keeps_the_earlier_date() -> None:
    facts = event_facts("Kazakhstan recalled its ambassador on Monday and summoned Russia's envoy.")
    assert dates_of(facts, "protest") == ["2024-07-01"]


def test_near_miss_a_fronted_date_frames_both_acts() -> None:
    facts = event_facts("On Monday Georgia recalled its ambassador and summoned Russia's envoy.")
    assert dates_of(facts, "protest") == ["2024-07-01"]
