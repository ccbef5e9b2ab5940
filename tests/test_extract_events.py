"""Event extraction on original test sentences (never the shared corpus)."""

from __future__ import annotations

import pytest

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _facts(text: str, ftype: str = "event") -> list[Fact]:
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", text)):
        out.extend(f for f in aa.extraction.facts if f.type == ftype)
    return out


def _news(body: str) -> str:
    return "Test headline about the region\n\nALMATY, 5 July 2024 — " + body + "\n"


def _one(facts: list[Fact], etype: str) -> Fact:
    got = [f for f in facts if f.args["event_type"] == etype]
    assert len(got) == 1, [f.args for f in facts]
    return got[0]


def test_attack_actor_target_date_fatalities_plover() -> None:
    facts = _facts(_news("Uzbek troops shelled positions inside Tajikistan on June 30, killing four soldiers."))
    f = _one(facts, "attack")
    assert f.args["actors"] == ["state:UZB"]
    assert f.args["targets"] == ["state:TJK"]
    assert f.args["date"] == "2024-06-30"
    assert f.args["fatalities"] == 4
    assert f.args["plover"] == "ASSAULT"


def test_weekday_resolves_against_the_dateline_and_capital_is_location() -> None:
    facts = _facts(_news("Kazakhstan and Kyrgyzstan signed a water-sharing agreement in Almaty on Thursday."))
    f = _one(facts, "agreement")
    assert set(f.args["actors"]) == {"state:KAZ", "state:KGZ"}
    assert f.args["date"] == "2024-07-04"
    assert f.args["location"] == "place:almaty"
    assert "date" in f.inferences


def test_undated_events_are_not_recorded() -> None:
    assert _facts(_news("Mongolia accused Kazakhstan of hoarding water.")) == []


def test_definite_mention_adds_evidence_instead_of_a_new_event() -> None:
    facts = _facts(_news("Armenian forces attacked positions inside Azerbaijan on June 2. "
                         "The attack was condemned abroad."))
    attacks = [f for f in facts if f.args["event_type"] == "attack"]
    assert len(attacks) == 1
    assert len(attacks[0].evidence) == 2


def test_ceasefire_brokered_by_a_third_party() -> None:
    facts = _facts(_news("The fighting between Armenia and Azerbaijan ended on June 4 with a ceasefire "
                         "brokered by Iran."))
    f = _one(facts, "ceasefire")
    assert "state:IRN" in f.args["actors"]
    assert f.args["plover"] == "AGREE"


def test_two_countries_anaphor_is_recorded_as_an_inference() -> None:
    facts = _facts(_news("Georgia and Armenia held border talks in Tbilisi in May. "
                         "In June the two countries signed a transit agreement."))
    f = _one(facts, "agreement")
    assert set(f.args["actors"]) == {"state:GEO", "state:ARM"}
    assert "actors" in f.inferences


def test_expected_events_are_not_recorded() -> None:
    facts = _facts(_news("Mongolia is expected to sign a gas agreement with Kazakhstan in 2025."))
    assert [f for f in facts if f.args["event_type"] == "agreement"] == []


@pytest.mark.parametrize("etype", ["attack", "sanction", "meeting", "ceasefire", "statement", "test"])
def test_every_type_has_its_plover_code(etype: str) -> None:
    from silkgraph.extract.events import PLOVER

    assert etype in PLOVER


def test_n_days_later_counts_from_the_previous_sentence_date_and_passive_exclusion() -> None:
    facts = _facts(_news("The first radars reached Mongolia on March 3, 2021. Ten days later the alliance "
                         "announced that Mongolia would be excluded from the joint programme."))
    f = _one(facts, "sanction")
    assert f.args["targets"] == ["state:MNG"]
    assert f.args["date"] == "2021-03-13"
    assert not [x for x in facts if x.args["event_type"] == "statement"]


def test_reactions_inherit_the_date_of_the_incident_just_told() -> None:
    facts = _facts(_news("Uzbekistan and Tajikistan hold talks every year. In May 2019, a dispute over a canal "
                         "turned into clashes that killed nine people. Each side blamed the other, and Tashkent "
                         "rejected Dushanbe's version. After a truce, both sides pulled their troops back from the canal."))
    acc = _one(facts, "accusation")
    assert acc.args["date"] == "2019-05" and "date" in acc.inferences
    assert _one(facts, "rejection").args["date"] == "2019-05"
    assert _one(facts, "ceasefire").args["date"] == "2019-05"
    assert set(_one(facts, "retreat").args["actors"]) == {"state:UZB", "state:TJK"}


