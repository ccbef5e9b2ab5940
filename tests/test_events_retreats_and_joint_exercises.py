"""Retreat, mobilisation and cooperation events (our own sentences): disengagement, pull-backs,
both sides pulling back and firms leaving a venture are retreats; forces moved, put on alert or
called up are mobilisation; exercises of several states or held with a partner (dated by the
range's start), taking part in another's named exercises (each dated) and transport links opened
between two states are cooperation."""

from __future__ import annotations

from event_facts import args_by_type, assert_party, essay_event_facts, event_facts, of_type


def test_exercise_held_with_partner_dated_by_range_start() -> None:
    got = of_type(essay_event_facts("Kazakhstan hosted the Steppe Eagle exercise, held with the United States "
                                    "from 10 to 20 June 2024."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:USA"}
    assert got[0].args["date"] == "2024-06-10"
    got = of_type(essay_event_facts("In June 2024 Kazakhstan's annual drills, conducted jointly with Uzbekistan, ended."),
                  "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:UZB"}


def test_troops_of_several_states_exercising_cooperate() -> None:
    got = of_type(essay_event_facts("From 5 to 10 August 2024 some 2,000 Kazakh, Kyrgyz and Uzbek troops exercised "
                                    "at a range."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:KGZ", "state:UZB"}
    assert got[0].args["date"] == "2024-08-05"
    assert not of_type(essay_event_facts("In June 2024 Kazakh troops exercised near the border."), "cooperation")


def test_disengagement_and_pull_back_are_retreats() -> None:
    for s in ("On 3 May 2024 Armenia and Azerbaijan completed disengagement along the border.",
              "On 3 May 2024 Armenia and Azerbaijan disengaged their forces along the border."):
        got = of_type(essay_event_facts(s), "retreat")
        assert got and set(got[0].args["actors"]) == {"state:ARM", "state:AZE"}, s
    got = of_type(essay_event_facts("On 3 May 2024 Russia pulled back from Armenia."), "retreat")
    assert got and got[0].args["actors"] == ["state:RUS"]


def test_forces_moved_put_on_alert_or_called_up_are_mobilisation() -> None:
    for body, party in (("On 29 November 2024 Belarus moved troops closer to its border with Ukraine.", "state:BLR"),
                        ("On 13 June 2025 Iran put its armed forces on the highest state of alert.", "state:IRN"),
                        ("In July 2021 Tajikistan called up 20,000 reservists.", "state:TJK")):
        assert_party(body, "mobilization", party)


def test_an_exercise_of_several_states_is_cooperation() -> None:
    assert_party("Warships from Russia, China and Iran began their annual naval exercise on 11 March 2025.", "cooperation",
                 "state:CHN")
    # one state's drill near another's border stays a show of force
    assert_party("In October 2021 the Iranian army held exercises near the Azerbaijani border.", "mobilization", "state:IRN")


def test_both_sides_pulled_troops_and_weapons_back() -> None:
    assert_party("In September 2022 Kyrgyz and Tajik troops clashed on the border. After a ceasefire, both sides pulled "
                 "troops and heavy weapons back from the disputed sections.", "retreat", "state:TJK")


def test_leaving_a_venture_is_a_retreat() -> None:
    assert args_by_type("In March 2022 BP pulled out of its stake in Rosneft.").get("retreat")
    assert not args_by_type("The company withdrew its earnings guidance on 4 March 2024.").get("retreat")


def test_transport_links_between_two_states_are_cooperation() -> None:
    co = args_by_type("In June 2023 Tajikistan and Kyrgyzstan restored bus services across the border.").get("cooperation")
    assert co and set(co[0]["actors"]) == {"state:TJK", "state:KGZ"}
    assert not args_by_type("A railway opened in Kazakhstan in 2023.").get("cooperation")


def test_taking_part_in_anothers_named_exercises_dates_each() -> None:
    facts = event_facts("Mongolian units took part in Russia's Zapad-2017 and Zapad-2021 exercises.")
    got = sorted(f.args["date"] for f in facts if f.args["event_type"] == "cooperation")
    assert got == ["2017", "2021"]
