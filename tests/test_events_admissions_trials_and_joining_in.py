"""Accession, test and concession triggers (our own sentences): an admission is an accession only with a
body to enter ("admission to the CSTO"); a party's own admission of a fact is a concession; "tested" is a
weapons test only with a thing tested, never in the passive ("relations were tested"); joining an exercise,
a navy or a shooting, or joining in, is no accession."""

from __future__ import annotations

from event_facts import assert_no_event, event_facts, event_types, of_type


def test_an_admission_into_a_body_is_an_accession() -> None:
    for body in (
        "Uzbekistan's admission to the CSTO in 2006 was short-lived.",
        "In 2001 the admission of Uzbekistan into the group followed.",
    ):
        facts = of_type(event_facts(body), "accession")
        assert facts and "state:UZB" in facts[0].args["actors"], body


def test_a_partys_own_admission_is_a_concession_not_an_accession() -> None:
    for body, party in (
        (
            "Moscow's admission on 9 October 2025 that its air defences had hit the airliner eased the row.",
            "state:RUS",
        ),
        (
            "By Beijing's own belated admission in February 2021, four of its soldiers had died.",
            "state:CHN",
        ),
    ):
        facts = event_facts(body)
        assert "accession" not in event_types(facts), body
        got = of_type(facts, "concession")
        assert got and party in got[0].args["actors"], body


def test_tested_needs_a_weapon_and_is_never_passive() -> None:
    for body in (
        "Ties with Moscow were also tested in March 2019 when a border post was closed.",
        "In 2024 the drought tested both governments of the valley.",
    ):
        assert_no_event(body, "test")
    for body, party in (
        ("On 3 May 2019 Pakistan tested the Shaheen-II.", "state:PAK"),
        ("In June 2022 Iran tested a new solid-fuel rocket.", "state:IRN"),
    ):
        got = of_type(event_facts(body), "test")
        assert got and got[0].args["actors"] == [party], body


def test_joining_an_exercise_a_navy_or_a_fight_is_no_accession() -> None:
    for body in (
        "In April 2022 the Azerbaijani navy joined Turkey's Sea Wolf exercise off Izmir.",
        "In May 2023 the Kazakh navy joined Russia's annual exercise in the Caspian.",
        "In 2019 two corvettes joined the Georgian navy.",
        "In August 2021 Tajik villagers joined in the shooting at a Kyrgyz post.",
    ):
        assert_no_event(body, "accession")
    got = of_type(
        event_facts("In June 2017 India joined the Shanghai Cooperation Organisation."), "accession"
    )
    assert got and got[0].args["actors"] == ["state:IND"]


def test_joining_a_body_at_a_ceremony_or_amid_protests_is_an_accession() -> None:
    # the excluded nouns count only inside the object phrase, not after a preposition
    for body, state in (
        ("Montenegro joined NATO at a ceremony in Washington on 5 June 2017.", "state:MNE"),
        ("Croatia joined the European Union amid protests from farmers on 1 July 2013.", "state:HRV"),
    ):
        got = of_type(event_facts(body), "accession")
        assert got and state in got[0].args["actors"], body


def test_admission_as_a_member_or_an_admission_completed_is_an_accession() -> None:
    for body, state in (
        ("Mongolia's admission as a full member of the SCO was approved in Tashkent in June 2016.", "state:MNG"),
        ("Armenia's admission was completed at the CSTO summit in Moscow on 14 May 2002.", "state:ARM"),
    ):
        facts = event_facts(body)
        assert "concession" not in event_types(facts), body
        got = of_type(facts, "accession")
        assert got and state in got[0].args["actors"], body


def test_tested_takes_missile_acronyms_but_not_a_bare_nuclear() -> None:
    got = of_type(event_facts("Iran tested an IRBM on 14 March 2021."), "test")
    assert got and "state:IRN" in got[0].args["actors"]
    assert_no_event("The crisis tested the limits of nuclear diplomacy between Ankara and Tehran in 2021.", "test")
