"""Adversaries inferred from the article's war attacks (relations/hostile.py), own sentences: a
directed attack told as a war, an offensive or a seizure of territory makes attacker and target
adversaries; a war told in halves (its attacker in one sentence, its target in another) joins its
only attacker and only target.  One-off incidents, a relation the article tells otherwise and a
war sentence about other states tell no such relation."""

from __future__ import annotations

from dateline_facts import BAKU, relation_triples

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _relations(body: str) -> list:
    return [f for aa in analyse_source(Source("t.txt", BAKU + body + "\n"))
            for f in aa.extraction.facts if f.type == "relation"]


def test_seizure_of_territory_makes_adversaries() -> None:
    got = _relations("Armenian forces occupied Azerbaijan's Lachin district in 1992.")
    rel = [f for f in got if (f.args["a"], f.args["b"], f.args["kind"]) == ("state:ARM", "state:AZE", "adversary")]
    assert rel and "attack by ARM on AZE" in rel[0].inferences["kind"]


def test_war_told_in_halves_joins_its_attacker_and_target() -> None:
    assert ("state:KAZ", "state:KGZ", "adversary") in relation_triples(
        "On May 3, 2019, Kazakhstan launched an offensive that took the border posts within a day. "
        "Drone strikes on Kyrgyz bunkers during the war killed ten soldiers.")


def test_one_off_incident_is_no_relation() -> None:
    assert not any({a, b} == {"state:RUS", "state:GEO"}
                   for a, b, _ in relation_triples("A Russian jet shot down a Georgian drone over Abkhazia in 2009."))


def test_relation_told_otherwise_is_kept() -> None:
    got = relation_triples("Armenia and Azerbaijan are partners. Armenian forces occupied Azerbaijan's Lachin district in 1992.")
    assert ("state:ARM", "state:AZE", "partner") in got
    assert ("state:ARM", "state:AZE", "adversary") not in got


def test_target_only_attack_without_attacker_is_no_relation() -> None:
    got = relation_triples("Drone strikes on Kyrgyz bunkers during the war killed ten soldiers.")
    assert not any("state:KGZ" in (a, b) for a, b, _ in got)


def test_maker_or_source_of_weapons_is_no_party() -> None:
    got = relation_triples("Russian missiles were used against Georgian troops in the 2008 war.")
    assert ("state:GEO", "state:RUS", "adversary") not in got
    got = relation_triples("Uzbekistan won its 2019 war with rifles bought from Italy.")
    assert not any("state:ITA" in (a, b) and k == "adversary" for a, b, k in got)
