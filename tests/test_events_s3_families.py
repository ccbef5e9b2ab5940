"""Event recall, session 3: concessions, military aid given, street protests, deadly assaults,
weapons used against a party, contractors chosen, named agreements dated by a modifier year and
reciprocal anaphors ("each government accused the other").  Original test sentences, each
family with paraphrases and near misses."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def _has(body: str, etype: str, party: str) -> None:
    got = of_type(event_facts(body), etype)
    assert any(party in (f.args.get("actors") or []) + (f.args.get("targets") or []) for f in got), \
        (body, etype, [(f.args["event_type"], f.args.get("actors"), f.args.get("targets")) for f in event_facts(body)])


def _none(body: str, etype: str) -> None:
    assert not of_type(event_facts(body), etype), (body, event_types(event_facts(body)))


def test_restrictions_lifted_debts_forgiven_and_prisoners_freed_are_concessions() -> None:
    for body, party in (
            ("In November 2018 Washington exempted the port project from its sanctions.", "state:USA"),
            ("In August 2025 Trump waived Section 907 of the Freedom Support Act.", "state:USA"),
            ("In 2019 Washington granted Ankara a sanctions waiver.", "state:TUR"),
            ("In September 2012 Russia cancelled almost $500 million of Kyrgyz debt.", "state:RUS"),
            ("In 2017 a further $240 million of Kyrgyz debt was written off by Russia.", "state:RUS"),
            ("In 2017 a further $240 million of Kyrgyz debt was written off by Russia.", "state:KGZ"),
            ("In July 2025 India resumed issuing tourist visas to Chinese citizens.", "state:CHN"),
            ("On 13 December 2023 Azerbaijan released 32 Armenian prisoners of war.", "state:AZE"),
            ("In May 2024 Tehran freed the detained Azerbaijani sailors.", "state:IRN"),
            ("On 28 December 2024 Putin telephoned Aliyev to apologise for the crash.", "state:RUS")):
        _has(body, "concession", party)


def test_near_misses_are_no_concessions() -> None:
    for body in ("In 2022 Kazakhstan was exempted from the quota by the bloc's rules, officials said.",
                 "In 2023 Uzbekistan released its first national security strategy.",
                 "In March 2024 the court cancelled the hearing on the debt dispute between two banks."):
        _none(body, "concession")


def test_materiel_given_as_aid_is_military_aid() -> None:
    for body, actor, target in (
            ("In 2022 Moscow gave Dushanbe four TOS-1A flamethrower systems as military aid.", "state:RUS", "state:TJK"),
            ("On 29 April 2019 Russia's defence minister handed two Mi-8MT helicopters to Kyrgyzstan's armed "
             "forces free of charge.", "state:RUS", "state:KGZ"),
            ("In March 2023 Türkiye donated 20 armoured vehicles to the Georgian army.", "state:TUR", "state:GEO"),
            ("In 2020 Türkiye supplied Bayraktar drones and military support to Azerbaijan.", "state:TUR",
             "state:AZE")):
        _has(body, "military_aid", actor)
        _has(body, "military_aid", target)


def test_sales_are_no_military_aid() -> None:
    for body in ("In 2022 Moscow sold Dushanbe four TOS-1A flamethrower systems.",
                 "In March 2023 Türkiye delivered 20 armoured vehicles to Georgia under a 2021 contract."):
        _none(body, "military_aid")


def test_crowds_in_the_streets_are_protests_in_their_state() -> None:
    for body in ("In November 2024 thousands of protesters gathered outside parliament in Tbilisi.",
                 "In December 2024 tens of thousands took to the streets of Tbilisi.",
                 "In May 2024 the bill brought thousands of protesters into the streets of Tbilisi."):
        _has(body, "protest", "state:GEO")


def test_other_rallies_and_gestures_are_no_protests() -> None:
    for body in ("In March 2025 the Kazakh tenge rallied against the dollar.",
                 "In 2024 the party rallied behind the president in Astana.",
                 "In October 2022 Bishkek cancelled the exercise in Osh, a decision read as a protest at the "
                 "bloc's silence."):
        _none(body, "protest")


def test_deadly_assaults_and_weapons_used_against_a_party_are_attacks() -> None:
    _has("On 22 March 2024 gunmen killed 145 people at Crocus City Hall outside Moscow.", "attack", "state:RUS")
    _has("In 2020 Azerbaijani forces used Bayraktar TB2 drones to devastating effect against Armenia.", "attack",
         "state:ARM")
    _has("From the autumn of 2022, Russia used Iranian Shahed-136 drones, renamed Geran-2, against Ukrainian "
         "cities.", "attack", "state:UKR")
    _has("On 19 September 2023 Azerbaijani forces moved against Armenian positions.", "attack", "state:AZE")
    _has("In March 2025 the SCO condemned the hijacking of the Jaffar Express in Balochistan.", "attack", "state:PAK")


def test_weapons_used_for_other_ends_are_no_attacks() -> None:
    for body in ("In 2023 Kazakhstan used Turkish drones to monitor the steppe against wildfires.",
                 "In 2021 the bank used its reserves against inflation in Uzbekistan."):
        _none(body, "attack")


def test_a_partner_or_contractor_chosen_is_an_agreement() -> None:
    for body, party in (
            ("In May 2022 Turkish Aerospace agreed with Kazakhstan Engineering to assemble the Anka in Kazakhstan.",
             "company:kazakhstan-engineering"),
            ("In 2024 Georgia picked a consortium led by China Communications Construction Company to build its "
             "port at Anaklia.", "state:GEO"),
            ("In 2023 Uzbekistan chose Rosatom to build its first nuclear power plant.", "company:rosatom")):
        _has(body, "agreement", party)


def test_agreeing_with_a_view_is_no_agreement() -> None:
    for body in ("In 2022 Kazakhstan agreed with the IMF assessment that growth would slow.",
                 "In 2024 the minister picked up the phone to build trust with Baku."):
        _none(body, "agreement")


def test_a_named_agreement_with_a_modifier_year_is_dated_by_it() -> None:
    facts = of_type(event_facts("Baku would tie itself more closely to Ankara, its formal ally since the 2021 "
                                "Shusha Declaration."), "agreement")
    assert facts and facts[0].args["date"] == "2021"
    assert {"state:AZE", "state:TUR"} <= set(facts[0].args["actors"])
    assert "gazetteer" in facts[0].inferences["actors"]


def test_each_government_accused_the_other() -> None:
    facts = of_type(event_facts("In September 2022 clashes broke out on the Kyrgyz-Tajik border. Each government "
                                "accused the other of starting the fighting."), "accusation")
    assert facts and {"state:KGZ", "state:TJK"} <= set(facts[0].args["actors"])


def test_both_sides_pulled_troops_and_weapons_back() -> None:
    _has("In September 2022 Kyrgyz and Tajik troops clashed on the border. After a ceasefire, both sides pulled "
         "troops and heavy weapons back from the disputed sections.", "retreat", "state:TJK")


def test_a_ban_suspended_is_a_concession() -> None:
    _has("On 17 April 2025 Russia's Supreme Court suspended the ban it had imposed on the Taliban in 2003.",
         "concession", "state:RUS")
    _has("In May 2024 Ankara overturned its embargo on Armenian goods.", "concession", "state:TUR")


def test_bodies_standing_for_their_states_and_a_purpose_to_sign() -> None:
    _has("Uzbekistan, Afghanistan and Pakistan agreed to build a railway in 2022. In July 2023 the three railway "
         "administrations signed a protocol in Islamabad.", "agreement", "state:PAK")
    facts = [f for f in of_type(event_facts("On 17 July 2025 the foreign ministers of Uzbekistan, Afghanistan and "
                                            "Pakistan met in Kabul to sign a framework agreement."), "agreement")]
    assert facts and {"state:UZB", "state:AFG", "state:PAK"} <= set(facts[0].args["actors"])


def test_a_war_fought_or_waged_is_an_attack_of_its_subject() -> None:
    _has("Iran fought a twelve-day war with Israel in June 2025.", "attack", "state:IRN")
    _has("In 2008 Russia waged a five-day war against Georgia.", "attack", "state:GEO")
    _none("In 2020 Armenia fought hard to keep its positions in the war.", "attack")


def test_an_envoy_summoned_is_a_protest() -> None:
    for body, actor, target in (
            ("In July 2023 Ukraine's foreign ministry summoned Kyrgyzstan's ambassador over the reports.", "state:UKR",
             "state:KGZ"),
            ("In February 2020 New Delhi summoned the Turkish envoy and rejected the remarks.", "state:IND",
             "state:TUR")):
        _has(body, "protest", actor)
        _has(body, "protest", target)
    _none("In 2021 the court summoned the former minister to testify.", "protest")


def test_the_subject_after_the_last_comma_is_the_verbs() -> None:
    facts = of_type(event_facts("In February 2020 Erdogan told Pakistan's parliament that the struggle resembled "
                                "that of the Turks at Gallipoli, New Delhi summoned the Turkish envoy."), "protest")
    assert facts and facts[0].args["actors"] == ["state:IND"]
    facts = of_type(event_facts("In May 2022 Kazakhstan, Uzbekistan and Kyrgyzstan signed a water accord."),
                    "agreement")
    assert facts and {"state:KAZ", "state:UZB", "state:KGZ"} <= set(facts[0].args["actors"])


def test_fighting_along_a_named_border_is_between_its_two_states() -> None:
    facts = of_type(event_facts("After several days of heavy fighting along the Afghan–Pakistani border in "
                                "mid-October 2025, talks began in Doha with Qatar and Türkiye as mediators."), "attack")
    assert facts and {"state:AFG", "state:PAK"} <= set(facts[0].args["actors"])
