"""Relations in common wording families (own sentences): partner wordings (warm relations,
friendly ties, forged partnerships, cooperation, backing, guarantors), ally and hostile wordings
(allied by treaty, mutual defence, iron brothers, vying and competing for influence, hostilities,
clashes, conflicts), and their near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_partner_families() -> None:
    assert ("state:AZE", "state:GEO", "partner") in asserted_relation_triples("Georgia enjoys warm relations with Azerbaijan.")
    assert ("state:KAZ", "state:KGZ", "partner") in asserted_relation_triples("The friendly ties between Astana and Bishkek were evident.")
    assert ("state:JPN", "state:UZB", "partner") in asserted_relation_triples("Uzbekistan and Japan have forged a strategic partnership.")
    assert ("state:IND", "state:MNG", "partner") in asserted_relation_triples("Mongolia and India stepped up defence cooperation.")
    assert ("state:AZE", "state:KAZ", "partner") in asserted_relation_triples("Cooperation between Kazakhstan and Azerbaijan has expanded.")
    assert ("state:ARM", "state:FRA", "partner") in asserted_relation_triples("France has emerged as Armenia's leading security partner.")
    assert ("state:ARM", "state:RUS", "partner") in asserted_relation_triples("Russia long served as Armenia's security guarantor.")
    assert ("state:KGZ", "state:USA", "partner") in asserted_relation_triples("Kyrgyzstan's opening to the United States was brief.")
    assert ("state:ARM", "state:FRA", "partner") in asserted_relation_triples("France's backing for Armenia angered Baku.")
    assert ("state:AZE", "state:TUR", "partner") in asserted_relation_triples("Turkey openly backs Azerbaijan.")
    assert ("state:EGY", "state:UZB", "partner") in asserted_relation_triples("Uzbekistan counts Egypt as its most valued partner.")
    assert ("org:eu", "state:KAZ", "partner") in asserted_relation_triples("Kazakhstan has become an important partner for the European Union.")


def test_ally_and_hostile_families() -> None:
    assert ("state:ARM", "state:RUS", "ally") in asserted_relation_triples("Armenia is allied to Russia by treaty obligations.")
    assert ("state:BLR", "state:RUS", "ally") in asserted_relation_triples("Russia and Belarus share a mutual defence commitment.")
    assert ("state:KGZ", "state:RUS", "ally") in asserted_relation_triples("Kyrgyzstan remains Russia's most loyal ally.")
    assert ("state:CHN", "state:PAK", "ally") in asserted_relation_triples("China and Pakistan call each other iron brothers.")
    assert ("state:IRN", "state:SAU", "rival") in asserted_relation_triples("Iran and Saudi Arabia vie for influence in Iraq.")
    assert ("state:CHN", "state:RUS", "rival") in asserted_relation_triples("The competition for influence between Russia and China is growing.")
    assert ("state:CHN", "state:IND", "rival") in asserted_relation_triples("India competes with China for influence in Nepal.")
    assert ("state:AZE", "state:IRN", "rival") in asserted_relation_triples("Tehran has strained relations with Baku.")
    assert ("state:ARM", "state:AZE", "adversary") in asserted_relation_triples("Hostilities between Armenia and Azerbaijan resumed.")
    assert ("state:ARM", "state:AZE", "adversary") in asserted_relation_triples("Armenian and Azerbaijani troops clashed near Sotk.")
    assert ("state:ARM", "state:AZE", "adversary") in asserted_relation_triples("Armenia's conflict with Azerbaijan dominated the talks.")
    assert ("state:IND", "state:IRN", "partner") in asserted_relation_triples("Iran and India are old friends.")


def test_wording_near_misses() -> None:
    assert not asserted_relation_triples("Iran has no rivalry with Turkmenistan.")
    assert not asserted_relation_triples("Kazakhstan has never fought a war with China.")
    assert not asserted_relation_triples("Uzbekistan supported the Russian-drafted resolution.")
    assert not asserted_relation_triples("The law is in conflict with Georgia's constitution.")
    assert not asserted_relation_triples("Armenian and Azerbaijani diplomats clashed over the wording at the talks.")
    assert not asserted_relation_triples("China's competition with India in textiles is fierce.")
    assert ("state:JPN", "state:USA", "partner") not in asserted_relation_triples(
        "Mongolia calls Japan and the United States its third neighbours and has built a strategic partnership with Tokyo.")
