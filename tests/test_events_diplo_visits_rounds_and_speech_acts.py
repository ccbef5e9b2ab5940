"""Meetings told as arrivals, guests, rounds held and participles ("Modi landed in Colombo", "Aliyev was
Erdogan's guest", "the first ministerial dialogue between X and Y, held in Tokyo", "became the first … to
visit Kabul", "Meeting Putin in Sochi, …"), meetings cancelled after a participle ("planned for June was
cancelled"), and speech acts with their time told between verb and object ("refused on … to join", "voiced
support on … for", "exchanged accusations", "asked for an apology").  Near misses: aircraft, goods or troops
arriving, a pluperfect arrival, a meeting planned and called off.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, event_tuples, of_type

OPENING = "Test headline about the region\n\nBy A. Writer\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 10 December 2025\n"


def _of(body: str, etype: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), etype)


def _parties(f) -> set[str]:  # type: ignore[no-untyped-def]
    return set(f.args.get("actors") or []) | set(f.args.get("targets") or [])


def test_leader_landed_in_a_foreign_capital() -> None:
    got = _of("Indian Prime Minister Narendra Modi landed in Colombo on 4 April 2025.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:IND", "state:LKA"), (), "2025-04-04")}


def test_office_holder_arrived_in_a_foreign_capital() -> None:
    got = _of("The Iranian foreign minister arrived in Kabul on 14 May 2025.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:AFG", "state:IRN"), (), "2025-05-14")}


def test_near_miss_aircraft_landed() -> None:
    assert not _of("A Russian Il-76 transport plane landed in Dushanbe on 4 November 2025 carrying spare parts.",
                   "meeting")


def test_near_miss_goods_arrived() -> None:
    assert not _of("The first batch of Turkish drones arrived in Baku on 5 November 2025.", "meeting")


def test_near_miss_ship_arrived_as_a_gift() -> None:
    got = _of("In May 2025 a decommissioned Turkish navy patrol boat arrived in Malé as a gift.", "meeting")
    assert not got


def test_guest_of_a_leader() -> None:
    got = _of("Aliyev was Erdogan's guest in Ankara on 19 June 2025.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:AZE", "state:TUR"), (), "2025-06-19")}


def test_dialogue_between_states_held() -> None:
    got = _of("The first ministerial dialogue between India and Japan, held in Tokyo on 3 August 2023, produced "
              "a logistics pact.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:IND", "state:JPN"), (), "2023-08-03")}


def test_near_miss_round_held_in_a_city_names_no_party() -> None:
    got = _of("The conference, held in Geneva on 8 November 2025, drew no officials from the region.", "meeting")
    assert not any("state:CHE" in _parties(f) for f in got)


def test_round_of_strategic_dialogue_held() -> None:
    got = _of("Chinese and Pakistani officials held a round of strategic dialogue in Beijing on 2 January 2025.",
              "meeting")
    assert event_tuples(got) == {("meeting", ("state:CHN", "state:PAK"), (), "2025-01-02")}


def test_first_minister_to_visit_and_holding_talks() -> None:
    got = _of("On 16 June 2025 Wang Yi became the first Chinese foreign minister to visit Ashgabat in five years, "
              "holding talks with his counterpart.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:CHN", "state:TKM"), (), "2025-06-16")}


def test_fronted_participle_meeting() -> None:
    got = _of("Meeting Putin in Sochi in September 2018, Aliyev praised Russian arms.", "meeting")
    assert [f.args["date"] for f in got] == ["2018-09"]
    assert "state:RUS" in _parties(got[0])  # state:AZE (Aliyev) is not yet found: reported


def test_near_miss_summit_planned_then_cancelled() -> None:
    got = _of("A summit between Aliyev and Pashinyan planned for June 2025 was cancelled.", "meeting")
    assert not [f for f in got if f.modality == "asserted"]


def test_near_miss_visit_scheduled_then_postponed() -> None:
    got = _of("A visit by the Turkish foreign minister scheduled for October 2025 was postponed.", "meeting")
    assert not [f for f in got if f.modality == "asserted"]


def test_refused_on_a_date_to_join() -> None:
    got = _of("Uzbekistan refused on 11 November 2025 to join the new bloc.", "rejection")
    assert event_tuples(got) == {("rejection", ("state:UZB",), (), "2025-11-11")}


def test_near_miss_refused_to_comment() -> None:
    assert not _of("Armenia refused on 9 November 2025 to comment on the reports.", "rejection")


def test_support_voiced_with_date_between() -> None:
    got = _of("China voiced support on 12 November 2025 for Pakistan's sovereignty.", "support")
    assert event_tuples(got) == {("support", ("state:CHN",), ("state:PAK",), "2025-11-12")}


def test_near_miss_arrival_in_transit() -> None:
    assert not _of("The Iranian foreign minister landed in Baku on 2 June 2025 in transit to Moscow.", "meeting")


def test_exchanged_accusations() -> None:
    got = _of("Baku and Yerevan exchanged accusations on 5 May 2025 of violating the ceasefire.", "accusation")
    assert event_tuples(got) == {("accusation", ("state:ARM", "state:AZE"), (), "2025-05-05")}


def test_asked_for_an_apology() -> None:
    got = _of("The foreign secretaries met in Dhaka on 17 April 2025; the Bangladeshi side asked for a formal "
              "public apology.", "demand")
    assert event_tuples(got) == {("demand", ("state:BGD",), (), "2025-04-17")}


def test_near_miss_asked_for_comment() -> None:
    assert not _of("Reporters asked for comment on 3 May 2025.", "demand")


def test_host_of_a_conference() -> None:
    got = _of("Azerbaijan hosted the COP29 climate conference in Baku in November 2024.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:AZE",), (), "2024-11")}


def test_near_miss_press_conference_hosted() -> None:
    assert not _of("Lavrov hosted a press conference in Moscow on 4 September 2025.", "meeting")


def test_body_admitted_a_member() -> None:
    got = _of("At a summit in Astana on 3 July 2024, the SCO admitted Belarus as its tenth member.", "accession")
    assert event_tuples(got) == {("accession", ("state:BLR",), ("org:sco",), "2024-07-03")}


def test_near_miss_admitted_a_fact() -> None:
    assert not _of("The Kremlin admitted on 9 October 2025 that its air defences had hit the plane.", "accession")


def test_prisoners_exchanged() -> None:
    got = _of("Kyrgyzstan and Tajikistan exchanged prisoners on 1 September 2025.", "concession")
    assert event_tuples(got) == {("concession", ("state:KGZ", "state:TJK"), (), "2025-09-01")}


def test_office_holder_possessive_visit() -> None:
    got = _of("The Armenian prime minister's visit to Istanbul on 20 June 2025 was the first of its kind.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:ARM", "state:TUR"), (), "2025-06-20")}


def test_landed_for_a_visit_is_one_meeting() -> None:
    got = _of("Putin landed in Tianjin on 31 August 2025 for a four-day visit to China.", "meeting")
    assert event_tuples(got) == {("meeting", ("state:CHN", "state:RUS"), (), "2025-08-31")}