def test_no_inherited_date_across_paragraphs_or_for_present_tense() -> None:
    facts = _facts(_news("In May 2019, clashes between Uzbekistan and Tajikistan killed nine people.\n\n"
                         "Tashkent rejected Dushanbe's version.") + "\n")
    assert not [x for x in facts if x.args["event_type"] == "rejection"]
    facts = _facts(_news("In May 2019, clashes between Uzbekistan and Tajikistan killed nine people. "
                         "Tashkent still rejects Dushanbe's version and says it has proof."))
    assert not [x for x in facts if x.args["event_type"] == "rejection"]


# --------------------------------------------------------------------------- generalisation rules
def test_bloc_deploying_troops_is_military_aid_and_the_following_day_shifts_the_date() -> None:
    facts = _facts(_news("Mongolia asked the CSTO for assistance on March 3, and the following day the bloc "
                         "began deploying some 500 troops."))
    assert _one(facts, "demand").args["targets"] == ["org:csto"]
    aid = _one(facts, "military_aid")
    assert aid.args["actors"] == ["org:csto"]
    assert aid.args["date"] == "2024-03-04"


def test_pronoun_subject_continues_the_previous_event() -> None:
    facts = _facts(_news("On April 2 Russia sent troops to support Armenia. They began to withdraw on April 20."))
    r = _one(facts, "retreat")
    assert r.args["actors"] == ["state:RUS"] and r.args["targets"] == ["state:ARM"]
    assert r.args["date"] == "2024-04-20"
    assert "actors" in r.inferences


def test_protest_actor_is_the_country_of_its_place_and_onset_relative_dates_it() -> None:
    facts = _facts(_news("Demonstrations over water tariffs, which started in Almaty on February 9, spread "
                         "quickly."))
    p = _one(facts, "protest")
    assert p.args["actors"] == ["state:KAZ"]
    assert p.args["date"] == "2024-02-09"


def test_police_crackdown_stands_for_the_article_state_and_follows_a_dated_event() -> None:
    body = ("Armenia's parliament met in a special session. On June 11 Armenia announced a new electoral code. "
            "Protests broke out in the capital, and police detained dozens of protesters.")
    facts = _facts(_news(body))
    assert _one(facts, "protest").args["actors"] == ["state:ARM"]
    c = _one(facts, "coercion")
    assert c.args["actors"] == ["state:ARM"]
    assert c.args["date"] == "2024-06-11"


def test_aid_frozen_and_restrictions_imposed_are_sanctions() -> None:
    facts = _facts(_news("In May 2023 Japan froze $40 million in development aid to Myanmar."))
    s = _one(facts, "sanction")
    assert s.args["actors"] == ["state:JPN"] and s.args["targets"] == ["state:MMR"]
    facts = _facts(_news("On May 2 Canada imposed travel bans on Belarus."))
    assert _one(facts, "sanction").args["targets"] == ["state:BLR"]


def test_suspended_partnership_days_later_counts_from_the_last_written_date() -> None:
    facts = _facts(_news("On October 10 Moldova expelled a Russian diplomat. Crowds gathered. Three days later "
                         "Russia suspended its strategic dialogue with Moldova."))
    s = _one(facts, "sanction")
    assert s.args["actors"] == ["state:RUS"] and s.args["targets"] == ["state:MDA"]
    assert s.args["date"] == "2023-10-13"  # October 10 after a July dateline: the year before


def test_lifting_a_ban_implies_its_imposition_dated_by_the_relative() -> None:
    facts = _facts(_news("In March 2024 Ukraine lifted the ban on grain imports that Poland had imposed in 2023."))
    assert _one(facts, "concession").args["actors"] == ["state:UKR"]
    s = _one(facts, "sanction")
    assert s.args["actors"] == ["state:POL"] and s.args["date"] == "2023"


def test_candidate_status_and_application_and_observer_status() -> None:
    facts = _facts(_news("Moldova applied for EU membership on March 3, 2022, and EU leaders granted it "
                         "candidate status on June 23, 2022."))
    d = _one(facts, "demand")
    assert d.args["actors"] == ["state:MDA"] and d.args["targets"] == ["org:eu"]
    s = _one(facts, "support")
    assert s.args["actors"] == ["org:eu"] and s.args["date"] == "2022-06-23"
    assert not [f for f in facts if f.args["event_type"] == "accession"]
    facts = _facts(_news("Turkmenistan obtained observer status in the EAEU in May 2023."))
    assert _one(facts, "accession").args["targets"] == ["org:eaeu"]


