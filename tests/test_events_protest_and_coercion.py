"""Protest and coercion events (our own sentences): crowds in the streets, blockades, unrest,
storming and strikes are protests in their state, envoys summoned (active or passive) are protests;
crowds dispersed, sit-ins broken up, sentences, detentions, crackdowns, raids, bans and internet
cuts are the state's coercion; the protested act is not the protesters', and the place of another
clause gives no actor.  Each family with its near misses."""

from __future__ import annotations

from event_facts import HEADLINE, args_by_type, assert_no_event, assert_party, event_facts, of_type


def test_crowds_in_the_streets_are_protests_in_their_state() -> None:
    for body in ("In November 2024 thousands of protesters gathered outside parliament in Tbilisi.",
                 "In December 2024 tens of thousands took to the streets of Tbilisi.",
                 "In May 2024 the bill brought thousands of protesters into the streets of Tbilisi."):
        assert_party(body, "protest", "state:GEO")


def test_other_rallies_and_gestures_are_no_protests() -> None:
    for body in ("In March 2025 the Kazakh tenge rallied against the dollar.",
                 "In 2024 the party rallied behind the president in Astana.",
                 "In October 2022 Bishkek cancelled the exercise in Osh, a decision read as a protest at the "
                 "bloc's silence."):
        assert_no_event(body, "protest")


def test_an_envoy_summoned_is_a_protest() -> None:
    for body, actor, target in (
            ("In July 2023 Ukraine's foreign ministry summoned Kyrgyzstan's ambassador over the reports.", "state:UKR",
             "state:KGZ"),
            ("In February 2020 New Delhi summoned the Turkish envoy and rejected the remarks.", "state:IND",
             "state:TUR")):
        assert_party(body, "protest", actor)
        assert_party(body, "protest", target)
    assert_no_event("In 2021 the court summoned the former minister to testify.", "protest")


def test_dispersed_crowd_is_coercion_by_the_state_of_the_place() -> None:
    fs = event_facts("On 3 June 2024 riot police dispersed the crowd in Osh with tear gas.", HEADLINE)
    co = of_type(fs, "coercion")
    assert co and co[0].args["date"] == "2024-06-03" and "state:KGZ" in co[0].args["actors"]
    assert not of_type(fs, "protest")  # "riot police" are no riot


def test_police_broke_up_sit_in_and_water_cannon() -> None:
    fs = event_facts("Georgia's ruling party pushed a bill through parliament. On 8 March 2023 police in Tbilisi "
                     "answered the protesters with water cannon.", HEADLINE)
    assert any(f.args["date"] == "2023-03-08" for f in of_type(fs, "coercion"))
    fs = event_facts("On 2 April 2025 police in Quetta broke up a sit-in outside the press club.", HEADLINE)
    assert of_type(fs, "coercion")


def test_near_misses_are_no_crackdown() -> None:
    fs = event_facts("On 2 April 2025 the coalition in Kyrgyzstan broke up over the budget. The police in Osh did "
                     "not disperse the smaller rally on 3 April 2025.", HEADLINE)
    assert not of_type(fs, "coercion")


def test_passive_summons_of_an_envoy_is_a_protest() -> None:
    fs = event_facts("On 4 March 2024 the Kazakh ambassador was summoned to the Uzbek foreign ministry.", HEADLINE)
    pr = of_type(fs, "protest")
    assert pr and pr[0].args["targets"] == ["state:KAZ"] and pr[0].args["actors"] == ["state:UZB"]
    fs = event_facts("Relations were tense. In May 2024 Tehran's envoy in Islamabad was summoned to the "
                     "Pakistani foreign office.", HEADLINE)
    assert any("state:IRN" in (f.args.get("targets") or []) for f in of_type(fs, "protest"))


def test_crowd_blockade_and_unrest_are_protests() -> None:
    fs = event_facts("Unrest spread to the south of Kyrgyzstan on 5 May 2025, and protesters in Osh blocked the "
                     "main road to the airport.", HEADLINE)
    assert of_type(fs, "protest") and all(f.args["actors"] == ["state:KGZ"] for f in of_type(fs, "protest"))
    fs = event_facts("Kyrgyzstan has seen political unrest for years.", HEADLINE)
    assert not of_type(fs, "protest")  # undated: a state of affairs


def test_punishment_and_passive_detention_are_coercion() -> None:
    co = args_by_type("On 14 May 2021 a court in Almaty jailed two opposition activists.").get("coercion")
    assert co and co[0]["actors"] == ["state:KAZ"]
    co = args_by_type("Two Russian reporters were detained in Tbilisi on 3 May 2024.").get("coercion")
    assert co and co[0]["actors"] == ["state:GEO"] and co[0]["targets"] == ["state:RUS"]
    co = args_by_type("Some 300 people were arrested in Tbilisi on 2 May 2024.").get("coercion")
    assert co and co[0]["actors"] == ["state:GEO"] and not co[0].get("targets")


def test_crackdowns_raids_bans_and_internet_cuts() -> None:
    assert args_by_type("In September 2023 Azerbaijan cracked down on independent journalists.").get("coercion")
    got = args_by_type("On 2 June 2021 the authorities in Minsk raided the offices of a news site.")
    assert got.get("coercion") and not got.get("attack")
    assert args_by_type("On 4 March 2024 Baku banned all activities of the opposition movement.").get("coercion")
    assert args_by_type("Uzbekistan shut down the internet in Nukus on 2 July 2022.").get("coercion")


def test_coercion_near_misses() -> None:
    for text in ("The storms cut off the internet in Osh on 3 May 2024.",
                 "The opposition was not banned in 2020.",
                 "The detention of migrants has long been an issue in the region."):
        assert not args_by_type(text).get("coercion"), text


def test_crowds_storming_and_strikes_are_protests() -> None:
    got = args_by_type("On 4 January 2022 crowds stormed the city hall in Almaty.")
    assert got.get("protest") and not got.get("attack")
    got = args_by_type("On 2 January 2022 oil workers went on strike in Aktau.")
    assert got.get("protest") and not got.get("attack")
    assert not args_by_type("The band went on tour in Kazakhstan in 2023.").get("protest")


def test_the_protested_act_is_not_the_protesters_act() -> None:
    facts = event_facts("Hundreds of people gathered outside the Russian embassy in Baku on 9 March 2025 to "
                        "protest against the detention of Azerbaijanis in Yekaterinburg.")
    assert of_type(facts, "protest") and not of_type(facts, "coercion")


def test_force_on_a_crowd_at_home_is_coercion_and_a_near_miss_is_no_attack() -> None:
    assert_party("On 8 September 2025 police fired on young demonstrators in Kathmandu, killing 19.", "coercion", "state:NPL")
    assert_no_event("In 1998 Iran came close to invading Afghanistan.", "attack")


def test_a_crowd_gathering_for_a_rally_is_no_meeting() -> None:
    assert_no_event("On 30 July 2023 supporters of the JUI-F party gathered for a convention in Khar.", "meeting")
    assert_party("On 10 December 2024 India's and Russia's defence ministers co-chaired the 21st session of their military "
                 "commission.", "meeting", "state:RUS")


def test_protest_actor_is_not_the_country_of_another_clause_s_place() -> None:
    got = of_type(event_facts("In March 2023 Baku answered with protests: its president refused to attend the "
                              "summit in Madrid."), "protest")
    assert all("state:ESP" not in (f.args.get("actors") or []) for f in got)
