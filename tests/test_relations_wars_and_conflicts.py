"""Hostile relations told by wars and conflicts (own sentences): war declared on a state, "its war
with", a war named in a fronted time clause linking the main clause's subject and the war's other
party, pairs in a dispute or at war, soldiers facing each other and a ceasefire between
belligerents; the war on terror, wars of others and talks are near misses."""

from __future__ import annotations

from dateline_facts import pairs, relation_triples


def test_declared_war_on() -> None:
    assert ("state:RUS", "state:UKR", "adversary") in relation_triples("Russia declared war on Ukraine.")
    assert not relation_triples("The war on terror led Pakistan to side with Washington.")


def test_its_war_with() -> None:
    assert ("state:IRN", "state:ISR", "adversary") in relation_triples("Iran, after its twelve-day war with Israel, rebuilt its air defences.")


def test_fronted_war_clause_links_main_subject() -> None:
    assert ("state:ARM", "state:AZE", "adversary") in relation_triples("After its war with Armenia, Azerbaijan bought more drones.")
    assert ("state:GEO", "state:RUS", "adversary") in relation_triples("Following its 2008 war with Russia, Georgia left the CIS.")
    assert ("state:IRN", "state:ISR", "adversary") in relation_triples(
        "After the short war with Israel ended in June, Iranian officials expelled many migrants.")
    assert ("state:IRN", "state:ISR", "adversary") in relation_triples(
        "After the war with Israel ended, Iranian officials, who blamed Afghans for leaks, expelled migrants.")


def test_fronted_war_clause_near_misses() -> None:
    assert not any(k == "adversary" for _, _, k in relation_triples("After the war with Israel, analysts said Russia would help."))
    got = relation_triples("During the war with Armenia, Israel supplied Azerbaijan with drones.")
    assert ("state:ARM", "state:ISR", "adversary") not in got
    assert not relation_triples("After the talks with Israel, Iran cracked down on smugglers.")


def test_pair_subject_disputes_and_wars() -> None:
    assert ("state:CHN", "state:PHL", "rival") in pairs("China and the Philippines are locked in a dispute over a shoal.")
    assert ("state:KOR", "state:PRK", "rival") in pairs("North Korea and South Korea, still at war, remain fierce rivals.")
    assert ("state:CHN", "state:IND", "adversary") in pairs("India and China, whose troops clashed in 2020, met.")


def test_soldiers_faced_each_other() -> None:
    assert ("state:CHN", "state:IND", "rival") in pairs(
        "In 2017 Indian and Chinese soldiers faced each other at the plateau for weeks.")


def test_ceasefire_between_belligerents() -> None:
    assert ("state:ARM", "state:AZE", "adversary") in pairs(
        "The ceasefire between Armenia and Azerbaijan was broken again in May.")
