"""Talks, travel and diplomatic protests told in words the older triggers missed (our own sentences; dateline
5 July 2024): a stay in a foreign city for talks or a visit, an arrival dated before "for a state visit", a
sit-down, a gathering hosted, and a protest lodged with another state's envoy.  Near misses: a stay for no
talks, a reception hosted, a summit hosted told as the time of another act, a protest lodged with no party."""

from __future__ import annotations

from event_facts import event_facts, event_tuples, of_type


def test_a_stay_in_a_foreign_city_for_talks_is_a_visit_hosted_by_its_state() -> None:
    got = event_tuples(event_facts("Chinese Defence Minister Dong Jun was in Islamabad on 27 June for talks."))
    assert got == {("meeting", ("state:CHN", "state:PAK"), (), "2024-06-27")}
    got = event_tuples(event_facts("Mirziyoyev was in Beijing for a three-day state visit in late January."))
    assert got == {("meeting", ("state:CHN", "state:UZB"), (), "2024-01")}


def test_a_stay_for_no_talks_is_no_meeting() -> None:
    assert not of_type(event_facts("The Tajik defence minister was in Moscow in May for medical treatment."), "meeting")


def test_an_arrival_dated_before_a_state_visit_is_the_visit() -> None:
    got = event_tuples(event_facts("Kazakh President Tokayev arrived on Tuesday in Baku for a state visit."))
    assert got == {("meeting", ("state:AZE", "state:KAZ"), (), "2024-07-02")}


def test_sitting_down_with_a_leader_is_a_meeting() -> None:
    got = event_tuples(event_facts("Prime Minister Shehbaz Sharif sat down with Xi Jinping in Beijing on 7 June."))
    assert got == {("meeting", ("state:CHN", "state:PAK"), (), "2024-06-07")}


def test_a_gathering_hosted_is_a_meeting_of_the_host() -> None:
    got = event_tuples(event_facts("On 2 July New Delhi hosted a regional security dialogue on Afghanistan."))
    assert got == {("meeting", ("state:IND",), (), "2024-07-02")}
    got = event_tuples(event_facts("Islamabad hosted the SCO heads of government in October 2023."))
    assert got == {("meeting", ("org:sco", "state:PAK"), (), "2023-10")}


def test_a_reception_or_a_summit_hosted_before_another_act_is_no_meeting_of_that_day() -> None:
    assert not event_facts("Tokayev hosted a reception for diplomats in Astana on Tuesday.")
    assert not of_type(event_facts("Xi presided on Wednesday over a parade, two days after hosting a summit of the "
                                   "Shanghai Cooperation Organisation in Tianjin."), "meeting")


def test_a_protest_lodged_with_an_envoy_is_an_accusation_of_the_envoys_state() -> None:
    got = event_tuples(event_facts("Pakistan's foreign ministry lodged a formal protest with the Afghan ambassador "
                                   "on 3 July."))
    assert got == {("accusation", ("state:PAK",), ("state:AFG",), "2024-07-03")}


def test_a_protest_lodged_with_no_party_after_it_is_no_accusation() -> None:
    # (the envoy summoned is the protest's target; the protest lodged names no party of its own)
    got = event_facts("The foreign secretary summoned Afghanistan's envoy on Tuesday and lodged a strong protest.")
    assert not of_type(got, "accusation")


def test_a_protest_lodged_with_an_organisation_accuses_the_party_it_is_over() -> None:
    # the organisation is the forum: the accused is the party after "over"/"against"
    got = event_tuples(of_type(event_facts("Iran lodged a protest with the United Nations on 3 July over Israeli "
                                           "strikes."), "accusation"))
    assert got == {("accusation", ("state:IRN",), ("state:ISR",), "2024-07-03")}
    got = event_tuples(event_facts("Iran lodged a protest with the UN Security Council against Israel on 3 July."))
    assert got == {("accusation", ("state:IRN",), ("state:ISR",), "2024-07-03")}


def test_a_protest_lodged_with_an_organisation_and_no_accused_is_no_accusation() -> None:
    assert not of_type(event_facts("Iran lodged a protest with the United Nations on 3 July."), "accusation")
    assert not of_type(event_facts("Iran lodged a protest with the United Nations on 3 July over the arrest of "
                                   "its nationals."), "accusation")
    # near miss: a state after "with" stays the target, whatever follows "over"
    got = event_tuples(of_type(event_facts("Iran lodged a protest with Iraq on 3 July over Israeli strikes."),
                               "accusation"))
    assert got == {("accusation", ("state:IRN",), ("state:IRQ",), "2024-07-03")}