def test_accession_talks_are_not_accession() -> None:
    facts = _facts(_news("On May 5 Serbia postponed the opening of accession talks with the EU."))
    assert not [f for f in facts if f.args["event_type"] == "accession"]


def test_negated_recognition_reported_is_a_rejection() -> None:
    facts = _facts(_news("In May 2023 the president said that Belarus would not recognise the annexation."))
    r = _one(facts, "rejection")
    assert r.args["actors"] == ["state:BLR"] and r.args["date"] == "2023-05"


def test_exercises_held_alone_are_mobilization_joint_ones_cooperation() -> None:
    facts = _facts(_news("In August 2023 the Turkish army held large exercises near the Greek border."))
    m = _one(facts, "mobilization")
    assert m.args["actors"] == ["state:TUR"] and m.args["targets"] == ["state:GRC"]
    facts = _facts(_news("In August 2023 Türkiye held joint exercises with Azerbaijan."))
    assert not [f for f in facts if f.args["event_type"] == "mobilization"]


def test_embassy_opening_targets_the_host_country_and_evacuation_is_retreat() -> None:
    facts = _facts(_news("Armenia opened an embassy in Tehran in June 2023."))
    c = _one(facts, "cooperation")
    assert c.args["actors"] == ["state:ARM"] and c.args["targets"] == ["state:IRN"]
    facts = _facts(_news("On June 2 gunmen forced their way into Pakistan's consulate in Kandahar. "
                         "Pakistan evacuated its diplomats."))
    assert _one(facts, "attack").args["targets"] == ["state:PAK"]
    assert _one(facts, "retreat").args["date"] == "2024-06-02"


def test_visit_participants_hosting_ministers_and_attending_an_inauguration() -> None:
    facts = _facts(_news("Kazakh President Kassym-Jomart Tokayev told Chinese President Xi Jinping during a "
                         "visit to Beijing in May 2023 that trade would grow."))
    assert set(_one(facts, "meeting").args["actors"]) == {"state:KAZ", "state:CHN"}
    facts = _facts(_news("The Georgian Prime Minister attended the inauguration in Baku in June 2023."))
    assert _one(facts, "meeting").args["actors"] == ["state:GEO"]


def test_fronted_summit_of_a_bloc_is_a_setting_not_a_meeting() -> None:
    facts = _facts(_news("At its Vilnius summit in July 2023, NATO declared that Ukraine would become a member."))
    assert not [f for f in facts if f.args["event_type"] == "meeting"]
    assert _one(facts, "statement").args["date"] == "2023-07"


def test_date_between_two_dates_of_one_month_and_the_same_month() -> None:
    facts = _facts(_news("Officials were silent. The assembly passed the bill on March 4, 2023; the Kyrgyz "
                         "president vetoed it, and the assembly overrode the veto on March 20, 2023. The same "
                         "month Azerbaijan hosted ministers of the region."))
    assert _one(facts, "rejection").args["date"] == "2023-03"
    assert _one(facts, "meeting").args["date"] == "2023-03"


def test_coordinated_clause_shares_the_date_and_followed_inherits() -> None:
    facts = _facts(_news("Officials gave no details. The crisis brought a new cabinet to office in July 2023, "
                         "and the Armenian Prime Minister visited Tehran."))
    assert _one(facts, "meeting").args["date"] == "2023-07"
    facts = _facts(_news("In April 2023 the government proposed a media law. Protests followed in Tbilisi."))
    p = _one(facts, "protest")
    assert p.args["actors"] == ["state:GEO"] and p.args["date"] == "2023-04"


def test_elaboration_inherits_the_date_of_a_partyless_war() -> None:
    facts = _facts(_news("The war that began on March 3, 2021 lasted a week.\nMeanwhile nothing moved. "
                         "Kyrgyz units drove Tajik troops out of two villages."))
    assert not [f for f in facts if f.args["event_type"] == "attack"]  # another paragraph
    facts = _facts(_news("The war that began on March 3, 2021 lasted a week. Kyrgyz units drove Tajik "
                         "troops out of two villages."))
    a = _one(facts, "attack")
    assert a.args["actors"] == ["state:KGZ"] and a.args["targets"] == ["state:TJK"]
    assert a.args["date"] == "2021-03-03"


def test_ceasefire_obliging_a_party_and_weapon_used_against() -> None:
    facts = _facts(_news("The ceasefire of May 5, 2021, which ended the clashes, obliged Kyrgyzstan to pull "
                         "back."))
    assert "state:KGZ" in _one(facts, "ceasefire").args["actors"]
    facts = _facts(_news("The drones were used extensively against Ethiopian positions in 2021."))
    assert _one(facts, "attack").args["targets"] == ["state:ETH"]


