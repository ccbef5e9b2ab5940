"""Relations told through general structures (own sentences): a coordinated list of hosts of a
state's forces, the enemy named behind a maker modifier ("a Turkish-equipped Y"), a threat seen
from a party's standpoint, a gapped second clause ("Z its ally"), a sentence opening on the
relation itself ("The rivalry with Y …"), a pair's own words for its bond, a pair anaphor whose
relative clause tells its wars, and denied relations (none); with near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples as triples


def test_every_host_of_a_list() -> None:
    assert {("state:ARM", "state:RUS", "partner"), ("state:RUS", "state:TJK", "partner")} <= triples(
        "Both Armenia and Tajikistan host Russian military bases.")
    got = triples("Kazakhstan, Kyrgyzstan and Tajikistan each host Russian military facilities.")
    assert {("state:KAZ", "state:RUS", "partner"), ("state:KGZ", "state:RUS", "partner")} <= got
    assert not triples("Both Armenia and Georgia hosted Russian tourists in record numbers last summer.")


def test_enemy_behind_a_maker_modifier() -> None:
    got = triples("Armenia, which fought the 2020 war against a Turkish-equipped Azerbaijan, has turned to India for artillery.")
    assert ("state:ARM", "state:AZE", "adversary") in got
    assert ("state:ARM", "state:TUR", "adversary") not in got
    got = triples("India fought a brief air war against a Chinese-equipped Pakistan in May.")
    assert ("state:IND", "state:PAK", "adversary") in got and ("state:CHN", "state:IND", "adversary") not in got


def test_threat_seen_from_a_standpoint() -> None:
    assert ("state:ARM", "state:TUR", "adversary") in triples("For Armenia, Türkiye remains the main military threat.")
    assert ("state:AZE", "state:IRN", "adversary") in triples("For Baku, Iran is the most serious threat in the region.")
    assert not triples("For Armenia, the main threat is inflation.")
    assert ("state:CHN", "state:KAZ", "adversary") not in triples("For Kazakhstan, China is no threat but a partner.")


def test_gapped_second_clause() -> None:
    got = triples("Israel remains Azerbaijan's partner, Türkiye its ally.")
    assert {("state:AZE", "state:TUR", "ally"), ("state:AZE", "state:ISR", "partner")} <= got
    assert ("state:PAK", "state:SAU", "partner") in triples(
        "China is Pakistan's closest partner and Saudi Arabia its main creditor.")
    got = triples("Russia is Armenia's treaty ally, Iran its largest neighbour by area.")
    assert ("state:ARM", "state:RUS", "ally") in got
    assert not {t for t in got if "state:IRN" in t}


def test_sentence_opening_on_the_relation() -> None:
    assert ("state:ARM", "state:AZE", "rival") in triples(
        "Armenia has bought French radars. Armenia also ordered Indian howitzers in 2023, and Armenia plans more. "
        "The rivalry with Baku drives every purchase.")
    assert ("state:FRA", "state:GEO", "partner") in triples(
        "Georgia signed a deal with France. Georgia will buy radars. Georgia also trains pilots. "
        "The partnership with Paris covers air defence.")
    assert not triples("Kazakhstan held elections in March. Kazakhstan counted votes fast. Kazakhstan reported turnout. "
                       "The rivalry with Moscow's own candidates was not mentioned.")


def test_a_pair_own_words_for_its_bond() -> None:
    assert ("state:AZE", "state:TUR", "ally") in triples('Azerbaijan and Türkiye call themselves "one nation, two states".')
    assert ("state:AZE", "state:TUR", "ally") in triples("Ankara and Baku speak of brotherly ties.")
    assert ("state:KAZ", "state:UZB", "ally") in triples("Kazakhstan and Uzbekistan often speak of their fraternal relations.")
    assert not triples("Officials in Ankara and Baku speak of new trade routes.")


def test_pair_anaphor_with_a_relative_of_war() -> None:
    assert ("state:KGZ", "state:TJK", "adversary") in triples(
        "Kyrgyzstan and Tajikistan signed a border treaty. Trade between the two countries, which clashed in 2022, has grown.")
    assert ("state:ARM", "state:AZE", "adversary") in triples(
        "Aliyev praised the deal, while Pashinyan spoke of a new page in relations between the neighbours, who fought two wars.")
    assert ("state:KAZ", "state:UZB", "adversary") not in triples(
        "Kazakhstan and Uzbekistan signed a water deal. Trade between the neighbours, which fought alongside each other in 1941, has grown.")


def test_denied_relations_give_none() -> None:
    assert not triples("Iran denied it was Russia's ally.")
    assert not triples("Kazakhstan is no ally of Russia in this war, Tokayev said.")
    assert not triples("India is not Russia's ally, the minister insisted.")
    assert ("state:ARM", "state:RUS", "ally") in triples("Armenia, Russia's formal ally, denied sending arms to Ukraine.")
