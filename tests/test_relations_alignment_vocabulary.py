"""The general vocabulary of alignment (own sentences): taking a side (stands by, sided with,
rallied behind), leaning (tilted towards), closeness (is close to X and Y), friendliness, support
of a party's course, patrons' clients, competitors, opposition and hostility towards a party, a
gapped second view ("X as an ally and Y as a partner"), and their near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_taking_sides_and_leaning() -> None:
    assert ("state:ARM", "state:FRA", "partner") in asserted_relation_triples("Paris has said it stands by Yerevan.")
    assert ("state:GEO", "state:UKR", "partner") in asserted_relation_triples("Georgia sided with Ukraine in the vote.")
    assert ("state:MNG", "state:USA", "partner") in asserted_relation_triples("Washington stood firmly behind Mongolia.")
    assert ("state:CHN", "state:LKA", "partner") in asserted_relation_triples("Sri Lanka has tilted towards China since 2015.")
    assert ("state:IRN", "state:TKM", "partner") in asserted_relation_triples("Turkmenistan has partnered with Iran on gas swaps.")


def test_closeness_friendliness_and_support() -> None:
    found = asserted_relation_triples("Kyrgyzstan, which is itself close to Russia and Belarus, abstained.")
    assert ("state:KGZ", "state:RUS", "partner") in found
    assert ("state:BLR", "state:KGZ", "partner") in found
    assert ("state:KOR", "state:MNG", "partner") in asserted_relation_triples("Mongolia remains very friendly to South Korea.")
    assert ("state:ARM", "state:IRN", "partner") in asserted_relation_triples("Iran is supportive of Armenia on the corridor issue.")
    assert ("state:RUS", "state:SRB", "partner") in asserted_relation_triples("Moscow backed the position of Serbia at the talks.")
    assert ("state:RUS", "state:TJK", "partner") in asserted_relation_triples("Tajikistan is a client of Russia.")
    assert ("state:CHN", "state:KHM", "partner") in asserted_relation_triples("Cambodia is China's closest client.")
    assert ("state:BLR", "state:RUS", "partner") in asserted_relation_triples("Belarus is a loyal friend of Russia.")


def test_competition_opposition_hostility() -> None:
    assert ("state:CHN", "state:IND", "rival") in asserted_relation_triples("India is China's main competitor in Nepal.")
    assert ("state:RUS", "state:TUR", "rival") in asserted_relation_triples("Turkey and Russia are at odds over Libya.")
    assert ("state:AZE", "state:IRN", "rival") in asserted_relation_triples("Tehran openly opposes Baku on the corridor.")
    assert ("state:IND", "state:PAK", "rival") in asserted_relation_triples("Pakistan's hostility towards India shapes its doctrine.")


def test_gapped_second_view() -> None:
    found = asserted_relation_triples("Uzbekistan treats Russia as an ally and Japan as a key partner.")
    assert ("state:RUS", "state:UZB", "ally") in found
    assert ("state:JPN", "state:UZB", "partner") in found
    # a second object with no "as" of its own is not a second view
    assert ("state:JPN", "state:UZB", "partner") not in asserted_relation_triples(
        "Uzbekistan treats Russia as an ally and Japan buys its gas.")


def test_near_misses() -> None:
    # closeness to a place, an amount, or a ministry's sources: no party follows "close to"
    assert not asserted_relation_triples("Iranian troops drilled close to the Azerbaijani border.")
    assert not asserted_relation_triples("Sources close to the Uzbek defence ministry said so.")
    assert not asserted_relation_triples("The budget came close to 400 billion rupees in Pakistan.")
    # solidarity with a people, condolences: not a side taken between states
    assert not asserted_relation_triples("Britain stands with the Georgian people, the minister said.")
    # a drift told by a critic is a trend, not alignment
    assert not asserted_relation_triples("Moscow warned that Armenia's drift towards NATO was dangerous.")
    # opposing a policy or a party's plan is not opposing the party
    assert not asserted_relation_triples("China opposed the sanctions on Iran.")
    assert not asserted_relation_triples("India opposes Pakistan's membership of the group.")
    # supporting steps of an international body is not alignment between states
    assert not asserted_relation_triples("India supported the steps taken by the United Nations.")
    # being the patron's "client" denied or told as a refusal
    assert not asserted_relation_triples("The thread is a refusal to be anyone's client.")


def test_view_from_a_fronted_party() -> None:
    assert ("state:CHN", "state:IND", "rival") in asserted_relation_triples("For India, China remains the main competitor in Nepal.")
    assert ("state:ARM", "state:IRN", "partner") in asserted_relation_triples("For Armenia, meanwhile, Iran is a friend.")
    # not a relation noun, a noun of another party, or a denial
    assert not asserted_relation_triples("For Russia, Kazakhstan is a market of 20 million people.")
    assert ("state:CHN", "state:KAZ", "partner") not in asserted_relation_triples("For Kazakhstan, China is a partner of Russia.")
    assert ("state:IND", "state:PAK", "partner") not in asserted_relation_triples("For India, Pakistan is not a partner.")


def test_demonym_qualified_relation_noun() -> None:
    assert ("state:RUS", "state:TJK", "partner") in asserted_relation_triples("Tajikistan remains a Russian security client.")
    assert ("state:BLR", "state:RUS", "ally") in asserted_relation_triples("Belarus is a close Russian ally.")
    # a demonym that is not the other party of a relation noun
    assert not asserted_relation_triples("Armenia is a Russian-speaking country.")
    assert ("state:IRN", "state:PAK", "partner") not in asserted_relation_triples("Pakistan is a Chinese partner in the port.")
