"""Membership extraction on original test sentences."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _members(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nTASHKENT, 3 March 2024 — " + body + "\n"
    out: set[tuple[str, str, str]] = set()
    for aa in analyse_source(Source("test.txt", text)):
        for f in aa.extraction.facts:
            if f.type == "membership":
                out.add((f.args["member"], f.args["organization"], f.args["role"]))
    return out


def _facts(body: str) -> list[Fact]:
    text = "Test headline\n\nTASHKENT, 3 March 2024 — " + body + "\n"
    return [f for aa in analyse_source(Source("test.txt", text)) for f in aa.extraction.facts
            if f.type == "membership"]


def test_list_of_members() -> None:
    got = _members("The members of the CSTO are Armenia, Belarus and Tajikistan.")
    assert {("state:ARM", "org:csto", "member"), ("state:BLR", "org:csto", "member"),
            ("state:TJK", "org:csto", "member")} <= got


def test_observer_and_anaphoric_bloc() -> None:
    got = _members("Turkmenistan attended the Shanghai Cooperation Organisation summit. "
                   "Mongolia remains an observer in the bloc.")
    assert ("state:MNG", "org:sco", "observer") in got


def test_joined_with_since_date() -> None:
    facts = _facts("Finland joined NATO in April 2023.")
    assert len(facts) == 1
    assert facts[0].args["member"] == "state:FIN"
    assert facts[0].args["since"] == "2023-04"


def test_co_mention_is_not_membership() -> None:
    assert _members("Kazakhstan criticised the CSTO for its silence.") == set()


def test_one_of_the_alliances_partners_is_a_partner_role() -> None:
    got = _members("NATO held its summit in Vilnius. Moldova remains one of the alliance's closest partners.")
    assert ("state:MDA", "org:nato", "partner") in got


def test_apposition_member_of_two_organisations() -> None:
    got = _members("Belarus, a member of the Collective Security Treaty Organization (CSTO) and of the "
                   "Eurasian Economic Union, buys Russian arms.")
    assert {("state:BLR", "org:csto", "member"), ("state:BLR", "org:eaeu", "member")} <= got


def test_two_members_of_a_bloc_named_in_the_previous_sentence() -> None:
    got = _members("Armenia and Azerbaijan traded fire on the border. Observers saw drones flown by two "
                   "members of the CSTO.")
    assert ("state:ARM", "org:csto", "member") in got and ("state:AZE", "org:csto", "member") in got


def test_seats_in_the_bloc_even_in_a_recommendation() -> None:
    facts = _facts("Bishkek and Dushanbe should use their seats in the SCO to press for talks.")
    got = {(f.args["member"], f.modality) for f in facts}
    assert ("state:KGZ", "asserted") in got and ("state:TJK", "asserted") in got


def test_frozen_participation_is_still_membership() -> None:
    got = _members("The CSTO met in Minsk. Belarusian participation had been frozen, officials said.")
    assert ("state:BLR", "org:csto", "member") in got


def test_reported_clause_member() -> None:
    got = _members("Officials in Moscow said Armenia had frozen its participation in the CSTO.")
    assert any(m == "state:ARM" for m, *_ in got)
    assert not any(m == "state:RUS" for m, *_ in got)


def test_both_members_of() -> None:
    got = _members("Kazakhstan and Kyrgyzstan, both members of the CSTO, stayed silent.")
    assert {m for m, *_ in got} >= {"state:KAZ", "state:KGZ"}



def test_org_named_earlier_in_the_paragraph() -> None:
    got = _members("The Shanghai Cooperation Organisation met in Astana in July. The summit adopted a "
                   "declaration on terrorism. Belarus remains an observer, while Kazakhstan and "
                   "Kyrgyzstan are full members.")
    assert {("state:BLR", "org:sco", "observer"), ("state:KAZ", "org:sco", "member"),
            ("state:KGZ", "org:sco", "member")} <= got


def test_party_to_founding_treaty() -> None:
    facts = _facts("Prosecutors in The Hague are watching Tajikistan, which has been a party to the "
                   "Rome Statute since 2000.")
    got = {(f.args["member"], f.args["organization"], f.args["since"]) for f in facts}
    assert ("state:TJK", "org:icc", "2000") in got


def test_state_party_apposition() -> None:
    got = _members("Officials said Georgia, a state party to the Rome Statute, would cooperate.")
    assert ("state:GEO", "org:icc", "member") in got


def test_holds_observer_status() -> None:
    got = _members("The Collective Security Treaty Organization held a drill in May. Serbia holds "
                   "observer status.")
    assert ("state:SRB", "org:csto", "observer") in got


def test_members_listed_after_dash() -> None:
    got = _members("The CSTO's members – Armenia, Belarus and Tajikistan – met in Minsk.")
    assert {("state:ARM", "org:csto", "member"), ("state:BLR", "org:csto", "member"),
            ("state:TJK", "org:csto", "member")} <= got


def test_list_apposition_the_organisations_members() -> None:
    got = _members("The Eurasian Economic Union met in Bishkek. Armenia, Belarus and Kazakhstan, the "
                   "union's founding members, backed the budget.")
    assert {("state:ARM", "org:eaeu", "member"), ("state:BLR", "org:eaeu", "member"),
            ("state:KAZ", "org:eaeu", "member")} <= got


def test_pronoun_subject_it() -> None:
    got = _members("Kyrgyzstan is a small mountain republic. It belongs to the Collective Security Treaty "
                   "Organization.")
    assert ("state:KGZ", "org:csto", "member") in got


def test_pronoun_subject_not_a_possessor_in_the_predicate() -> None:
    got = _members("Belarus looks east. It is Poland's wary neighbour, and it joined the Shanghai Cooperation "
                   "Organisation in 2024.")
    assert ("state:BLR", "org:sco", "member") in got
    assert not any(m == "state:POL" for m, _o, _r in got)


def test_led_modifier_is_no_subject() -> None:
    got = _members("Moldova keeps its distance from Russian-led blocs and holds observer status in the "
                   "Eurasian Economic Union.")
    assert ("state:MDA", "org:eaeu", "observer") in got
    assert not any(m == "state:RUS" for m, _o, _r in got)


def test_joined_an_object_of_its_own_is_no_membership() -> None:
    got = _members("Armenia is a member of the Eurasian Economic Union. Georgia bought drones that joined its "
                   "army in 2022.")
    assert not any(m == "state:GEO" for m, _o, _r in got)


def test_apposition_with_organisation_inside() -> None:
    got = _members("Kazakhstan, a non-permanent UN Security Council member in 2017, hosted the talks.")
    assert ("state:KAZ", "org:unsc", "member") in got


def test_sat_with_in_organisation() -> None:
    got = _members("Azerbaijan has sat with Turkey in the Organization of Turkic States since 2009.")
    assert {m for m, o, _r in got if o == "org:ots"} >= {"state:AZE", "state:TUR"}


def test_state_party_of_the_court_just_named() -> None:
    got = _members("The parliament accepted the jurisdiction of the International Criminal Court; Ukraine "
                   "became a state party on 1 January 2025.")
    assert ("state:UKR", "org:icc", "member") in got


def test_pair_anaphor_in_relative_clause_with_since() -> None:
    facts = _facts("Officials met on Monday. Kazakhstan and Kyrgyzstan signed a border treaty in May. "
                   "Observers praised the Shanghai Cooperation Organisation, to which both countries "
                   "have belonged since 2001, for its mediation.")
    got = {(f.args["member"], f.args["organization"], f.args.get("since")) for f in facts}
    assert {("state:KAZ", "org:sco", "2001"), ("state:KGZ", "org:sco", "2001")} <= got
    assert all(f.inferences.get("member") for f in facts if f.args["organization"] == "org:sco")


def test_same_status_refers_to_the_membership_just_told() -> None:
    got = _members("Officials met on Monday. Egypt became a dialogue partner of the Shanghai Cooperation "
                   "Organisation in 2021. Qatar was granted the same status a year later.")
    assert ("state:QAT", "org:sco", "partner") in got


def test_bloc_as_framework_for_a_named_pair() -> None:
    got = _members("Officials met on Monday. Armenia and Belarus host Russian bases. "
                   "The CSTO remains the security framework for both countries.")
    assert {("state:ARM", "org:csto", "member"), ("state:BLR", "org:csto", "member")} <= got
    assert not _members("Officials met on Monday. The European Union is the framework for Armenia's reforms.")


def test_fronted_as_member_phrase_names_the_main_subject() -> None:
    got = _members("As the only member of the CSTO that borders China, Kyrgyzstan hosts a Russian air base.")
    assert ("state:KGZ", "org:csto", "member") in got
    assert ("state:CHN", "org:csto", "member") not in got


def test_object_relative_which_x_joined() -> None:
    got = _members("Mongolia attended a summit of the Shanghai Cooperation Organisation, which Belarus joined in 2024.")
    assert ("state:BLR", "org:sco", "member") in got
    assert ("state:MNG", "org:sco", "member") not in got


def test_relative_clause_subject_stops_at_its_verb() -> None:
    got = _members("Pakistan and China met the Shanghai Cooperation Organisation, to which both countries belong, "
                   "in a city that Japan had once occupied.")
    assert ("state:JPN", "org:sco", "member") not in got


def test_both_members_of_two_coordinated_blocs() -> None:
    got = _members("Armenia and Belarus are both members of the CSTO as well as the Eurasian Economic Union.")
    assert {("state:ARM", "org:csto", "member"), ("state:BLR", "org:csto", "member"),
            ("state:ARM", "org:eaeu", "member"), ("state:BLR", "org:eaeu", "member")} <= got


def test_second_bloc_after_repeated_preposition() -> None:
    got = _members("Belarus belongs to the CSTO, whose drills it hosted in 2023, and to the Eurasian Economic Union.")
    assert {("state:BLR", "org:csto", "member"), ("state:BLR", "org:eaeu", "member")} <= got


def test_admitted_subject_right_before_the_verb() -> None:
    got = _members("Uzbekistan hosted the SCO summit in 2022, and at the bloc's next summit Iran was admitted "
                   "as its ninth member.")
    assert ("state:IRN", "org:sco", "member") in got


def test_chairing_a_bloc_presupposes_membership() -> None:
    got = _members("Kyrgyzstan chaired the Collective Security Treaty Organization in 2025.")
    assert ("state:KGZ", "org:csto", "member") in got


def test_pair_anaphor_skips_an_ambiguous_last_event() -> None:
    # the sentence before tells two two-state events (a condemnation, a strike): "both
    # countries" is then the pair the article names together, not the strike's parties
    got = _members("Kazakhstan and Kyrgyzstan signed a border treaty with each other in 2022, and Kazakhstan "
                   "and Kyrgyzstan opened new crossings. Kazakhstan, whose government had condemned Israel's "
                   "strikes on Iran in June, praised Kyrgyzstan's restraint. Both countries are founding "
                   "members of the Economic Cooperation Organization.")
    assert {("state:KAZ", "org:eco", "member"), ("state:KGZ", "org:eco", "member")} <= got
    assert not {m for m, o, _ in got if m in ("state:ISR", "state:IRN")}


def test_second_organisation_after_a_parenthetical_clause() -> None:
    got = _members("Georgia and Moldova met. Both countries are members of the Economic Cooperation "
                   "Organization and, since Georgia applied in 2019, of the Shanghai Cooperation Organisation.")
    assert {("state:GEO", "org:sco", "member"), ("state:MDA", "org:sco", "member")} <= got


def test_of_which_relative() -> None:
    got = _members("Officials denied any plan to quit the Eurasian Economic Union, of which Belarus has been "
                   "a member since 2015.")
    assert ("state:BLR", "org:eaeu", "member") in got
    assert not _members("The Eurasian Economic Union, of which little is known in Georgia, met.")


def test_member_since_in_brackets() -> None:
    got = _members("Tajikistan is an observer in the Eurasian Economic Union (Armenia has been a full member "
                   "since 2015).")
    assert ("state:ARM", "org:eaeu", "member") in got


def test_relative_after_a_list() -> None:
    got = _members("The Shanghai Cooperation Organisation met. The deal lets Iran and Belarus, which joined "
                   "the bloc recently, take part in its drills.")
    assert {("state:IRN", "org:sco", "member"), ("state:BLR", "org:sco", "member")} <= got


def test_negated_membership_cues_tell_nothing() -> None:
    got = _members("Kazakhstan and Belarus are members of the CSTO. Mongolia, which calls itself neutral, "
                   "has joined neither bloc. Georgia has never joined the CSTO. "
                   "Neither Serbia nor Moldova belongs to the CSTO.")
    assert ("state:KAZ", "org:csto", "member") in got
    assert not {m for m, _o, _r in got} & {"state:MNG", "state:GEO", "state:SRB", "state:MDA"}


def test_dialogue_partner_has_been_and_org_partner() -> None:
    got = _members("Armenia has been a dialogue partner of the SCO since 2015. "
                   "Georgia has been a NATO partner since 1994.")
    assert ("state:ARM", "org:sco", "partner") in got
    assert ("state:GEO", "org:nato", "partner") in got


def test_observer_has_been_in_a_relative_clause() -> None:
    got = _members("Armenia belongs to the Eurasian Economic Union, where Moldova has been an observer since 2018.")
    assert ("state:MDA", "org:eaeu", "observer") in got


def test_co_members_named_after_the_organisation() -> None:
    got = _members("Japan belongs to the Quad with Australia, India and the United States.")
    assert {("state:AUS", "org:quad", "member"), ("state:IND", "org:quad", "member"),
            ("state:USA", "org:quad", "member")} <= got
    got = _members("Armenia joined the CSTO with Russia's backing.")
    assert ("state:RUS", "org:csto", "member") not in got


def test_bare_it_resolves_to_state_not_person() -> None:
    # the previous sentence is about people; "It" with a membership predicate is a state
    got = _facts("Georgia's foreign policy has shifted twice since 2008. Three Georgian students were "
                 "detained in Minsk last week. It has been a member of GUAM since 1997.")
    assert [(f.args["member"], f.args["organization"]) for f in got] == [("state:GEO", "org:guam")]
    assert "member" in got[0].inferences


def test_it_after_a_possessed_subject_and_coordinated_predicates() -> None:
    got = _members("Tbilisi's alliances are hard to classify. It left the CIS in 2009, has long "
                   "wanted closer ties with Brussels, and is a member of GUAM.")
    assert ("state:GEO", "org:guam", "member") in got


def test_it_standing_for_an_organisation_is_no_state() -> None:
    got = _members("The CSTO held exercises in Tajikistan. It is a partner of the SCO.")
    assert not any(m == "state:TJK" and o == "org:sco" for m, o, _ in got)


def test_bare_both_after_two_states() -> None:
    got = _members("Officials said Kazakhstan and Uzbekistan would coordinate water policy. "
                   "Both are members of the Organization of Turkic States.")
    assert {("state:KAZ", "org:ots", "member"), ("state:UZB", "org:ots", "member")} <= got


def test_membership_by_ellipsis() -> None:
    got = _members("Kyrgyzstan has been a member of the Eurasian Economic Union since 2015, "
                   "as it has of the CSTO since 2002.")
    assert ("state:KGZ", "org:csto", "member") in got


def test_co_member_together_with_after_relative_verb() -> None:
    got = _members("Leaders met at the Shanghai Cooperation Organisation, which Iran joined "
                   "along with Belarus.")
    assert {("state:IRN", "org:sco", "member"), ("state:BLR", "org:sco", "member")} <= got


def test_bare_it_after_people_of_a_state_takes_their_demonym() -> None:
    got = _facts("Three Georgian students were detained in Minsk last week. "
                 "It has been a member of GUAM since 1997.")
    assert [(f.args["member"], f.args["organization"]) for f in got] == [("state:GEO", "org:guam")]
    assert "member" in got[0].inferences
