"""Membership phrasings written by other hands (session 3): lists owned by the bloc, listing
verbs, prenominal members, appositions, ellipsis, 'its membership', 'part of', leaving."""

from __future__ import annotations

from s3_facts import facts, members


def test_bloc_s_members_are_a_list() -> None:
    got = members("The CSTO's six members are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.")
    assert {("state:RUS", "org:csto"), ("state:TJK", "org:csto"), ("state:ARM", "org:csto")} <= got


def test_the_organisation_s_members_refers_back() -> None:
    got = members("Ministers of the Organization of Turkic States met in Baku. "
                  "The organisation's members are Turkey, Azerbaijan and Uzbekistan.")
    assert ("state:AZE", "org:ots") in got and ("state:UZB", "org:ots") in got


def test_org_has_n_members_colon_list() -> None:
    got = members("The Gulf Cooperation Council has six members: Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and "
                  "the United Arab Emirates.")
    assert ("state:KWT", "org:gcc") in got and ("state:ARE", "org:gcc") in got


def test_listing_verb_after_the_organisation() -> None:
    got = members("The CSTO, which groups Russia, Armenia and Tajikistan, held drills.")
    assert {("state:RUS", "org:csto"), ("state:ARM", "org:csto"), ("state:TJK", "org:csto")} <= got
    assert members("The SCO summit includes talks with Turkey on trade.") == set()


def test_prenominal_member() -> None:
    assert ("state:KAZ", "org:csto") in members("Fellow CSTO member Kazakhstan offered to mediate.")
    assert ("state:TUR", "org:nato") in members("NATO member Turkey objected to the plan.")


def test_active_admission_and_plural_apposition() -> None:
    got = members("The Shanghai Cooperation Organisation admitted Iran in July 2023.")
    assert ("state:IRN", "org:sco") in got
    got = members("The SCO met in Astana. India and Pakistan, both admitted in 2017, sent ministers.")
    assert {("state:IND", "org:sco"), ("state:PAK", "org:sco")} <= got


def test_partners_and_observers_in_plural_apposition() -> None:
    got = facts("Nepal, Cambodia and Armenia, all dialogue partners of the SCO, attended.", "membership")
    assert {(a["member"], a["role"]) for a in got} == {("state:NPL", "partner"), ("state:KHM", "partner"),
                                                       ("state:ARM", "partner")}


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


def test_only_state_that_belongs() -> None:
    got = members("Azerbaijan is the only South Caucasus state that is part of the Non-Aligned Movement.")
    assert got == {("state:AZE", "org:nam")}


def test_make_up_its_contingent_and_founders() -> None:
    got = members("The CSTO met in Minsk. Kazakhstan and Kyrgyzstan make up its Central Asian contingent.")
    assert {("state:KAZ", "org:csto"), ("state:KGZ", "org:csto")} <= got
    got = members("The Shanghai Five was set up in 1996. China and Russia were among the founders of that grouping.")
    assert {("state:CHN", "org:shanghai-five"), ("state:RUS", "org:shanghai-five")} <= got


def test_both_countries_after_a_possessive_subject_and_its_object() -> None:
    got = members("Kazakhstan's exports to Russia rose sharply. Both countries belong to the Eurasian Economic Union.")
    assert got == {("state:KAZ", "org:eaeu"), ("state:RUS", "org:eaeu")}
