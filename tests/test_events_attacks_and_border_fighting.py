"""Attack events (our own sentences): deadly assaults, weapons used against a party, wars fought
or waged, strikes told with hit/pound/bombard, munitions fired at a party, captured territory,
claims of responsibility, invasions told as nouns; who attacks whom (coming under fire, unnamed
gunmen, security forces, the state an attack happened in) and border fighting whose sides are the
border's or the pair told around it.  Each family with its near misses (goals, fears, other uses)."""

from __future__ import annotations

from event_facts import args_by_type, assert_no_event, assert_party, event_facts, of_type


def test_deadly_assaults_and_weapons_used_against_a_party_are_attacks() -> None:
    assert_party("On 22 March 2024 gunmen killed 145 people at Crocus City Hall outside Moscow.", "attack", "state:RUS")
    assert_party("In 2020 Azerbaijani forces used Bayraktar TB2 drones to devastating effect against Armenia.", "attack",
                 "state:ARM")
    assert_party("From the autumn of 2022, Russia used Iranian Shahed-136 drones, renamed Geran-2, against Ukrainian "
                 "cities.", "attack", "state:UKR")
    assert_party("On 19 September 2023 Azerbaijani forces moved against Armenian positions.", "attack", "state:AZE")
    assert_party("In March 2025 the SCO condemned the hijacking of the Jaffar Express in Balochistan.", "attack", "state:PAK")


def test_weapons_used_for_other_ends_are_no_attacks() -> None:
    for body in ("In 2023 Kazakhstan used Turkish drones to monitor the steppe against wildfires.",
                 "In 2021 the bank used its reserves against inflation in Uzbekistan."):
        assert_no_event(body, "attack")


def test_a_war_fought_or_waged_is_an_attack_of_its_subject() -> None:
    assert_party("Iran fought a twelve-day war with Israel in June 2025.", "attack", "state:IRN")
    assert_party("In 2008 Russia waged a five-day war against Georgia.", "attack", "state:GEO")
    assert_no_event("In 2020 Armenia fought hard to keep its positions in the war.", "attack")


def test_fighting_along_a_named_border_is_between_its_two_states() -> None:
    facts = of_type(event_facts("After several days of heavy fighting along the Afghan–Pakistani border in "
                                "mid-October 2025, talks began in Doha with Qatar and Türkiye as mediators."), "attack")
    assert facts and {"state:AFG", "state:PAK"} <= set(facts[0].args["actors"])


def test_coming_under_fire_makes_the_subject_the_target() -> None:
    got = of_type(event_facts("Pakistani troops came under fire from Afghan border posts on 11 October 2025."),
                  "attack")
    assert got and got[0].args["actors"] == ["state:AFG"] and got[0].args["targets"] == ["state:PAK"]
    assert_no_event("On 3 May 2025 the Kazakh minister came under fire from lawmakers over the budget.", "attack")


def test_munitions_fired_at_a_party_are_attacks_and_launches_into_the_sea_tests() -> None:
    assert_party("On 7 October 2015 four Russian ships launched 26 cruise missiles at targets in Syria.", "attack", "state:SYR")
    assert_party("North Korea launched a ballistic missile into the sea on 19 March 2025.", "test", "state:PRK")
    assert_no_event("On 7 October 2015 four Russian ships launched 26 cruise missiles at targets in Syria.", "test")
    assert_party("Iran launched a military satellite on a Qaem-100 rocket in January 2024.", "test", "state:IRN")


def test_strikes_told_with_hit_pound_and_bombard() -> None:
    assert_party("Israeli aircraft hit military sites across Iran on 13 June 2025.", "attack", "state:ISR")
    assert_party("On 8 July 2025 Russian forces pounded Kharkiv with glide bombs.", "attack", "state:RUS")
    for body in ("In March 2024 inflation in Kazakhstan hit 9 percent.",
                 "In March 2024 Kazakhstan's economy was hit hard by sanctions on Russia.",
                 "On 3 May 2025 Iran and Turkey struck a deal on gas prices."):
        assert_no_event(body, "attack")


def test_capture_of_territory_is_an_attack() -> None:
    assert_party("Azerbaijan recaptured Nagorno-Karabakh in September 2023.", "attack", "state:AZE")


