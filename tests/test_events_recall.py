"""Event recall rules (denials, walk-outs, partnership upgrades, revocations, relative
months) on original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import event_facts, event_types

_facts = event_facts


_types = event_types


def test_denial_of_a_charge_is_a_rejection() -> None:
    facts = _facts("Kyrgyzstan denied any involvement in the shelling on June 3.")
    got = [f for f in facts if f.args["event_type"] == "rejection"]
    assert got and got[0].args["actors"] == ["state:KGZ"] and got[0].args["date"] == "2024-06-03"


def test_walking_out_of_a_bloc_is_a_retreat() -> None:
    facts = _facts("Georgia walked out of the Commonwealth of Independent States in 2008.")
    got = [f for f in facts if f.args["event_type"] == "retreat"]
    assert got and got[0].args["actors"] == ["state:GEO"] and got[0].args["date"] == "2008"


def test_raising_relations_to_a_partnership_is_an_agreement() -> None:
    facts = _facts("Kazakhstan and Mongolia raised their relations to a strategic partnership in May 2019.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:MNG"}


def test_agreed_that_october_is_not_agreed_that() -> None:
    assert "agreement" not in _types(_facts("Kenya and Italy agreed that October was the right month."))


def test_revoked_clearance_is_a_sanction() -> None:
    facts = _facts("Armenia revoked on March 4 the operating licence of a Russian bank.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["actors"] == ["state:ARM"] and got[0].args["date"] == "2024-03-04"


def test_asked_with_a_date_between_is_a_demand() -> None:
    facts = _facts("Tajikistan asked Russia on 3 March for military help against the insurgents.")
    got = [f for f in facts if f.args["event_type"] == "demand"]
    assert got and got[0].args["actors"] == ["state:TJK"] and got[0].args["targets"] == ["state:RUS"]


def test_the_following_month_after_the_trigger_shifts_the_sentence_date() -> None:
    facts = _facts("In March 2023 Latvia expelled a Russian diplomat, and Estonia sanctioned two Russian banks "
                   "the following month.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["date"] == "2023-04"


def test_attack_helicopters_are_no_attack() -> None:
    facts = _facts("Azerbaijan ordered ten attack helicopters from Türkiye in May 2023.")
    assert "attack" not in _types(facts)


def test_refusing_to_deal_with_is_a_rejection_not_a_deal() -> None:
    facts = _facts("In May 2023 Turkmenistan refused to deal with the new rulers in Kabul.")
    assert "agreement" not in _types(facts)
    got = [f for f in facts if f.args["event_type"] == "rejection"]
    assert got and got[0].args["actors"] == ["state:TKM"]


def test_removal_from_a_terrorist_list_is_a_concession() -> None:
    facts = _facts("Kazakhstan removed the Taliban from its list of banned organisations in December 2023.")
    got = [f for f in facts if f.args["event_type"] == "concession"]
    assert got and got[0].args["actors"] == ["state:KAZ"] and got[0].args["date"] == "2023-12"


def test_triggering_the_snapback_is_a_sanction() -> None:
    facts = _facts("France and Germany triggered the snapback mechanism in March 2024.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and set(got[0].args["actors"]) == {"state:FRA", "state:DEU"}


def test_money_approved_for_an_army_is_military_aid() -> None:
    facts = _facts("In March 2024 Japan approved $5 million for the Mongolian armed forces.")
    assert "military_aid" in _types(facts) and "agreement" not in _types(facts)


def test_weekday_dated_official_account_is_a_statement() -> None:
    facts = _facts("Kyrgyzstan's border service said on Tuesday that two posts had been shelled.")
    got = [f for f in facts if f.args["event_type"] == "statement"]
    assert got and got[0].args["actors"] == ["state:KGZ"]


def test_their_summit_is_the_subjects_meeting() -> None:
    facts = _facts("Kazakhstan and Mongolia agreed on 3 June to open a rail link, ending their first summit.")
    got = [f for f in facts if f.args["event_type"] == "meeting"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:MNG"}


def test_the_two_governments_pair_the_subject_with_the_main_state() -> None:
    facts = _facts("Mongolia depends on its neighbours. Mongolia courts partners. Mongolia trains troops. "
                   "Japan raised ties to a partnership in May 2019, and the two governments signed "
                   "an air-transport agreement in June 2023.")
    got = [f for f in facts if f.args["event_type"] == "agreement" and f.args["date"] == "2023-06"]
    assert got and set(got[0].args["actors"]) == {"state:JPN", "state:MNG"}


def test_the_two_governments_take_the_last_two_state_event() -> None:
    facts = _facts("Armenia and Georgia signed a transit accord in March 2023. Trade grew. "
                   "The two governments announced a joint customs post in May 2023.")
    got = [f for f in facts if f.args["date"] == "2023-05"]
    assert got and set(got[0].args["actors"]) == {"state:ARM", "state:GEO"}


def test_a_visit_to_a_city_makes_its_state_the_host() -> None:
    facts = _facts("In March 2023 President Kassym-Jomart Tokayev paid a visit to Ankara.")
    got = [f for f in facts if f.args["event_type"] == "meeting"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:TUR"}


def test_a_request_is_not_dated_by_the_answer_that_did_so() -> None:
    facts = _facts("In May 2023 Georgia asked the OSCE to send observers, and the OSCE did so on 3 July 2023.")
    assert not [f for f in facts if f.args["event_type"] == "demand" and f.args["date"] == "2023-07"]


def test_a_later_mention_keeps_the_first_role() -> None:
    facts = _facts("Georgia walked out of the Commonwealth of Independent States in 2009, "
                   "the first time it had left the bloc.")
    got = [f for f in facts if f.args["event_type"] == "retreat"]
    assert got and got[0].args["actors"] == ["state:GEO"]


def test_coordinated_verb_after_a_fronted_date_shares_the_subject() -> None:
    facts = _facts("In 2023 Washington imposed visa restrictions on the judges and, in July, "
                   "paused $20 million in assistance to the Georgian government.")
    got = [f for f in facts if f.args["date"] == "2023-07"]
    assert got and got[0].args["actors"] == ["state:USA"]


def test_taking_part_in_anothers_named_exercises_dates_each() -> None:
    facts = _facts("Mongolian units took part in Russia's Zapad-2017 and Zapad-2021 exercises.")
    got = sorted(f.args["date"] for f in facts if f.args["event_type"] == "cooperation")
    assert got == ["2017", "2021"]


def test_an_opening_when_clause_dates_a_later_coordinated_clause() -> None:
    facts = _facts("Ties warmed. When the president went to Ankara in May 2022, he praised the hosts, "
                   "and Kazakhstan Engineering signed with Turkish Aerospace to assemble drones.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and got[0].args["date"] == "2022-05"


def test_agreed_with_a_written_date_before_to() -> None:
    facts = _facts("Kazakhstan and Mongolia agreed in March 2024 to open a rail link.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and got[0].args["date"] == "2024-03"