def test_lifted_and_ended_share_the_subject() -> None:
    facts = _facts(_news("In June 2023 Russia lifted the visa requirement for Georgian citizens and ended "
                         "the embargo on wine."))
    c = _one(facts, "concession")
    assert c.args["actors"] == ["state:RUS"]


def test_military_operation_and_next_afternoon_ceasefire() -> None:
    facts = _facts(_news("Officials were silent. Armenia's three-day operation began on May 8, 2022. By the "
                         "next afternoon the rebels had accepted a ceasefire mediated by Georgian diplomats."))
    assert _one(facts, "attack").args["actors"] == ["state:ARM"]
    c = _one(facts, "ceasefire")
    assert c.args["actors"] == ["state:GEO"] and c.args["date"] == "2022-05-09"


def test_two_delegations_and_later_that_month() -> None:
    facts = _facts(_news("Officials were silent. Kyrgyzstan and Tajikistan exchanged fire. The two delegations "
                         "agreed on a ceasefire on May 3, 2022, and talks opened in Moscow later that month."))
    assert set(_one(facts, "ceasefire").args["actors"]) == {"state:KGZ", "state:TJK"}
    assert _one(facts, "meeting").args["date"] == "2022-05"


def test_hosted_counterparts_and_travelled_for_talks() -> None:
    facts = _facts(_news("In May 2023 Kazakh President Kassym-Jomart Tokayev hosted his Uzbek and Kyrgyz "
                         "counterparts in Astana."))
    assert {"state:KAZ", "state:UZB", "state:KGZ"} <= set(_one(facts, "meeting").args["actors"])
    facts = _facts(_news("Officials were silent. Kazakh President Kassym-Jomart Tokayev travelled to Baku in "
                         "June 2023 for a new round of talks."))
    assert _one(facts, "meeting").args["actors"] == ["state:KAZ"]


def test_lead_summary_and_body_detail_are_one_event() -> None:
    text = ("Test headline about the region\n\nBy A. Writer\n"
            "Since NATO granted Moldova candidate status in June 2023, little has changed.\n"
            "BACKGROUND: Moldova applied in 2022. NATO granted Moldova candidate status on June 20, 2023.\n")
    facts = [f for f in _facts(text) if f.args["event_type"] == "support"]
    assert len(facts) == 1
    assert facts[0].args["date"] == "2023-06-20" and len(facts[0].evidence) == 2


# --------------------------------------------------------------- general frames (round 3)
def _types(facts: list[Fact]) -> set[str]:
    return {f.args["event_type"] for f in facts}


def test_named_operation_launched_or_announced_is_an_attack() -> None:
    f = _one(_facts(_news("On June 3 Georgia announced Operation Red Dawn against Russia.")), "attack")
    assert "state:GEO" in f.args["actors"] and f.args["date"] == "2024-06-03"


def test_passive_shot_dead_makes_the_subject_a_target_with_victims() -> None:
    facts = _facts(_news("On June 8 two Turkish engineers were shot dead near Osh."))
    f = _one(facts, "attack")
    assert "state:TUR" in f.args["targets"]


def test_killing_one_worker_names_the_victims_country() -> None:
    f = _one(_facts(_news("In May 2024 gunmen attacked a depot near Osh, killing three "
                          "Turkish workers.")), "attack")
    assert "state:TUR" in f.args["targets"] and f.args["fatalities"] == 3


def test_adjective_targeted_is_no_attack() -> None:
    facts = _facts(_news("In June 2024 Mongolia approved a targeted plan for Kazakhstan's border."))
    assert "attack" not in _types(facts)


def test_police_raid_is_coercion_and_detaining_is_coercion() -> None:
    facts = _facts(_news("On June 11, Georgian police raided the Tbilisi office of a Russian news agency, "
                         "detaining three staff."))
    assert "coercion" in _types(facts) and "attack" not in _types(facts)


def test_closed_airspace_to_airlines_is_coercion() -> None:
    f = _one(_facts(_news("Armenia closed its airspace to Turkish aircraft on June 14.")), "coercion")
    assert f.args["actors"] == ["state:ARM"] and "state:TUR" in f.args["targets"]


def test_designated_firms_is_a_sanction() -> None:
    f = _one(_facts(_news("In March 2024 the United States designated four Uzbek firms for evading export "
                          "controls.")), "sanction")
    assert "state:USA" in f.args["actors"] and "state:UZB" in f.args["targets"]


