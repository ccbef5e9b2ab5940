"""Events of analysis prose across constructions (the seventeenth session's "ev" matrix): exercises told with
their partners (a singular drill of two states, a drill hosted with a partner, a passive exercise with its
parties, drills of several states' troops, a bloc answering with drills), recognition of a status (a gerund
after a resolution, an adverb inside the infinitive, a "whose" relative, a possessed status with a "by"
participle), a member leaving a treaty or a force leaving a base, evictions ("evicted", "ordered X out",
"ordered U.S. forces to leave") and accords told by a participle with their signers (right after it or after a
place and date).  Each with near misses that must not read the construction.  Own sentences (dateline
5 July 2024)."""

from __future__ import annotations

from event_facts import dated_parties, event_facts, of_type


def _events(body: str, etype: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return dated_parties(body, etype)


def _has(body: str, etype: str, party: str, date: str) -> bool:
    return any(d is not None and d.startswith(date) and party in ps for d, ps in _events(body, etype))


# --- exercises --------------------------------------------------------------------------------

def test_a_single_drill_of_two_states_is_cooperation() -> None:
    body = "In April 2019 the Mongolian army and Kazakh forces staged a mountain drill near the border."
    assert _has(body, "cooperation", "state:MNG", "2019-04")
    assert _has(body, "cooperation", "state:KAZ", "2019-04")


def test_a_drill_of_one_state_is_no_cooperation() -> None:
    assert not _events("In April 2019 Kazakhstan staged a mountain drill near Almaty.", "cooperation")


def test_a_fire_drill_is_no_military_act() -> None:
    body = "In April 2019 staff of the Kyrgyz foreign ministry held a fire drill in Bishkek."
    assert not _events(body, "cooperation") and not _events(body, "mobilization")


def test_a_drill_hosted_with_a_partner_is_cooperation() -> None:
    body = "In May 2022 Tajikistan hosted a ten-day mountain drill with Indian paratroopers."
    assert _has(body, "cooperation", "state:IND", "2022-05")


def test_an_exercise_told_in_the_passive_with_its_parties() -> None:
    body = "A staff exercise was conducted by Kyrgyz and Chinese officers in Osh in June 2021."
    assert _has(body, "cooperation", "state:KGZ", "2021-06")
    assert _has(body, "cooperation", "state:CHN", "2021-06")


def test_drills_of_several_states_troops() -> None:
    body = "The October 2020 drills of Russian, Kazakh and Kyrgyz troops near Issyk-Kul tested air defence."
    assert _has(body, "cooperation", "state:KAZ", "2020-10")


def test_a_bloc_answering_with_drills() -> None:
    body = ("Tajikistan asked the Collective Security Treaty Organization (CSTO) for help. "
            "The CSTO followed in May 2023 with a round of drills in Tajikistan.")
    assert _has(body, "mobilization", "org:csto", "2023-05")


# --- recognition ------------------------------------------------------------------------------

def test_a_resolution_recognising_a_status_is_support() -> None:
    body = "On 10 December 1996 the UN General Assembly adopted a resolution recognising Uzbekistan's neutral status."
    assert _has(body, "support", "state:UZB", "1996-12-10")


def test_an_adverb_inside_the_infinitive_of_recognising() -> None:
    body = "In June 2023 Belarus became the second state to officially recognise the Taliban administration."
    assert _has(body, "support", "armed:taliban", "2023-06")


def test_a_whose_relative_names_the_recognised_party() -> None:
    body = "Mongolia, whose neutrality the UN General Assembly recognised in 1998, keeps out of alliances."
    assert _has(body, "support", "state:MNG", "1998")


def test_a_possessed_status_with_a_by_participle() -> None:
    body = "Mongolia's neutral status, recognised by the UN General Assembly in 1998, shaped its policy."
    assert _has(body, "support", "state:MNG", "1998")


def test_recognised_as_an_expert_is_no_support() -> None:
    assert not _events("In 2020 the Uzbek envoy was recognised as a skilled mediator.", "support")


def test_recognising_a_need_is_no_support() -> None:
    assert not _events("In 2023 Kazakhstan's cabinet adopted a plan recognising the need for reform.", "support")


# --- leaving a treaty or a base; evictions ------------------------------------------------------

def test_leaving_a_treaty_is_a_retreat_not_an_agreement() -> None:
    body = "Moldova and Ukraine left the treaty in 2003."
    assert _has(body, "retreat", "state:MDA", "2003")
    assert not _events(body, "agreement")


def test_leaving_a_treaty_in_place_is_no_retreat() -> None:
    assert not _events("In 2003 Moldova left the treaty in place despite protests.", "retreat")


def test_a_force_leaving_a_base_is_a_retreat() -> None:
    assert _has("Russia vacated the Gabala air base in 2012.", "retreat", "state:RUS", "2012")


def test_leaving_for_a_city_is_no_retreat() -> None:
    assert not _events("The Kazakh minister left for Moscow in May 2021.", "retreat")


def test_evicting_forces_is_coercion() -> None:
    body = "In 2014 Kyrgyzstan evicted American forces from the Manas transit centre."
    assert _has(body, "coercion", "state:USA", "2014")


def test_ordering_a_party_out_is_coercion() -> None:
    body = "Relations between Kyrgyzstan and Washington soured. In 2013 Bishkek ordered the Americans out."
    assert _has(body, "coercion", "state:USA", "2013")


def test_ordering_dotted_forces_to_leave_is_coercion() -> None:
    assert _has("In 2013 Bishkek ordered U.S. forces to leave Manas.", "coercion", "state:KGZ", "2013")


def test_ordering_aircraft_is_no_coercion() -> None:
    assert not _events("In 2019 Uzbekistan ordered 12 helicopters from France.", "coercion")


def test_throwing_out_a_lawsuit_is_no_coercion() -> None:
    assert not _events("On 3 July 2024 Georgia's Constitutional Court threw out a lawsuit.", "coercion")


# --- accords told by a participle with their signers ---------------------------------------------

def test_an_accord_signed_by_two_states_right_after_the_participle() -> None:
    body = "The charter, signed by Georgia and Azerbaijan in Baku on 3 March 2020, covers transit."
    assert _has(body, "agreement", "state:GEO", "2020-03-03")


def test_links_agreed_by_three_states() -> None:
    body = "The route, a chain of ports and railways agreed by Kazakhstan, Turkmenistan and Iran in May 2007, is open."
    assert _has(body, "agreement", "state:TKM", "2007-05")


def test_a_fronted_participle_with_a_place_and_date_before_by() -> None:
    body = "Signed in Astana in June 2019 by Kazakhstan and China, the deal set gas prices."
    assert _has(body, "agreement", "state:CHN", "2019-06")


def test_a_petition_signed_by_residents_is_no_agreement() -> None:
    assert not _events("A petition was signed by 300 Kazakh residents in 2020.", "agreement")


def test_a_decree_signed_by_a_president_is_no_agreement() -> None:
    assert not _events("A decree signed by President Tokayev of Kazakhstan in 2022 raised pensions.", "agreement")


def test_domestic_evictions_and_own_troops_ordered_out_are_no_coercion() -> None:
    from event_facts import BYLINE

    for s in ["In 2019 Uzbek police evicted squatters from a Tashkent market.",
              "Kyrgyz authorities ordered residents out of the flood zone in April 2021.",
              "In 2021 Kazakhstan ordered its troops out of Kyrgyzstan's border zone."]:
        assert not of_type(event_facts(s, opening=BYLINE), "coercion"), s
    assert of_type(event_facts("In 2005 Uzbekistan evicted U.S. forces from the Karshi-Khanabad base.",
                               opening=BYLINE), "coercion")
    assert of_type(event_facts("In 2014 Kyrgyzstan ordered the Americans out of Manas.", opening=BYLINE), "coercion")
