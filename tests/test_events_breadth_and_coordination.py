"""Everyday wordings of events (fights without firearms, forces flown in or gathered, votes to end an accord,
membership frozen, allegiance sworn, purchases stopped, measures withdrawn, sums pledged, refusals to send
troops, trainers sent), a subject interrupted by an inserted participle phrase, and the object shared by a
second verb of one subject.  Own invented sentences; near misses must produce no such fact."""

from __future__ import annotations

from event_facts import event_facts, of_type

DATED = "ALMATY, 5 July 2024 — "


def _parties(f) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.split(":")[-1] for x in (f.args.get("actors") or []) + (f.args.get("targets") or [])}


def _has(body: str, etype: str, date: str, party: str) -> bool:
    return any(str(f.args.get("date", "")).startswith(date) and party in _parties(f)
               for f in of_type(event_facts(body, DATED), etype))


def test_unarmed_fight_between_forces_is_an_attack() -> None:
    assert _has("In December 2022 a brawl between Indian and Chinese troops near the pass left soldiers hurt.",
                "attack", "2022-12", "IND")
    assert _has("In May 2021 Kyrgyz and Tajik border guards scuffled at a water intake.", "attack", "2021-05", "TJK")


def test_fight_by_police_with_protesters_or_without_parties_is_no_attack() -> None:
    assert not of_type(event_facts("In May 2021 police scuffled with protesters outside the town hall in Osh.", DATED),
                       "attack")
    assert not of_type(event_facts("In May 2021 a brawl broke out at a wedding.", DATED), "attack")


def test_forces_gathered_or_flown_in_by_the_unit_are_a_mobilisation() -> None:
    assert _has("In March 2022 Russia mustered thousands of fighters near the border.", "mobilization", "2022-03", "RUS")
    assert _has("In June 2010 Russia flew a battalion of paratroopers to its base at Kant.", "mobilization", "2010-06",
                "RUS")


def test_crowds_or_a_minister_flying_are_no_mobilisation() -> None:
    assert not of_type(event_facts("In March 2022 Kazakh fans massed outside the stadium in Almaty.", DATED),
                       "mobilization")
    assert not of_type(event_facts("In March 2022 Kazakhstan's foreign minister flew to Moscow for talks.", DATED),
                       "mobilization")


def test_a_vote_to_end_an_accord_is_a_rejection_but_a_budget_vote_is_none() -> None:
    assert _has("In June 2013 Kyrgyzstan's parliament voted to terminate the basing agreement with the United States.",
                "rejection", "2013-06", "KGZ")
    facts = event_facts("In June 2013 Kyrgyzstan's parliament voted to raise the education budget.", DATED)
    assert not [f for f in facts if f.args["event_type"] in ("rejection", "coercion", "retreat")]


def test_membership_frozen_is_a_retreat_and_allegiance_sworn_is_support() -> None:
    assert _has("In May 2023 Armenia froze its participation in the CSTO's exercises.", "retreat", "2023-05", "ARM")
    facts = event_facts("In 2016 several Taliban commanders pledged allegiance to the Islamic State.", DATED)
    assert [f for f in of_type(facts, "support") if f.args["date"] == "2016"]


def test_allegiance_in_a_relative_clause_or_an_oath_of_office_is_no_support() -> None:
    assert not of_type(event_facts("In July 2018, gunmen who pledged allegiance to the Islamic State killed four "
                                   "tourists in Tajikistan.", DATED), "support")
    assert not of_type(event_facts("In 2016 the new president of Uzbekistan swore an oath of office.", DATED), "support")


def test_purchases_stopped_measures_withdrawn_sums_pledged() -> None:
    assert _has("In 2016 Russia stopped buying Turkmen gas altogether.", "coercion", "2016", "RUS")
    assert _has("In March 2023 Georgia's ruling party withdrew the controversial bill after mass protests.",
                "concession", "2023-03", "GEO")
    assert _has("In May 2017 China pledged US$ 300 million for Kyrgyzstan's road programme.", "aid", "2017-05", "KGZ")


def test_a_sum_for_ones_own_forces_or_falling_exports_are_no_event() -> None:
    assert not of_type(event_facts("In 2019 Kazakhstan committed US$ 2 billion for the army's modernisation.", DATED),
                       "aid")
    assert not of_type(event_facts("In 2015 Kazakhstan's oil exports to China declined, officials said.", DATED),
                       "rejection")


def test_refusal_before_its_alternative_and_trainers_sent() -> None:
    assert _has("Bishkek asked Moscow to send troops in June 2010; Russia and the CSTO declined, offering logistical "
                "help instead.", "rejection", "2010-06", "RUS")
    assert _has("In 2017 Turkey sent 40 military instructors to Azerbaijan.", "military_aid", "2017", "AZE")


def test_subject_interrupted_by_an_inserted_phrase() -> None:
    body = ("Moscow, mending ties that had soured after Tajikistan expelled Russian advisers in 2009, delivered 20 "
            "armoured vehicles to Dushanbe as aid in late 2016.")
    aid = [f for f in of_type(event_facts(body, DATED), "military_aid") if f.args["date"] == "2016"]
    assert aid and "state:RUS" in aid[0].args["actors"] and "state:TJK" not in aid[0].args["actors"]


def test_second_verb_of_one_subject_presses_the_first_ones_object() -> None:
    facts = event_facts("In 2006 Moscow accused Tbilisi of sheltering militants and threatened air strikes on its "
                        "territory.", DATED)
    threat = of_type(facts, "threat")
    assert threat and threat[0].args["actors"] == ["state:RUS"] and "state:GEO" in threat[0].args["targets"]


def test_a_date_inside_the_insertion_does_not_date_the_main_verb() -> None:
    body = ("Washington, repairing a relationship that had collapsed after Kyrgyzstan closed the Manas base in 2014, "
            "transferred 40 surplus armoured trucks to Bishkek as military aid in early 2018: 30 went to the guards.")
    aid = of_type(event_facts(body, DATED), "military_aid")
    assert [f for f in aid if f.args["date"] == "2018" and "state:USA" in f.args["actors"]]
    assert not [f for f in aid if f.args["date"] == "2014"]


def test_a_list_of_subjects_is_no_insertion() -> None:
    facts = of_type(event_facts("In 2019 Kazakhstan, Uzbekistan and Kyrgyzstan signed a transit accord.", DATED),
                    "agreement")
    assert facts and {"state:KAZ", "state:UZB", "state:KGZ"} <= set(facts[0].args["actors"])


def test_an_insertion_of_the_same_time_keeps_its_date() -> None:
    body = "Kazakhstan's foreign minister, speaking at a news conference on 3 July, rejected the Russian criticism."
    assert [f for f in of_type(event_facts(body, DATED), "rejection") if f.args["date"] == "2024-07-03"]