def test_treaty_in_abeyance_the_following_day() -> None:
    facts = _facts(_news("Fighting broke out along the border of Armenia on June 2. Armenia expelled two "
                         "envoys, put the 1994 border treaty in abeyance the following day, and waited."))
    f = _one(facts, "sanction")
    assert f.args["date"] == "2024-06-03"


def test_cancelled_and_called_off_are_rejections_absorbing_the_visit() -> None:
    facts = _facts(_news("On June 20 Azerbaijan called off a visit by the Iranian foreign minister."))
    assert _types(facts) == {"rejection"}


def test_declined_to_host_and_stayed_away_from_the_blocs_summit() -> None:
    facts = _facts(_news("Belarus remains in the CSTO. In March 2024 Kazakhstan declined to host a CSTO drill."))
    f = _one(facts, "rejection")
    assert f.args["actors"] == ["state:KAZ"] and "org:csto" in f.args["targets"]


def test_accused_of_as_a_participle_needs_an_accuser() -> None:
    facts = _facts(_news("On June 4 Kazakhstan fined a Kyrgyz carrier accused of smuggling fuel."))
    assert "accusation" not in _types(facts)


def test_called_for_and_welcomed_three_days_later() -> None:
    facts = _facts(_news("Mongolia called for restraint on June 2 and welcomed the truce three days later."))
    d = _one(facts, "demand")
    s = _one(facts, "support")
    assert d.args["date"] == "2024-06-02" and s.args["date"] == "2024-06-05"
    assert s.args["actors"] == ["state:MNG"]


def test_spoke_with_by_telephone_is_a_meeting() -> None:
    f = _one(_facts(_news("On June 9 Turkey spoke by telephone with Georgia about transit.")), "meeting")
    assert set(f.args["actors"]) == {"state:TUR", "state:GEO"}


def test_summit_in_a_capital_names_the_host() -> None:
    f = _one(_facts(_news("A regional summit was held in Tashkent in May 2024.")), "meeting")
    assert f.args["actors"] == ["state:UZB"]


def test_exercise_with_a_partner_is_cooperation() -> None:
    f = _one(_facts(_news("In April 2024 Mongolia ran a small exercise with Kazakhstan near the border.")),
             "cooperation")
    assert set(f.args["actors"]) == {"state:MNG", "state:KAZ"}


def test_plant_opened_abroad_is_cooperation_with_the_host() -> None:
    f = _one(_facts(_news("Turkey opened a factory for armoured cars in Tashkent in May 2024.")), "cooperation")
    assert f.args["actors"] == ["state:TUR"] and "state:UZB" in f.args["targets"]


def test_apologised_after_a_call_shares_the_subject() -> None:
    facts = _facts(_news("Turkey telephoned Armenia on June 6 and apologised for the incident."))
    assert _one(facts, "concession").args["date"] == "2024-06-06"
    assert "state:TUR" in _one(facts, "concession").args["actors"]


def test_frozen_participation_passive_is_a_retreat() -> None:
    facts = _facts(_news("On June 12 officials said that Belarusian participation had been frozen."))
    assert _one(facts, "retreat").args["actors"] == ["state:BLR"]


def test_fronted_after_clause_leaves_the_subject_after_the_comma() -> None:
    facts = _facts(_news("After Georgian drones hit two Russian depots, Russia announced Operation "
                         "Storm on June 21."))
    main = [f for f in facts if f.args["event_type"] == "attack" and f.args["date"] == "2024-06-21"]
    assert len(main) == 1 and main[0].args["actors"] == ["state:RUS"]
    # the fronted clause's strike is an earlier event: not dated by the main clause
    assert all(f.args["actors"] == ["state:GEO"] for f in facts if f.args["event_type"] == "attack" and f not in main)


def test_announced_a_ceasefire_is_one_event() -> None:
    facts = _facts(_news("On June 13 Turkey announced a ceasefire between Armenia and Azerbaijan."))
    assert _types(facts) == {"ceasefire"}


def test_date_of_a_preceding_event_noun_is_not_borrowed() -> None:
    facts = _facts(_news("After the Georgian-Russian fighting of May 2024, Armenia cancelled the drill it "
                         "was due to host in June."))
    assert _one(facts, "rejection").args["date"] == "2024-06"


def test_a_fuller_date_told_later_refines_the_event() -> None:
    facts = _facts(_news("The deal closed a chapter that began with the Turkish offensive in Syria three "
                         "years earlier, in 2021. Turkey's offensive began on March 3, 2021."))
    attacks = [f for f in facts if f.args["event_type"] == "attack"]
    assert len(attacks) == 1 and attacks[0].args["date"] == "2021-03-03"


