"""A wire report's bare "the attack"/"the strike" names the report's own news, not a background
event of the same kind recalled in its lead ("the deadliest since ... a decade ago"): the undated
acts told with it, and the next undated act of the episode, take the news day; an analytical text
keeps the episode its sentences tell.  "A week ago" names a day, "last week" a span."""

from __future__ import annotations

from event_facts import dates_of, event_facts

WIRE = "Test headline about the region\n\nYEREVAN, April 3 (Test Wire) - "
BYLINE = "Test headline about the region\n\nBy A. Writer\nPublished: 3 April 2025\n\n"


def test_the_attack_after_a_background_one_in_the_lead_is_the_news() -> None:
    body = ("Armenia recalled its ambassador from Azerbaijan on Thursday after Azerbaijani drones struck an "
            "army post near Jermuk, killing seven soldiers, in the deadliest attack on Armenian forces since "
            "Azerbaijani troops attacked a village a decade ago.\n\n"
            "Prime Minister Nikol Pashinyan telephoned Russian President Vladimir Putin to say that the attack "
            "was a provocation, his office said.")
    assert dates_of(event_facts(body, WIRE), "meeting") == ["2025-04-03"]


def test_near_miss_an_analysis_keeps_the_episode_it_tells() -> None:
    body = ("Relations between Tajikistan and Kyrgyzstan have long been tense. In 2015, Tajik troops attacked "
            "a Kyrgyz outpost near the river. The attack killed four soldiers. Kyrgyzstan recalled its "
            "ambassador from Tajikistan.")
    assert dates_of(event_facts(body, BYLINE), "sanction") == ["2015"]


def test_near_miss_a_written_date_before_is_kept() -> None:
    body = ("Kyrgyzstan closed its border with Tajikistan on Thursday.\n\n"
            "Tajik troops attacked a Kyrgyz post on March 2, 2023. Kyrgyzstan recalled its ambassador "
            "from Tajikistan.")
    assert dates_of(event_facts(body, WIRE), "sanction") == ["2023-03-02"]


def test_a_week_ago_is_a_day_last_week_a_month() -> None:
    body = ("The president of Azerbaijan received the Armenian prime minister in Baku on Thursday.\n\n"
            "The Armenian leader telephoned the Azerbaijani president a week ago to offer condolences, officials "
            "said. Last week the two governments signed a customs protocol.")
    facts = event_facts(body, WIRE)
    assert "2025-03-27" in dates_of(facts, "meeting")
    assert dates_of(facts, "agreement") == ["2025-03"]


def test_near_miss_the_background_event_told_in_the_same_paragraph_is_the_referent() -> None:
    body = ("Kyrgyzstan closed its border with Tajikistan on Thursday after a shooting at a checkpoint.\n\n"
            "Tajik troops attacked a Kyrgyz post near Batken two years ago. Kyrgyzstan recalled its ambassador "
            "from Tajikistan after the attack.")
    assert dates_of(event_facts(body, WIRE), "sanction") == ["2023"]
