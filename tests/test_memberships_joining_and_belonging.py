"""Memberships told by joining, belonging and leaving (own sentences): "the same year as", "as did",
leaving in the past (none) and threatening to quit (still a member), "belonged to", "part of", "its
membership", observers and their "since", full membership after observer status, a relative "of
which it is a member", the country noun, "both countries", taken back into an organisation and
a grouping founded with others; co-chairing a bilateral commission is no membership."""

from __future__ import annotations

from dateline_facts import facts, members


def test_same_year_as_and_as_did() -> None:
    got = members("Armenia joined the Eurasian Economic Union in January 2015, the same year as Kyrgyzstan.")
    assert ("state:KGZ", "org:eaeu") in got
    assert ("state:BLR", "org:eaeu") in members("Kazakhstan joined the Eurasian Economic Union, as did Belarus.")


def test_leaving_in_the_past_is_no_membership_but_threatening_to_quit_is() -> None:
    assert members("Georgia quit the Commonwealth of Independent States in 2009.") == set()
    assert ("state:ARM", "org:csto") in members("Armenia threatened to quit the CSTO.")


def test_belonged_part_of_and_its_membership() -> None:
    got = facts("Moldova has been part of the Commonwealth of Independent States since 1991. "
                "Its membership in the World Trade Organization dates back to 2001.", "membership")
    by = {(a["member"], a["organization"]): a.get("since") for a in got}
    assert by == {("state:MDA", "org:cis"): "1991", ("state:MDA", "org:wto"): "2001"}
    assert ("state:KGZ", "org:csto") in members("Kyrgyzstan has belonged to the CSTO since 1992.")


def test_observer_since_only_from_since_and_not_another_clause() -> None:
    got = facts("Mongolia remains an observer in the SCO, while Turkmenistan's envoy has been absent since 2021.",
                "membership")
    assert [(a["member"], a["role"], a.get("since")) for a in got] == [("state:MNG", "observer", None)]


def test_observer_then_full_member_keeps_full_membership() -> None:
    got = facts("Belarus, an SCO observer since 2015, became a full member of the SCO in July 2024.", "membership")
    assert [(a["member"], a["role"], a.get("since")) for a in got] == [("state:BLR", "member", "2024-07")]


def test_relative_it_and_country_noun() -> None:
    got = members("Armenia has criticised the CSTO, of which it is a member, for inaction.")
    assert ("state:ARM", "org:csto") in got
    got = members("Mongolia declined the offer. The landlocked country, which joined the OSCE in 2012, prefers neutrality.")
    assert ("state:MNG", "org:osce") in got


def test_both_countries_after_a_possessive_subject_and_its_object() -> None:
    got = members("Kazakhstan's exports to Russia rose sharply. Both countries belong to the Eurasian Economic Union.")
    assert got == {("state:KAZ", "org:eaeu"), ("state:RUS", "org:eaeu")}


def test_taken_back_into_organisation() -> None:
    assert ("state:FJI", "org:commonwealth") in members(
        "In 2014 the new government took Fiji back into the Commonwealth.")


def test_grouping_founded_with() -> None:
    got = members("Zambia sent no delegation to a meeting of the Colombo Security Conclave, the "
                  "maritime grouping it had founded with India and Sri Lanka.")
    assert {("state:ZMB", "org:colombo-security-conclave"), ("state:IND", "org:colombo-security-conclave"),
            ("state:LKA", "org:colombo-security-conclave")} <= got


def test_co_chairing_a_bilateral_commission_is_no_membership() -> None:
    assert not members("The two ministers co-chaired the fifth session of the India-Japan Joint "
                       "Commission on Defence Cooperation.")