# --------------------------------------------------------------------------- lexicon breadth (invented sentences)
_SYNONYMS = {
    "attack": ["Mongolian troops shelled a Buryat depot inside Russia on March 3.",
               "A skirmish between Kyrgyz and Tajik guards broke out on March 3.",
               "Hostilities between Armenia and Azerbaijan resumed on March 3.",
               "Georgia launched an incursion into Russia on March 3."],
    "meeting": ["Georgia hosted the Armenian prime minister on March 3.",
                "Tokayev received the Uzbek foreign minister in Astana on March 3.",
                "Georgia and Armenia held consultations on transit on March 3.",
                "The Georgian and Armenian foreign ministers conferred in Tbilisi on March 3."],
    "agreement": ["Georgia and Armenia inked a transit deal on March 3.",
                  "Georgia and Armenia adopted a roadmap on energy on March 3.",
                  "Georgia and Armenia agreed on a new visa regime on March 3.",
                  "Georgia and Armenia signed a memorandum of understanding on March 3."],
    "demand": ["Georgia pressed Russia to reopen the crossing on March 3."],
    "accusation": ["Georgia denounced Russia on March 3.",
                   "Georgia charged Russia with violating its airspace on March 3."],
    "rejection": ["Georgia refused the Russian proposal on March 3.",
                  "Georgia dismissed the Russian offer on March 3.",
                  "Georgia declined the Russian invitation on March 3.",
                  "Georgia turned down the Russian request on March 3."],
    "military_aid": ["Russia sent troops to help Armenia on March 3.",
                     "Türkiye dispatched weapons to support Georgia on March 3.",
                     "Russian paratroopers deployed to support Armenia on March 3."],
    "cooperation": ["Georgia and Armenia began joint border patrols on March 3.",
                    "Georgia and Armenia held joint naval drills on March 3."],
}


@pytest.mark.parametrize(("etype", "sentence"), [(k, s) for k, ss in _SYNONYMS.items() for s in ss])
def test_trigger_synonyms_are_recognised_with_a_date(etype: str, sentence: str) -> None:
    got = [f for f in _facts(_news(sentence)) if f.args["event_type"] == etype]
    assert got, sentence
    assert got[0].args["date"] == "2024-03-03"
    assert got[0].args["actors"]


def test_rejection_of_a_proposal_names_the_proposer_as_target() -> None:
    f = _one(_facts(_news("Georgia refused the Russian proposal on March 3.")), "rejection")
    assert f.args["actors"] == ["state:GEO"] and f.args["targets"] == ["state:RUS"]


def test_sending_troops_to_help_is_military_aid_to_the_helped() -> None:
    f = _one(_facts(_news("Russia sent troops to help Armenia on March 3.")), "military_aid")
    assert f.args["actors"] == ["state:RUS"] and f.args["targets"] == ["state:ARM"]


def test_agreeing_on_a_truce_is_not_a_separate_agreement() -> None:
    facts = _facts(_news("Georgia and Russia agreed on a ceasefire on March 3."))
    assert not [f for f in facts if f.args["event_type"] == "agreement"]


def test_agent_after_by_is_the_actor_and_a_later_place_is_not() -> None:
    f = _one(_facts(_news("The airstrikes conducted by Kyrgyzstan inside Tajikistan on March 3 raised tensions.")),
             "attack")
    assert f.args["actors"] == ["state:KGZ"]


def test_time_anchored_subordinate_clause_has_its_own_subject() -> None:
    f = _one(_facts(_news("Russia's warning to Georgia came just days after Armenia's envoy visited Uzbekistan "
                          "on March 3.")), "meeting")
    assert set(f.args["actors"]) == {"state:ARM", "state:UZB"}


def test_visit_of_an_official_to_a_state_has_both_parties() -> None:
    f = _one(_facts(_news("The visit of Georgia's defence minister to Armenia on March 3 was significant.")), "meeting")
    assert set(f.args["actors"]) == {"state:GEO", "state:ARM"}


def test_a_demand_that_clause_gives_target_and_date() -> None:
    f = _one(_facts(_news("Georgia demanded that Russia reopen the crossing on March 3.")), "demand")
    assert f.args["actors"] == ["state:GEO"] and f.args["targets"] == ["state:RUS"]
    assert f.args["date"] == "2024-03-03"


