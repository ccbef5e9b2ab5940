"""Memberships told by appositions, counts and comparatives: "X and Y, the two Central Asian
members of ORG", "X, EAEU members since 2015", "the leaders of X and Y, both ORG members",
"Its members include X", "ORG now counts five members: X, Y", "the six ORG members are X, Y",
"Among the members of ORG, X and Y", "X is an ORG dialogue partner, as are Y and Z", "X, a member
since 1994" (the organisation named before), "X handed the ORG presidency to Y", "X accepted ORG
partner status", "which entered the grouping"; and near misses: a former member, a candidate, a
bid, a reported speaker ("Russia, the members of the EU said"), a count of a state's neighbours."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nBISHKEK, 5 May 2025 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_definite_apposition_with_count_and_organisation_after() -> None:
    got = _mems("Kyrgyzstan and Tajikistan, the two Central Asian members of the CSTO, host Russian bases.")
    assert {("state:KGZ", "org:csto"), ("state:TJK", "org:csto")} == got


def test_bare_plural_apposition() -> None:
    got = _mems("Mongolia and Laos, members of the Shanghai Cooperation Organisation, sent envoys.")
    assert {("state:MNG", "org:sco"), ("state:LAO", "org:sco")} == got


def test_bare_apposition_with_organisation_inside_and_since() -> None:
    got = _mems("Armenia and Kyrgyzstan, EAEU members since 2015, trade mostly with Moscow.")
    assert {("state:ARM", "org:eaeu"), ("state:KGZ", "org:eaeu")} == got


def test_apposition_to_the_object_of_a_preposition() -> None:
    got = _mems("The leaders of Kazakhstan and Uzbekistan, both SCO members, met on Friday.")
    assert {("state:KAZ", "org:sco"), ("state:UZB", "org:sco")} == got


def test_two_of_the_original_members() -> None:
    got = _mems("Brazil and China, two of the original BRICS members, disagree on expansion.")
    assert {("state:BRA", "org:brics"), ("state:CHN", "org:brics")} == got


def test_its_members_include() -> None:
    got = _mems("The Collective Security Treaty Organization met in Minsk. Its members include Belarus, "
                "Armenia and Tajikistan.")
    assert {("state:BLR", "org:csto"), ("state:ARM", "org:csto"), ("state:TJK", "org:csto")} == got


def test_organisation_counts_members_before_a_colon() -> None:
    got = _mems("The EAEU now counts five members: Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.")
    assert got == {("state:RUS", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:KAZ", "org:eaeu"),
                   ("state:ARM", "org:eaeu"), ("state:KGZ", "org:eaeu")}


def test_count_of_named_members_as_subject() -> None:
    got = _mems("The six CSTO members are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.")
    assert got == {(s, "org:csto") for s in ("state:RUS", "state:BLR", "state:ARM", "state:KAZ", "state:KGZ",
                                              "state:TJK")}


def test_fronted_among_the_members_of() -> None:
    got = _mems("Among the members of ASEAN, Vietnam and the Philippines have been most vocal.")
    assert {("state:VNM", "org:asean"), ("state:PHL", "org:asean")} == got


def test_as_are_extends_the_membership() -> None:
    got = _mems("Sri Lanka is an SCO dialogue partner, as are Nepal and Cambodia.")
    assert {("state:LKA", "org:sco"), ("state:NPL", "org:sco"), ("state:KHM", "org:sco")} == got
    assert not any(org != "org:sco" for _, org in got)


def test_member_since_apposition_takes_the_organisation_named_before() -> None:
    got = _mems("The Commonwealth of Independent States was founded in December 1991. Moldova, a member "
                "since 1994, has been leaving its agreements.")
    assert {("state:MDA", "org:cis")} == got


def test_handing_over_the_presidency() -> None:
    got = _mems("Kazakhstan handed the SCO presidency to China.")
    assert {("state:KAZ", "org:sco"), ("state:CHN", "org:sco")} == got


def test_partner_status_with_organisation_inside() -> None:
    assert {("state:KAZ", "org:brics")} == _mems("Kazakhstan accepted BRICS partner status last year.")


def test_entered_the_grouping_referred_back() -> None:
    got = _mems("BRICS leaders met in Kazan. Egypt and Ethiopia, which entered the grouping last year, "
                "want new payment tools.")
    assert {("state:EGY", "org:brics"), ("state:ETH", "org:brics")} == got


def test_of_which_with_adverb() -> None:
    got = _mems("The CSTO, of which Armenia remains formally a member, has not met in Yerevan.")
    assert {("state:ARM", "org:csto")} == got


def test_near_miss_former_member_apposition() -> None:
    assert ("state:GEO", "org:cis") not in _mems("Georgia, a former CIS member, was absent.")


def test_near_miss_reporting_members() -> None:
    assert ("state:RUS", "org:eu") not in _mems("The sanctions on Russia, the members of the EU said, would stay.")


def test_near_miss_count_without_organisation() -> None:
    got = _mems("China has fourteen neighbouring countries, including Russia and Mongolia.")
    assert not got


def test_near_miss_vague_plural_after_as_are() -> None:
    got = _mems("The CSTO met in Minsk. Kazakhstan is a member of the SCO, as are most of its neighbours.")
    assert got == {("state:KAZ", "org:sco")}


def test_near_miss_candidate_and_bid() -> None:
    got = _mems("Ukraine, a candidate for membership of the EU, awaits talks. Azerbaijan applied for "
                "membership of BRICS in 2024.")
    assert not got


def test_near_miss_apposition_pair_not_an_anaphor() -> None:
    # "both members of" right after the pair names that pair, not the states of the sentence before
    got = _mems("The EU's members include Romania and Bulgaria. Moldova and Georgia, both members of GUAM, "
                "want closer ties.")
    assert ("state:ROU", "org:guam") not in got and ("state:MDA", "org:guam") in got
    assert got == {("state:ROU", "org:eu"), ("state:BGR", "org:eu"), ("state:MDA", "org:guam"),
                   ("state:GEO", "org:guam")}


def test_fronted_participle_since_joining() -> None:
    got = _mems("Since joining the Eurasian Economic Union in 2015, Armenia has doubled its trade.")
    assert {("state:ARM", "org:eaeu")} == got


def test_fronted_admission_with_possessive() -> None:
    got = _mems("After its admission to the SCO in 2023, Iran sought closer ties with China.")
    assert {("state:IRN", "org:sco")} == got


def test_near_miss_joining_talks_is_no_joining() -> None:
    got = _mems("NATO leaders met in Vilnius. Ukraine's bid, after joining talks in 2008, stalled.")
    assert ("state:UKR", "org:nato") not in got


def test_chairmanship_of_and_demonym_chairmanship() -> None:
    got = _mems("Kazakhstan's chairmanship of the SCO ended in July. The Kyrgyz chairmanship of the CSTO "
                "began in January.")
    assert {("state:KAZ", "org:sco"), ("state:KGZ", "org:csto")} == got


def test_near_miss_presidency_of_no_organisation() -> None:
    assert not _mems("Russia's presidency of the talks ended in failure.")


def test_allies_and_partners_named_after_the_bloc() -> None:
    got = _mems("Moscow counts on its CSTO partners Kazakhstan and Tajikistan.")
    assert {("state:KAZ", "org:csto"), ("state:TJK", "org:csto")} == got
    assert ("state:RUS", "org:csto") not in got


def test_founder_apposition() -> None:
    assert {("state:KAZ", "org:eaeu")} == _mems("Kazakhstan, an EAEU founder, opposes a common currency.")


def test_granted_by_names_the_organisation() -> None:
    got = _mems("The EAEU met in Minsk. Mongolia was granted observer status by the SCO in 2004.")
    assert got == {("state:MNG", "org:sco")}


def test_among_the_possessed_members() -> None:
    got = _mems("The Collective Security Treaty Organization met in Minsk. Kyrgyzstan is also among the "
                "organisation's six members.")
    assert {("state:KGZ", "org:csto")} == got


def test_dash_relative_lists_members() -> None:
    got = _mems("The OTS – whose members are Turkey, Azerbaijan and Kazakhstan – meets in Baku.")
    assert {("state:TUR", "org:ots"), ("state:AZE", "org:ots"), ("state:KAZ", "org:ots")} == got


def test_union_referred_back_before_an_adjacent_cue() -> None:
    got = _mems("The Eurasian Economic Union marked its tenth year. The union, which groups Russia, Belarus "
                "and Armenia, has a common market.")
    assert {("state:RUS", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:ARM", "org:eaeu")} == got


def test_near_miss_modified_alliance_is_no_bloc() -> None:
    got = _mems("The SCO met in Astana. The opposition alliance, which includes Georgia's main parties, "
                "boycotted the vote.")
    assert not got


def test_dash_apposition_with_two_organisations() -> None:
    got = _mems("Kyrgyzstan – an EAEU and CSTO member – relies on remittances.")
    assert {("state:KGZ", "org:eaeu"), ("state:KGZ", "org:csto")} == got


def test_partnership_programme_of_the_organisation() -> None:
    got = _mems("Azerbaijan and Armenia take part in NATO's Partnership for Peace.")
    assert {("state:AZE", "program:pfp"), ("state:ARM", "program:pfp")} == got  # (the programme named)


def test_attendance_as_members() -> None:
    got = _mems("Both Kyrgyzstan and Uzbekistan took part in the SCO summit as members.")
    assert {("state:KGZ", "org:sco"), ("state:UZB", "org:sco")} == got


def test_near_miss_attendance_as_guests() -> None:
    assert not _mems("Turkey and Egypt took part in the SCO summit as guests.")


def test_respectively_pairs_members_with_organisations() -> None:
    got = _mems("Mongolia and Turkmenistan have observer status in the OTS and the SCO respectively.")
    assert got == {("state:MNG", "org:ots"), ("state:TKM", "org:sco")}


def test_possessed_observer_state() -> None:
    assert {("state:MNG", "org:sco")} == _mems("The SCO's observer state Mongolia sent a delegation.")


def test_second_role_coordinated_after_the_copula() -> None:
    got = _mems("Uzbekistan is a member of the OTS and an observer in the EAEU.")
    assert {("state:UZB", "org:ots"), ("state:UZB", "org:eaeu")} == got


def test_alliance_referred_back_as_counting_subject() -> None:
    got = _mems("The CSTO held drills. The alliance comprises six states: Russia, Belarus, Armenia, "
                "Kazakhstan, Kyrgyzstan and Tajikistan.")
    assert got == {(s, "org:csto") for s in ("state:RUS", "state:BLR", "state:ARM", "state:KAZ", "state:KGZ",
                                              "state:TJK")}


def test_states_form_the_organisation() -> None:
    got = _mems("Kazakhstan and Kyrgyzstan, together with Turkey, form the OTS.")
    assert {("state:KAZ", "org:ots"), ("state:KGZ", "org:ots"), ("state:TUR", "org:ots")} == got


def test_near_miss_forming_part_of_a_body() -> None:
    assert not _mems("Kazakhstan and Kyrgyzstan formed the backbone of the talks on water.")


def test_near_miss_membership_that_ended() -> None:
    got = _mems("The SCO met in Astana. Moldova was an observer until 2023.")
    assert not got


def test_chair_until_a_year_still_tells_the_seat() -> None:
    got = _mems("Azerbaijan holds the chairmanship of the Non-Aligned Movement until 2026.")
    assert {("state:AZE", "org:nam")} == got


def test_member_states_named_after_a_preposition_take_the_organisation_before() -> None:
    got = _mems("The Shanghai Cooperation Organisation met in Tianjin. The summit was attended by leaders of "
                "member states Russia and India.")
    assert {("state:RUS", "org:sco"), ("state:IND", "org:sco")} == got


def test_parenthetical_and_ally_appositions() -> None:
    got = _mems("Kazakhstan (an SCO member since 2001) hosted the talks. Tajikistan, a CSTO ally, hosted drills.")
    assert {("state:KAZ", "org:sco"), ("state:TJK", "org:csto")} == got


def test_near_miss_non_bloc_ally() -> None:
    assert ("state:PAK", "org:nato") not in _mems("Pakistan, a major non-NATO ally of the United States, bought jets.")


def test_among_its_dialogue_partners_and_members() -> None:
    got = _mems("The SCO met in Tianjin. Nepal and Sri Lanka are among its dialogue partners. Belarus is "
                "among its newest members.")
    assert {("state:NPL", "org:sco"), ("state:LKA", "org:sco"), ("state:BLR", "org:sco")} == got


def test_near_miss_among_its_partners_of_a_state() -> None:
    assert not _mems("China praised Pakistan. Russia is among its closest partners.")


def test_group_noun_between_the_organisation_and_a_dash_list() -> None:
    got = _mems("The GUAM group – Georgia, Ukraine, Azerbaijan and Moldova – has been dormant.")
    assert {("state:GEO", "org:guam"), ("state:UKR", "org:guam"), ("state:AZE", "org:guam"),
            ("state:MDA", "org:guam")} == got
