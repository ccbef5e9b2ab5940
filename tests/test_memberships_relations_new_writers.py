"""Memberships and relations as other writers state them (session 21, own sentences): a singular ally or
partner of a named state inside a named bloc, a relative opened by "like Y", a seat held in a bloc; a
quoted epithet before a possessed relation noun, a relation found or seen in a party (a capital too), and
a duration after a plural relation noun."""

from __future__ import annotations

from dateline_facts import facts, members, relation_triples


def _pairs(body: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((a, b)), k) for a, b, k in relation_triples(body)}


def test_singular_partner_of_a_state_inside_a_bloc() -> None:
    got = members("Kyrgyzstan remains Kazakhstan's closest ally in the Eurasian Economic Union.")
    assert got == {("state:KGZ", "org:eaeu"), ("state:KAZ", "org:eaeu")}
    assert members("Turkey is Azerbaijan's partner in the fight against smuggling.") == set()


def test_relative_opened_by_like_names_a_co_member() -> None:
    got = members("India, which like Iran is Kazakhstan's partner in the Shanghai Cooperation Organisation, "
                  "stayed out of the vote.")
    assert got == {("state:IND", "org:sco"), ("state:IRN", "org:sco"), ("state:KAZ", "org:sco")}
    got = members("Armenia, which along with Belarus belongs to the Eurasian Economic Union, abstained.")
    assert got == {("state:ARM", "org:eaeu"), ("state:BLR", "org:eaeu")}


def test_a_seat_held_in_a_bloc() -> None:
    assert members("Armenia, which holds a seat in the Eurasian Economic Union, buys Russian gas.") == \
        {("state:ARM", "org:eaeu")}
    assert members("Kazakhstan has a seat at the table in Astana.") == set()


def test_a_seat_at_a_table_or_held_as_an_observer_is_no_membership() -> None:
    assert members("Turkmenistan has a seat at the CIS table but votes on nothing.") == set()
    for body in ("Iran holds a seat in the Eurasian Economic Union only as an observer.",
                 "Serbia has a seat on the Eurasian Economic Union council as a guest."):
        assert all(f.get("role") != "member" for f in facts(body, "membership"))


def test_quoted_epithet_before_a_possessed_relation_noun() -> None:
    assert (frozenset(("state:IND", "state:PAK")), "rival") in _pairs("India, Pakistan's \"eternal\" rival, objected.")
    assert (frozenset(("state:ARM", "state:RUS")), "ally") in _pairs("Russia, Armenia's “time-tested” ally, stayed silent.")


def test_a_relation_found_or_seen_in_a_party() -> None:
    assert (frozenset(("state:IRN", "state:TKM")), "partner") in _pairs("Turkmenistan has quietly found a friend in Tehran.")
    assert (frozenset(("state:AZE", "state:TUR")), "ally") in _pairs("Azerbaijan sees a dependable ally in Ankara.")
    assert (frozenset(("state:CHN", "state:IND")), "rival") in _pairs("India sees a strategic rival in China.")
    assert _pairs("Kazakhstan sees a potential partner in Turkey.") == set()
    assert _pairs("Pakistan's diplomats found a hotel in Moscow.") == set()


def test_a_duration_after_a_plural_relation_noun_keeps_the_pair() -> None:
    assert (frozenset(("state:ARM", "state:AZE")), "adversary") in \
        _pairs("Azerbaijan and Armenia have been adversaries for three decades.")
    assert (frozenset(("state:IND", "state:RUS")), "ally") in _pairs("India and Russia have been allies for decades.")
    assert (frozenset(("state:GRC", "state:TUR")), "rival") in _pairs("Greece and Turkey have been rivals for generations.")


def test_founding_states_and_membership_granted() -> None:
    assert members("Tajikistan is among the founding states of the CSTO.") == {("state:TJK", "org:csto")}
    assert members("Kazakhstan was granted full membership in the SCO in 2001.") == {("state:KAZ", "org:sco")}
    assert members("Kazakhstan was offered membership in the SCO.") == set()


def test_an_owners_programme_heads_the_object() -> None:
    assert members("Moldova, a member of NATO's Partnership for Peace since 1994, abstained.") == \
        {("state:MDA", "program:pfp")}
    assert members("Moldova is a member of NATO's parliamentary assembly.") == set()


def test_a_joint_drill_named_by_the_pairs_compound() -> None:
    assert (frozenset(("state:KAZ", "state:KGZ")), "partner") in \
        _pairs("The first joint Kazakh-Kyrgyz mountain exercise was held in August.")
    assert _pairs("The planned Kazakh-Kyrgyz exercise was called off.") == set()


def test_a_relation_found_by_a_people_or_a_person_is_not_the_states() -> None:
    assert _pairs("Turkmen football fans found a friend in Ankara during the tournament.") == set()
    assert _pairs("Azerbaijan's chess champion sees a rival in Tehran.") == set()
    assert _pairs("An exiled Kyrgyz journalist found a protector in Vilnius.") == set()
    assert (frozenset(("state:CHN", "state:KGZ")), "partner") in \
        _pairs("The Kyrgyz government has found a generous backer in Beijing.")
    assert (frozenset(("state:RUS", "state:TJK")), "ally") in _pairs("Tajikistan, for its part, sees an ally in Moscow.")


def test_has_in_names_the_party_before_the_noun() -> None:
    got = _pairs("Georgia has in Turkey a trade partner and in Azerbaijan a transit partner.")
    assert (frozenset(("state:GEO", "state:TUR")), "partner") in got
    assert (frozenset(("state:AZE", "state:GEO")), "partner") not in got or len(got) == 2
    assert (frozenset(("state:IRN", "state:TJK")), "partner") in _pairs("Tajikistan has in Iran a cultural partner.")


def test_a_finding_told_as_past_is_no_relation() -> None:
    assert _pairs("Ukraine once saw a partner in Moscow, before 2014 changed everything.") == set()
    assert _pairs("Armenia used to see a protector in Moscow.") == set()


def test_a_suspended_or_last_drill_is_no_partnership() -> None:
    assert _pairs("Joint Tajik-Uzbek drills were suspended after the 2000 incursion.") == set()
    assert _pairs("The last joint Kazakh-Chinese border exercise took place in 2016.") == set()
    assert _pairs("Kyrgyz-Tajik military manoeuvres were halted in 2021.") == set()
    assert (frozenset(("state:KAZ", "state:RUS")), "partner") in _pairs("Kazakh-Russian tactical drills are held once a year.")