def test_exchanged_fire_and_clashed_are_symmetric_attacks() -> None:
    f = _one(_facts(_news("Uzbek and Tajik border guards clashed near the post on June 3.")), "attack")
    assert set(f.args["actors"]) == {"state:UZB", "state:TJK"}
    f = _one(_facts(_news("Kazakhstan and Kyrgyzstan exchanged artillery fire on June 2.")), "attack")
    assert set(f.args["actors"]) == {"state:KAZ", "state:KGZ"}


def test_adjectival_striking_is_no_attack() -> None:
    facts = _facts(_news("Kazakhstan's numbers are more striking: exports reached $3 billion in 2023."))
    assert [f for f in facts if f.args["event_type"] == "attack"] == []


def test_negated_by_without_is_no_event() -> None:
    facts = _facts(_news("The suspect crossed into Kyrgyzstan on June 2 without being detained by Kazakhstan."))
    assert [f for f in facts if f.args["event_type"] == "coercion"] == []


def test_warned_to_do_is_a_demand_warned_that_a_threat() -> None:
    f = _one(_facts(_news("Tokayev's Kazakhstan warned Kyrgyzstan on June 2, 2024, to release the water.")), "demand")
    assert f.args["targets"] == ["state:KGZ"]
    facts = _facts(_news("Kazakhstan warned Kyrgyzstan on June 3 that it would close the road."))
    assert _one(facts, "threat").args["targets"] == ["state:KGZ"]


def test_order_to_leave_is_coercion() -> None:
    f = _one(_facts(_news("On June 4, Kazakhstan ordered all foreign seasonal workers to leave.")), "coercion")
    assert f.args["actors"] == ["state:KAZ"]


def test_admitted_as_observer_is_no_statement() -> None:
    facts = _facts(_news("On June 5 the alliance admitted Mongolia as an observer."))
    assert [f for f in facts if f.args["event_type"] == "statement"] == []


def test_call_for_closer_cooperation_is_no_demand() -> None:
    facts = _facts(_news("Summits in Astana on June 6 called for closer defence-industrial cooperation."))
    assert [f for f in facts if f.args["event_type"] == "demand"] == []


def test_force_leaving_with_pronoun_subject_in_the_same_sentence_is_a_retreat() -> None:
    facts = _facts(_news("The Kazakh peacekeepers stayed neutral; they left the district on March 3."))
    f = _one(facts, "retreat")
    assert f.args["actors"] == ["state:KAZ"]
    assert f.args["date"] == "2024-03-03"
    assert "they" in f.inferences["actors"]


def test_force_leaving_with_pronoun_subject_resolves_to_the_previous_sentence() -> None:
    facts = _facts(_news("Turkmen border guards had manned the post for years. They departed on May 2."))
    f = _one(facts, "retreat")
    assert f.args["actors"] == ["state:TKM"]
    assert f.args["date"] == "2024-05-02"


def test_left_open_is_not_a_departure() -> None:
    facts = _facts(_news("Uzbek officers left open the possibility of talks on May 3."))
    assert [f for f in facts if f.args["event_type"] == "retreat"] == []


@pytest.mark.parametrize("body, actors", [
    ("Kyrgyzstan extended the lease of the Kant air base on June 12.", {"state:KGZ"}),
    ("On June 12 Tajikistan renewed its basing agreement with Russia.", {"state:TJK", "state:RUS"}),
    ("Mongolia's renewal of the border protocol with China was signed on June 3.", {"state:MNG", "state:CHN"}),
])
def test_extending_a_lease_or_treaty_is_an_agreement(body: str, actors: set[str]) -> None:
    f = _one(_facts(_news(body)), "agreement")
    assert set(f.args["actors"]) == actors


def test_summit_named_as_the_venue_of_a_meeting_is_not_a_second_meeting() -> None:
    facts = _facts(_news("Kazakhstan's foreign minister met his Chinese counterpart at the SCO summit "
                         "in Astana on June 3."))
    f = _one(facts, "meeting")
    assert set(f.args["actors"]) == {"state:KAZ", "state:CHN"}


def test_appositive_description_of_a_company_is_not_an_event() -> None:
    facts = _facts(_news("On June 3 Uzbekistan signed a contract with Rosatom, a joint venture with "
                         "Kazakhstan's Kazatomprom."))
    assert [f.args["event_type"] for f in facts] == ["agreement"]


def test_training_with_a_partner_is_cooperation() -> None:
    f = _one(_facts(_news("Kazakh troops trained with Turkish forces near Almaty in May 2022.")), "cooperation")
    assert set(f.args["actors"]) == {"state:KAZ", "state:TUR"}
    assert f.args["date"] == "2022-05"


