"""Agreement and ceasefire events (our own sentences): truces agreed in any phrasing are one
ceasefire; agreements by telephone or with a written date before "to", relations raised to a
partnership, partners or contractors chosen, treaties signed by ministers or initialled "in the
presence of" several states, named agreements dated by a modifier year or signed by parties the
gazetteer records, bodies standing for their states, cooperation agreed; agreeing with a view or
"agreed that October …" is none, and the subject after the last comma is the verb's."""

from __future__ import annotations

from event_facts import (
    assert_no_event,
    assert_party,
    essay_event_facts,
    event_facts,
    event_types,
    of_type,
)


def test_a_partner_or_contractor_chosen_is_an_agreement() -> None:
    for body, party in (
            ("In May 2022 Turkish Aerospace agreed with Kazakhstan Engineering to assemble the Anka in Kazakhstan.",
             "company:kazakhstan-engineering"),
            ("In 2024 Georgia picked a consortium led by China Communications Construction Company to build its "
             "port at Anaklia.", "state:GEO"),
            ("In 2023 Uzbekistan chose Rosatom to build its first nuclear power plant.", "company:rosatom")):
        assert_party(body, "agreement", party)


def test_agreeing_with_a_view_is_no_agreement() -> None:
    for body in ("In 2022 Kazakhstan agreed with the IMF assessment that growth would slow.",
                 "In 2024 the minister picked up the phone to build trust with Baku."):
        assert_no_event(body, "agreement")


def test_a_named_agreement_with_a_modifier_year_is_dated_by_it() -> None:
    facts = of_type(event_facts("Baku would tie itself more closely to Ankara, its formal ally since the 2021 "
                                "Shusha Declaration."), "agreement")
    assert facts and facts[0].args["date"] == "2021"
    assert {"state:AZE", "state:TUR"} <= set(facts[0].args["actors"])
    assert "gazetteer" in facts[0].inferences["actors"]


def test_bodies_standing_for_their_states_and_a_purpose_to_sign() -> None:
    assert_party("Uzbekistan, Afghanistan and Pakistan agreed to build a railway in 2022. In July 2023 the three railway "
                 "administrations signed a protocol in Islamabad.", "agreement", "state:PAK")
    facts = [f for f in of_type(event_facts("On 17 July 2025 the foreign ministers of Uzbekistan, Afghanistan and "
                                            "Pakistan met in Kabul to sign a framework agreement."), "agreement")]
    assert facts and {"state:UZB", "state:AFG", "state:PAK"} <= set(facts[0].args["actors"])


def test_the_subject_after_the_last_comma_is_the_verbs() -> None:
    facts = of_type(event_facts("In February 2020 Erdogan told Pakistan's parliament that the struggle resembled "
                                "that of the Turks at Gallipoli, New Delhi summoned the Turkish envoy."), "protest")
    assert facts and facts[0].args["actors"] == ["state:IND"]
    facts = of_type(event_facts("In May 2022 Kazakhstan, Uzbekistan and Kyrgyzstan signed a water accord."),
                    "agreement")
    assert facts and {"state:KAZ", "state:UZB", "state:KGZ"} <= set(facts[0].args["actors"])


def test_truce_phrasings_are_ceasefires() -> None:
    for body in ("India and Pakistan agreed on 10 May 2025 to halt hostilities along the frontier.",
                 "On 10 May 2025 India and Pakistan agreed to a halt in the fighting.",
                 "On 10 May 2025 India and Pakistan agreed to stop all military action."):
        got = of_type(event_facts(body), "ceasefire")
        assert got and {"state:IND", "state:PAK"} <= set(got[0].args["actors"]), (body, event_types(event_facts(body)))
        assert_no_event(body, "agreement")


def test_a_treaty_signed_by_the_ministers_of_the_two_countries() -> None:
    facts = event_facts("Turkmenistan and Azerbaijan settled their gas dispute in 2021. A memorandum on the "
                        "pipeline was signed by the energy ministers of the two countries in Baku on "
                        "21 January 2021.")
    got = [f for f in of_type(facts, "agreement") if f.args["date"] == "2021-01-21"]
    assert got and {"state:TKM", "state:AZE"} <= set(got[0].args["actors"])


def test_a_named_treaty_signed_by_unnamed_parties_takes_its_recorded_parties() -> None:
    facts = event_facts("In August 2018 the five Caspian states signed the Convention on the Legal Status of "
                        "the Caspian Sea.")
    got = of_type(facts, "agreement")
    assert got and {"state:RUS", "state:IRN", "state:KAZ", "state:AZE", "state:TKM"} <= set(got[0].args["actors"])


def test_the_cooperation_agreed_is_the_agreement() -> None:
    facts = event_facts("India and Russia agreed on 10 December 2024 to widen military cooperation, including the "
                        "joint production of spare parts.")
    assert of_type(facts, "agreement") and not of_type(facts, "cooperation")


def test_agreed_to_a_ceasefire_is_one_ceasefire() -> None:
    got = event_facts("On March 3 Armenia and Azerbaijan agreed to a truce along their border.")
    assert of_type(got, "ceasefire") and not of_type(got, "agreement")


def test_agreed_by_telephone_to_is_an_agreement() -> None:
    got = of_type(event_facts("On March 3 the foreign ministers of Uzbekistan and Tajikistan agreed by telephone "
                              "to reopen the railway."), "agreement")
    assert got and got[0].args["date"] == "2024-03-03"


def test_passive_agreement_parties_in_the_presence_of() -> None:
    got = of_type(essay_event_facts("On 3 May 2024 the treaty was initialled in Astana in the presence of Kazakhstan, "
                                    "Uzbekistan and Russia."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:UZB", "state:RUS"}


def test_raising_relations_to_a_partnership_is_an_agreement() -> None:
    facts = event_facts("Kazakhstan and Mongolia raised their relations to a strategic partnership in May 2019.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:MNG"}


def test_agreed_that_october_is_not_agreed_that() -> None:
    assert "agreement" not in event_types(event_facts("Kenya and Italy agreed that October was the right month."))


def test_agreed_with_a_written_date_before_to() -> None:
    facts = event_facts("Kazakhstan and Mongolia agreed in March 2024 to open a rail link.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and got[0].args["date"] == "2024-03"
