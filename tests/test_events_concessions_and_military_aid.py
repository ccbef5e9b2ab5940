"""Concession and aid events (our own sentences): restrictions lifted, debts forgiven, prisoners
freed, bans suspended and a group removed from a terrorist list are concessions; materiel given as
aid, craft handed over, money approved for an army, troops a bloc sends and pledged packages are
military aid (not also a deployment or an agreement); loans and credit lines are aid.  Each family
with its near misses (sales, other exemptions and releases, private loans)."""

from __future__ import annotations

from event_facts import (
    args_by_type,
    assert_no_event,
    assert_party,
    event_facts,
    event_types,
    of_type,
)


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
        assert_party(body, "concession", party)


def test_near_misses_are_no_concessions() -> None:
    for body in ("In 2022 Kazakhstan was exempted from the quota by the bloc's rules, officials said.",
                 "In 2023 Uzbekistan released its first national security strategy.",
                 "In March 2024 the court cancelled the hearing on the debt dispute between two banks."):
        assert_no_event(body, "concession")


def test_materiel_given_as_aid_is_military_aid() -> None:
    for body, actor, target in (
            ("In 2022 Moscow gave Dushanbe four TOS-1A flamethrower systems as military aid.", "state:RUS", "state:TJK"),
            ("On 29 April 2019 Russia's defence minister handed two Mi-8MT helicopters to Kyrgyzstan's armed "
             "forces free of charge.", "state:RUS", "state:KGZ"),
            ("In March 2023 Türkiye donated 20 armoured vehicles to the Georgian army.", "state:TUR", "state:GEO"),
            ("In 2020 Türkiye supplied Bayraktar drones and military support to Azerbaijan.", "state:TUR",
             "state:AZE")):
        assert_party(body, "military_aid", actor)
        assert_party(body, "military_aid", target)


def test_sales_are_no_military_aid() -> None:
    for body in ("In 2022 Moscow sold Dushanbe four TOS-1A flamethrower systems.",
                 "In March 2023 Türkiye delivered 20 armoured vehicles to Georgia under a 2021 contract."):
        assert_no_event(body, "military_aid")


def test_a_ban_suspended_is_a_concession() -> None:
    assert_party("On 17 April 2025 Russia's Supreme Court suspended the ban it had imposed on the Taliban in 2003.",
                 "concession", "state:RUS")
    assert_party("In May 2024 Ankara overturned its embargo on Armenian goods.", "concession", "state:TUR")


def test_withdrawals_releases_and_pledged_weapons() -> None:
    assert_party("In 2022 Moscow withdrew most of its troops from its base in Tajikistan.", "retreat", "state:TJK")
    assert_party("In March 2024 Tashkent released twelve Tajik border guards it had detained.", "concession", "state:TJK")
    assert_no_event("In March 2024 Tashkent released twelve Tajik border guards it had detained.", "coercion")
    assert_no_event("On 4 May 2025 the army released footage of Indian soldiers at the border.", "concession")
    assert_party("On 8 July 2025 the Netherlands announced a €300 million package of drones and ammunition for Ukraine.",
                 "military_aid", "state:NLD")


def test_military_craft_handed_over_is_military_aid() -> None:
    assert_party("In May 2023 India handed over a fast patrol vessel and a landing craft to the Maldives.", "military_aid",
                 "state:IND")


def test_a_bloc_sending_troops_to_a_member_is_military_aid() -> None:
    got = of_type(event_facts("In May 2021 the CSTO sent troops to Tajikistan at the request of its president."),
                  "military_aid")
    assert got and got[0].args["actors"] == ["org:csto"] and got[0].args["targets"] == ["state:TJK"]


def test_troops_sent_to_help_are_not_also_a_deployment() -> None:
    facts = event_facts("In 2014 Russia sent troops to help the separatists.")
    assert of_type(facts, "military_aid") and not of_type(facts, "mobilization")


def test_loans_and_credit_lines_are_aid() -> None:
    ai = args_by_type("On 8 August 2023 Saudi Arabia extended a $2 billion loan to Pakistan.").get("aid")
    assert ai and ai[0]["targets"] == ["state:PAK"]
    assert args_by_type("In 2019 China granted Kyrgyzstan a soft loan for road repairs.").get("aid")
    assert not args_by_type("Farmers in Uzbekistan received loans from local banks in 2023.").get("aid")
    assert not args_by_type("The bank extended its opening hours on 3 May 2024.").get("aid")


def test_removal_from_a_terrorist_list_is_a_concession() -> None:
    facts = event_facts("Kazakhstan removed the Taliban from its list of banned organisations in December 2023.")
    got = [f for f in facts if f.args["event_type"] == "concession"]
    assert got and got[0].args["actors"] == ["state:KAZ"] and got[0].args["date"] == "2023-12"


def test_money_approved_for_an_army_is_military_aid() -> None:
    facts = event_facts("In March 2024 Japan approved $5 million for the Mongolian armed forces.")
    assert "military_aid" in event_types(facts) and "agreement" not in event_types(facts)