def test_event_repeated_on_coordinated_dates_is_one_event_per_date() -> None:
    facts = _facts(_news("Kazakh troops have also trained with the Turkish army in the Steppe Eagle drills, "
                         "held near Almaty in May 2022 and again in June 2023."))
    assert sorted(f.args["date"] for f in facts if f.args["event_type"] == "cooperation") == ["2022-05", "2023-06"]


def test_repeated_date_without_year_records_its_inference() -> None:
    facts = _facts(_news("Kazakh troops attacked Kyrgyz posts on May 3 and May 5."))
    second = [f for f in facts if f.args["event_type"] == "attack" and f.args["date"] == "2024-05-05"]
    assert len(second) == 1 and "date" in second[0].inferences


def test_military_personnel_leaving_for_a_state_is_a_retreat_toward_it() -> None:
    f = _one(_facts(_news("Astana let the Kyrgyz crews leave for Qatar on June 3.")), "retreat")
    assert set(f.args["actors"]) == {"state:KAZ", "state:KGZ"}
    assert f.args["targets"] == ["state:QAT"]


def test_an_official_leaving_for_a_state_is_a_visit_not_a_retreat() -> None:
    facts = _facts(_news("On June 3 the Kazakh foreign minister left for Russia."))
    assert [f for f in facts if f.args["event_type"] == "retreat"] == []


def test_informing_a_party_is_a_statement_to_it() -> None:
    f = _one(_facts(_news("On June 3 Kazakhstan informed the Russian side that its guards would take over "
                          "the post.")), "statement")
    assert f.args["actors"] == ["state:KAZ"] and f.args["targets"] == ["state:RUS"]


def test_summit_located_only_by_a_city_is_the_organisations_meeting_hosted_by_its_country() -> None:
    facts = _facts(_news("The Shanghai Cooperation Organisation (SCO) took its name at its Shanghai summit "
                         "in June 2001. At Tashkent in May 2023, leaders discussed border security."))
    got = {f.args["date"]: f for f in facts if f.args["event_type"] == "meeting"}
    assert set(got["2001-06"].args["actors"]) == {"org:sco", "state:CHN"}
    assert got["2001-06"].args["location"] == "place:shanghai"
    assert set(got["2023-05"].args["actors"]) == {"org:sco", "state:UZB"}
    assert "actors" in got["2023-05"].inferences


def test_passive_closure_of_a_crossing_by_a_stated_agent_is_coercion() -> None:
    f = _one(_facts(_news("Trade in the region slowed. On June 12 the border crossings near Khorgos were "
                          "sealed off by Kazakhstan after a smuggling case.")), "coercion")
    assert f.args["actors"] == ["state:KAZ"]
    assert "actors" not in f.inferences


def test_passive_closure_without_agent_is_the_state_of_the_place() -> None:
    f = _one(_facts(_news("Trade in the region slowed. On June 12 the Irkeshtam crossing was closed without "
                          "warning, stranding hundreds of lorries.")), "coercion")
    assert f.args["actors"] == ["state:KGZ"]
    assert "Irkeshtam" in f.inferences["actors"]


def test_passive_closure_of_something_else_is_no_coercion() -> None:
    assert not _facts(_news("Trade in the region slowed. The museum was closed on June 3 by China."))


def test_exercise_name_with_a_year_dates_the_exercise() -> None:
    f = _one(_facts(_news("Trade in the region slowed. Russia and Tajikistan held the joint exercise "
                          "Rubezh-2017 near Dushanbe.")), "cooperation")
    assert f.args["date"] == "2017"
    assert "Rubezh-2017" in f.inferences["date"]


def test_written_date_outranks_the_year_of_the_exercise_name() -> None:
    f = _one(_facts(_news("Trade in the region slowed. In March 2022 Uzbekistan and Kyrgyzstan conducted joint "
                          "exercises called Tien Shan-2021.")), "cooperation")
    assert f.args["date"] == "2022-03"


def test_both_sides_are_the_parties_of_the_event_just_told_not_a_state_named_in_passing() -> None:
    facts = _facts(_news("Russia hosted talks in Moscow in March. Kyrgyzstan and Tajikistan clashed on their "
                         "border on April 28, in a valley near Russia's air base. Both sides pulled their troops "
                         "back from the border."))
    f = _one(facts, "retreat")
    assert set(f.args["actors"]) == {"state:KGZ", "state:TJK"}
    assert "parties of the attack" in f.inferences["actors"]
