"""Meeting events in other wordings (our own sentences): receiving an envoy or a leader, being
received in a capital, a phone call between two parties meant by an anaphor, "their first summit"
as the subjects' meeting, visits dated between the place and the purpose, and a news lead's details
(the sidelines meeting) dated by the lead."""

from __future__ import annotations

from event_facts import HEADLINE, assert_no_event, assert_party, event_facts, of_type


def test_receiving_an_envoy_or_a_leader_is_a_meeting() -> None:
    assert_party("On 4 June 2025 Kazakhstan's foreign minister received Tajikistan's ambassador in Astana.", "meeting",
                 "state:TJK")
    assert_party("In June 2022 the Kremlin received Serdar Berdimuhamedov on his first foreign trip.", "meeting", "state:TKM")
    assert_no_event("In 2023 India received S-400 systems from Russia.", "meeting")


def test_a_phone_call_between_two_parties_meant_by_an_anaphor() -> None:
    facts = event_facts("Pakistan and Iran traded strikes in January 2024. The two foreign ministers spoke by "
                        "phone on 18 January 2024 and agreed to de-escalate.")
    got = of_type(facts, "meeting")
    assert got and set(got[0].args["actors"]) == {"state:PAK", "state:IRN"}


def test_visit_dated_between_place_and_purpose() -> None:
    fs = event_facts("The Turkish defence minister arrived in Baku on March 3, 2025 for talks on drone production. "
                     "The Pakistani interior minister travelled to Tehran on 9 March 2025 for talks.", HEADLINE)
    dates = {f.args["date"] for f in of_type(fs, "meeting")}
    assert {"2025-03-03", "2025-03-09"} <= dates


def test_received_in_a_capital_is_a_meeting_with_its_state() -> None:
    fs = event_facts("On 29 January 2024 Iran's foreign minister was received in Islamabad.", HEADLINE)
    me = of_type(fs, "meeting")
    assert me and {"state:IRN", "state:PAK"} <= set(me[0].args["actors"])


def test_news_lead_details_take_the_lead_s_date() -> None:
    body = ("Uzbekistan and Tajikistan agreed on Friday to reopen their border crossings.\n\n"
            "Presidents Shavkat Mirziyoyev and Emomali Rahmon, who had come to Samarkand for a "
            "regional summit, met on its sidelines and signed a protocol.")
    facts = event_facts(body, "Test headline\n\nSAMARKAND, July 5, 2024 (Test Wire) – ")
    lead, got = of_type(facts, "agreement"), of_type(facts, "meeting")
    assert lead and got and got[0].args["date"] == lead[0].args["date"]
    assert {"state:UZB", "state:TJK"} <= set(got[0].args["actors"])


def test_their_summit_is_the_subjects_meeting() -> None:
    facts = event_facts("Kazakhstan and Mongolia agreed on 3 June to open a rail link, ending their first summit.")
    got = [f for f in facts if f.args["event_type"] == "meeting"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:MNG"}
