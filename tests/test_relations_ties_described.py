"""Relations told through descriptions of ties (own sentences): a relation noun with a predicate
("X's relations with Y remain strained"), a bare relation noun as the article's state's, the pair's
own ties described ("describe their ties as brotherly"), a pair's possessed pact or partnership,
"the two countries" naming the pair opened earlier, "with" cues (treaties, no diplomatic relations,
defence ties), ties by treaty, clashes, bases kept on another's soil, upgrades by a coordinated
subject, friendship treaties; near misses (a group as viewer across clauses)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples, pairs


def test_relations_with_predicate() -> None:
    assert ("state:AFG", "state:PAK", "rival") in asserted_relation_triples("Pakistan's ties with Afghanistan remain tense.")
    assert ("state:IND", "state:IRN", "partner") in asserted_relation_triples("India's relationship with Iran has been described as cordial.")
    assert not asserted_relation_triples("The EU's talks on relations with Iran remain tense.")


def test_described_ties_and_possessed_pacts() -> None:
    assert ("state:AZE", "state:TUR", "ally") in asserted_relation_triples("Baku and Ankara describe their ties as a brotherly relationship.")
    assert ("state:AZE", "state:TUR", "ally") in asserted_relation_triples("Aliyev and Erdogan hailed their brotherly ties.")
    assert ("state:AZE", "state:TUR", "ally") in asserted_relation_triples(
        "Azerbaijan and Türkiye met. The two countries' defence pact obliges each to assist the other.")
    assert ("state:JPN", "state:MNG", "partner") in asserted_relation_triples(
        "Mongolia and Japan met on Friday. The two countries' strategic partnership has never been closer.")
    assert ("state:AZE", "state:TUR", "ally") in asserted_relation_triples(
        "Azerbaijan and Türkiye opened drills, marking four years since the two countries signed their mutual defence treaty.")


def test_same_sentence_pair_near_miss() -> None:
    got = asserted_relation_triples("Azerbaijan and Türkiye opened drills, while Armenia said the two countries signed a mutual defence treaty.")
    assert ("state:AZE", "state:TUR", "ally") not in got


def test_clash_and_bases() -> None:
    assert ("state:CHN", "state:IND", "adversary") in asserted_relation_triples("Twenty Indian soldiers were killed in a clash with Chinese troops.")
    assert not asserted_relation_triples("Three Turkmen border guards were killed in a clash with Afghan gunmen.")
    assert ("state:RUS", "state:TJK", "partner") in asserted_relation_triples("Russia keeps its 201st military base in Tajikistan.")
    assert ("state:KGZ", "state:RUS", "partner") in asserted_relation_triples("Russia maintains an air base in Kyrgyzstan.")


def test_upgrades_by_pair_or_apposition() -> None:
    assert ("state:KAZ", "state:TUR", "partner") in asserted_relation_triples(
        "President Tokayev and President Erdoğan raised relations to an enhanced strategic partnership.")
    assert ("state:KAZ", "state:TUR", "partner") in asserted_relation_triples(
        "Kazakhstan and Türkiye raised relations to an enhanced strategic partnership.")
    assert ("state:CHN", "state:TKM", "partner") in asserted_relation_triples(
        "Turkmenistan raised relations with China, its main gas buyer, to a comprehensive strategic partnership.")


def test_group_is_no_viewer_across_clauses() -> None:
    got = asserted_relation_triples("China and the five Central Asian states signed a treaty in Astana, and Beijing calls Kazakhstan its partner.")
    assert not any("state:KAZ" in (a, b) and "state:CHN" not in (a, b) for a, b, _ in got)


def test_bare_relation_noun_is_the_articles_state() -> None:
    assert ("state:GEO", "state:RUS", "rival") in asserted_relation_triples(
        "Georgia held elections in October. Relations with Russia deteriorated sharply after the vote.")
    assert ("state:ARM", "state:IRN", "partner") in asserted_relation_triples("Armenia opened a consulate. Ties with Iran have grown closer since 2020.")
    assert not asserted_relation_triples("Armenia opened a consulate. Relations with Iran were discussed at the meeting.")


def test_friendship_treaties_leaders_and_appeals() -> None:
    assert ("state:CHN", "state:KGZ", "partner") in asserted_relation_triples("Kyrgyzstan and China signed a treaty of good-neighbourliness and friendship.")
    assert ("state:KAZ", "state:TUR", "partner") in asserted_relation_triples(
        "During Tokayev's visit to Ankara, he and Erdoğan signed a declaration on strategic partnership.")
    assert not asserted_relation_triples("China and the five Central Asian states signed a treaty of permanent good-neighbourliness.")
    assert not asserted_relation_triples("Armenia and Russia discussed a treaty of friendship but signed nothing.")
    assert ("state:ARM", "state:RUS", "ally") in asserted_relation_triples("Yerevan appealed to Moscow under a 1997 friendship treaty.")


def test_with_cues_and_relative_subject() -> None:
    assert ("state:PHL", "state:USA", "ally") in pairs("Manila has a mutual defence treaty with Washington.")
    got = pairs("Georgia, which left the CIS in 2009, has had no diplomatic relations with Russia since 2008.")
    assert ("state:GEO", "state:RUS", "rival") in got
    assert ("state:IND", "state:MNG", "partner") in pairs("India's defence ties with Mongolia have grown.")


def test_tied_by_treaty() -> None:
    assert ("state:AUS", "state:PNG", "ally") in pairs(
        "Papua New Guinea, tied to Australia by treaty and by a military mission on its soil, "
        "keeps Beijing at arm's length.")
