"""A new event told in a dated speech verb's pluperfect complement ("on 19 October X announced that the two
sides had agreed to an immediate ceasefire") takes the telling's date; an event referred back to with a
definite noun ("said that the attack had been planned abroad") keeps its own earlier date.  Own sentences."""

from __future__ import annotations

from event_facts import dates_of, event_facts

CLOSING = "\n\nPublished: 20 October 2023\n"


def test_an_indefinite_event_in_the_complement_takes_the_tellings_day() -> None:
    facts = event_facts("On 19 October Qatar announced that Armenia and Azerbaijan had agreed to an immediate ceasefire.",
                        closing=CLOSING)
    assert dates_of(facts, "ceasefire") == ["2023-10-19"]


def test_near_miss_a_definite_event_referred_back_keeps_its_own_day() -> None:
    facts = event_facts("Gunmen stormed a border post near Osh on 2 May. "
                        "On 5 May Kyrgyz officials said that the attack had been planned abroad.")
    assert dates_of(facts, "attack") == ["2024-05-02"]
