"""Event precision after review: a truce in an adjunct of an accord ("signed a deal despite a ceasefire
violation") or modifying a noun is no truce signed; a clause whose subject is denied ("No guards were killed
under X's fire") tells no attack; other senses of "downing" and "battle"; "any attack" and a plot foiled by
police are no attack; an appeal "not to let the deal lapse" is no rejection; a refusal to renew an accord
absorbs the accord in every form ("decided … not to renew", "won't renew", "threatened not to renew", "decision
not to renew") and takes the accord's other party as its target; a present perfect of showing or a pluperfect
keeps the old year; a private stay is no meeting; a habit in the present perfect over years is no point event;
a parliament's ratification of "the law on the treaty" keeps its state.  Each with near misses.  Own sentences
(dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _of(body: str, etype: str) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    out = []
    for f in of_type(event_facts(body), etype):
        if f.modality not in ("asserted", "reported"):
            continue
        out.append((f.args.get("date"), tuple(sorted(f.args.get("actors") or [])),
                    tuple(sorted(f.args.get("targets") or []))))
    return out


def _types(body: str) -> list[str]:
    return sorted(f.args["event_type"] for f in event_facts(body) if f.modality in ("asserted", "reported"))


# --- a truce that is no object of the accord (item 3) -------------------------------------------------------

def test_deal_signed_despite_a_truce_breach_is_an_agreement_not_a_ceasefire() -> None:
    body = "On 2 July Georgia and Armenia concluded a transit deal despite a truce breach along the frontier."
    assert _types(body) == ["agreement"]


def test_deal_signed_in_spite_of_a_ceasefire_violation_is_an_agreement() -> None:
    body = "On 2 July Kyrgyzstan and Tajikistan signed a water-sharing agreement in spite of a ceasefire violation."
    assert _of(body, "agreement") == [("2024-07-02", ("state:KGZ", "state:TJK"), ())]
    assert _of(body, "ceasefire") == []


def test_near_miss_signed_ceasefire_stays_one_ceasefire() -> None:
    body = "On 2 July Kyrgyzstan and Tajikistan signed a ceasefire agreement in Batken."
    assert _of(body, "ceasefire") == [("2024-07-02", ("state:KGZ", "state:TJK"), ())]
    assert _of(body, "agreement") == []


# --- a denied subject (item 4) ---------------------------------------------------------------------------------

def test_no_guards_killed_under_fire_is_no_attack() -> None:
    assert _of("No Kyrgyz border guards were killed under Tajik fire on 2 July, the committee said.", "attack") == []


def test_none_wounded_under_shelling_is_no_attack() -> None:
    assert _of("None of the Armenian soldiers were wounded under Azerbaijani shelling on 2 July.", "attack") == []


def test_near_miss_three_guards_killed_under_fire_is_an_attack() -> None:
    assert _of("Three Kyrgyz border guards were killed under Tajik fire on 2 July, the committee said.",
               "attack") == [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_near_miss_no_warning_keeps_the_attack() -> None:
    assert _of("With no warning, Tajik troops shelled Kyrgyz posts on 2 July.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


# --- other senses of "downing" and "battle" (item 23) -----------------------------------------------------------

def test_downing_of_tools_is_no_attack() -> None:
    assert _of("The downing of tools by Uzbek cotton pickers on 2 July stopped work at the Russian-owned plant.",
               "attack") == []


def test_battle_in_football_history_is_no_attack() -> None:
    assert _of("Pakistani and Afghan sides fought one of the tightest battles in football history on 2 July.",
               "attack") == []


def test_battle_against_locusts_is_no_attack() -> None:
    assert _of("Uzbekistan and Turkmenistan fought one of their hardest battles against locusts on 2 July.",
               "attack") == []


def test_near_miss_fiercest_battle_near_a_village_is_an_attack() -> None:
    assert _of("Tajik and Kyrgyz troops fought one of their fiercest battles near Vorukh on 2 July.", "attack") == \
        [("2024-07-02", ("state:KGZ", "state:TJK"), ())]


def test_near_miss_downing_of_a_drone_is_an_attack() -> None:
    facts = of_type(event_facts("The downing of a Georgian drone by Russian forces on 2 July angered Tbilisi."),
                    "attack")
    assert [tuple(f.args.get("targets") or []) for f in facts] == [("state:GEO",)]


# --- hypothetical and foiled attacks (item 24) -------------------------------------------------------------------

def test_would_repel_any_attack_is_no_attack() -> None:
    assert _of("Georgia said on 2 July it would repel any Russian attack on its territory.", "attack") == []


def test_could_repel_any_offensive_is_no_attack() -> None:
    assert _of("The Kazakh defence minister said on 2 July the army could repel any Chinese offensive within days.",
               "attack") == []


def test_bomb_attack_foiled_by_police_is_no_attack() -> None:
    assert _of("Georgian police foiled a bomb attack on the Iranian consulate in Batumi on 2 July.", "attack") == []


def test_terror_attack_thwarted_is_no_attack() -> None:
    assert _of("Uzbek security services thwarted a terror attack on the Russian embassy in Tashkent on 2 July.",
               "attack") == []


def test_near_miss_foiled_drone_attack_stays_an_attack() -> None:
    facts = of_type(event_facts("On 2 July Iran said it had foiled a drone attack on a military plant in Isfahan."),
                    "attack")
    assert [tuple(f.args.get("targets") or []) for f in facts] == [("state:IRN",)]


def test_near_miss_repelled_attack_stays_an_attack() -> None:
    assert _of("On 2 July Armenian troops repelled an Azerbaijani attack on their positions near Jermuk.",
               "attack") == [("2024-07-02", ("state:AZE",), ("state:ARM",))]


# --- an appeal not to let an accord lapse (item 9) -----------------------------------------------------------

def test_urging_not_to_let_a_deal_expire_is_no_rejection() -> None:
    body = "On 2 July Turkmenistan urged Afghanistan not to let the power supply deal expire."
    assert _of(body, "rejection") == []
    assert _of(body, "demand") == [("2024-07-02", ("state:TKM",), ("state:AFG",))]


def test_near_miss_letting_a_deal_expire_is_a_rejection() -> None:
    assert _of("On 2 July Afghanistan let the power supply deal with Turkmenistan expire.", "rejection") == \
        [("2024-07-02", ("state:AFG",), ("state:TKM",))]


# --- refusals to renew (items 5-8) -----------------------------------------------------------------------------

def test_decided_not_to_renew_absorbs_the_contract_and_targets_its_partner() -> None:
    body = "Uzbekistan decided on 2 July not to renew the electricity contract with Kazakhstan."
    assert _of(body, "rejection") == [("2024-07-02", ("state:UZB",), ("state:KAZ",))]
    assert _of(body, "agreement") == []


def test_refused_to_renew_it_with_the_accord_after_the_attribution_is_no_agreement() -> None:
    body = "Kyrgyzstan has refused to renew it, the Russian embassy said on 2 July of the airbase agreement."
    assert _of(body, "agreement") == []
    assert [a for _, a, _ in _of(body, "rejection")] == [("state:KGZ",)]


def test_wont_renew_is_a_rejection() -> None:
    body = "Turkmenistan said on 2 July it won't renew the gas transit accord with Russia."
    assert _of(body, "rejection") == [("2024-07-02", ("state:TKM",), ("state:RUS",))]
    assert _of(body, "agreement") == []


def test_threatened_not_to_renew_is_a_threat_and_no_agreement() -> None:
    body = "Tajikistan threatened on 2 July not to renew the base lease with Russia."
    assert _of(body, "threat") == [("2024-07-02", ("state:TJK",), ("state:RUS",))]
    assert _of(body, "agreement") == []


def test_refused_to_extend_a_lease_targets_the_partner() -> None:
    assert _of("Kazakhstan refused on 2 July to extend the spaceport lease with Russia beyond 2060.",
               "rejection") == [("2024-07-02", ("state:KAZ",), ("state:RUS",))]


def test_would_not_renew_the_lease_on_a_foreign_base_targets_its_state() -> None:
    assert _of("Kyrgyzstan announced on 2 July it would not renew the lease on the Russian air base at Kant.",
               "rejection") == [("2024-07-02", ("state:KGZ",), ("state:RUS",))]


def test_decision_not_to_renew_is_a_rejection() -> None:
    body = "Georgia's decision not to renew the transit agreement with Russia, announced on 2 July, angered Moscow."
    assert _of(body, "rejection") == [("2024-07-02", ("state:GEO",), ("state:RUS",))]
    assert _of(body, "agreement") == []


def test_near_miss_renewed_contract_is_no_rejection() -> None:
    assert _of("Uzbekistan and Kazakhstan renewed the electricity contract on 2 July.", "rejection") == []


# --- the present perfect keeps an old year after showing or a pluperfect (item 10) --------------------------------

_OLD = "Border guards of Tajikistan and Kyrgyzstan exchanged fire on June 3, 2019. "


def test_pluperfect_after_a_present_perfect_keeps_the_old_year() -> None:
    body = _OLD + "Dushanbe has repeated the claim: Tajikistan had imposed sanctions on Kyrgyzstan on April 9, it said."
    assert [d for d, _, _ in _of(body, "sanction")] == ["2019-04-09"]


def test_report_has_revealed_keeps_the_old_year() -> None:
    body = _OLD + "A report has revealed that Tajikistan imposed sanctions on Kyrgyzstan on April 9."
    assert [d for d, _, _ in _of(body, "sanction")] == ["2019-04-09"]


def test_near_miss_present_perfect_of_a_new_course_takes_the_present_year() -> None:
    body = _OLD + "Tajikistan has since courted Kyrgyzstan: its minister met Kyrgyz officials on April 9."
    assert [d for d, _, _ in _of(body, "meeting")] == ["2024-04-09"]


# --- private stays (item 14) ----------------------------------------------------------------------------------

def test_private_family_trip_is_no_meeting() -> None:
    assert _of("The Kazakh army chief arrived in Tashkent on 2 July for a week-long visit with his family, "
               "a private trip.", "meeting") == []


def test_tourists_in_a_city_are_no_meeting() -> None:
    assert _of("Tourists from China were in Bishkek on 2 July for a week-long visit to the lakes.", "meeting") == []


def test_near_miss_official_visit_for_talks_stays_a_meeting() -> None:
    assert _of("The Kazakh foreign minister was in Tashkent on 2 July for talks with Uzbek officials.",
               "meeting") == [("2024-07-02", ("state:KAZ", "state:UZB"), ())]


# --- a habit over years (item 15) -----------------------------------------------------------------------------

def test_troops_who_have_repelled_raids_since_a_year_tell_no_point_event() -> None:
    assert _of("Tajik troops, who have repelled several raids by Afghan smugglers since 2020, were put on alert "
               "on 2 July.", "attack") == []


def test_have_repelled_many_incursions_since_a_year_is_no_point_event() -> None:
    assert _of("Uzbek guards have repelled many incursions by Afghan gangs since 2019, officials said on 2 July.",
               "attack") == []


def test_near_miss_one_raid_repelled_on_a_day_is_an_attack() -> None:
    assert _of("Tajik troops repelled a raid by Afghan smugglers on 2 July.", "attack") == \
        [("2024-07-02", ("state:AFG",), ("state:TJK",))]


# --- a parliament's ratification of the law on a treaty (item 21) ---------------------------------------------------

def test_law_on_a_border_treaty_ratified_keeps_the_parliaments_state() -> None:
    assert _of("On 2 July the Kyrgyz parliament ratified the law on the border treaty with Tajikistan.",
               "agreement") == [("2024-07-02", ("state:KGZ", "state:TJK"), ())]


def test_near_miss_parliament_approving_its_own_media_law_is_no_agreement() -> None:
    assert _of("On 2 July the Kyrgyz parliament approved a new media law.", "agreement") == []