def test_unnamed_gunmen_are_not_the_clause_subject() -> None:
    got = of_type(event_facts("India expelled two Pakistani diplomats on 2 May 2025, days after gunmen killed "
                              "26 tourists in Pahalgam on 22 April 2025."), "attack")
    assert got and not got[0].args.get("actors") and got[0].args["fatalities"] == 26


def test_security_forces_killing_militants_is_their_states_attack() -> None:
    assert_party("On 3 March 2025 security forces killed 13 militants in North Waziristan.", "attack", "state:PAK")
    assert_no_event("On 3 March 2025 an earthquake killed 50 people in Herat.", "attack")


def test_a_claim_of_responsibility_names_the_attacker() -> None:
    facts = event_facts("A bomb exploded at a market in Peshawar on 3 March 2024, killing nine people. "
                        "The Tehrik-i-Taliban Pakistan claimed responsibility for the attack.")
    got = of_type(facts, "attack")
    assert len(got) == 1 and got[0].args["actors"] == ["armed:ttp"] and got[0].args["fatalities"] == 9


def test_a_border_clash_without_named_sides_is_fought_by_the_border_pair() -> None:
    got = of_type(event_facts("Clashes erupted on the Kyrgyz-Tajik border on 27 April 2021, killing ten people."),
                  "attack")
    assert got and set(got[0].args["actors"]) == {"state:KGZ", "state:TJK"}


def test_two_sides_fighting_and_pulling_back() -> None:
    got = of_type(event_facts("On 27 May 2023 Iranian border guards and Taliban fighters fought near the frontier."),
                  "attack")
    assert got and {"state:IRN", "armed:taliban"} <= set(got[0].args["actors"])
    facts = event_facts("India and China faced each other at Depsang in 2024. Both armies disengaged on 28 October "
                        "2024.")
    got = of_type(facts, "retreat")
    assert got and {"state:IND", "state:CHN"} <= set(got[0].args["actors"])
    assert_no_event("In 2024 the two parties fought hard over the budget in parliament.", "attack")


def test_border_clashes_after_a_pair_event_are_between_the_pair() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan signed a border accord in Tashkent on May 3, 2024, "
                        "after clashes in 2019 and 2020 that killed dozens of people.")
    got = of_type(facts, "attack")
    assert sorted(f.args["date"] for f in got) == ["2019", "2020"]
    assert all(set(f.args["actors"]) == {"state:KAZ", "state:UZB"} and "actors" in f.inferences for f in got)


def test_fighting_without_a_border_has_no_inferred_sides() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan signed a trade accord in Tashkent on May 3, 2024. "
                        "In 2019 fighting in the capital killed dozens of people.")
    assert not [f for f in of_type(facts, "attack") if "state:KAZ" in f.args.get("actors", [])]


def test_a_date_before_a_relative_clause_does_not_date_the_fight_in_it() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan signed a treaty on their border on May 3, 2024, settling a "
                        "dispute that twice erupted into fighting in the past decade.")
    assert not of_type(facts, "attack")


def test_the_body_dates_a_fight_the_lead_told_by_year() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan signed a border accord in Tashkent on May 3, 2024. Two rounds of "
                        "fighting, in 2019 and 2020, left many people dead. That changed in the spring of 2019. "
                        "On April 28, an argument at the water point escalated into gunfire between border units.")
    dates = sorted(f.args["date"] for f in of_type(facts, "attack"))
    assert "2019-04-28" in dates


def test_attack_by_unnamed_gunmen_targets_the_state_it_happened_in() -> None:
    got = of_type(event_facts("On June 2 gunmen attacked a market in Peshawar, killing 12 people."), "attack")
    assert got and got[0].args["targets"] == ["state:PAK"] and "targets" in got[0].inferences


def test_war_as_a_goal_is_no_attack() -> None:
    got = event_facts("On March 3 the ruling party accused the opposition of trying to drag Moldova into war "
                      "with Russia.")
    assert not of_type(got, "attack")


def test_invasion_noun_is_an_attack_unless_an_anchor_or_a_fear() -> None:
    at = args_by_type("The Soviet invasion of Afghanistan in December 1979 changed the region.").get("attack")
    assert at and at[0]["date"] == "1979-12"
    for text in ("Fears of an invasion grew in Moldova in 2022.",
                 "The invasion force massed on the border in January 2022.",
                 "On 22 February 2022, two days before the invasion of Ukraine, Moscow recognised two regions."):
        assert not args_by_type(text).get("attack"), text
