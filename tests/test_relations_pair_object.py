"""A coordinated pair and the relation its verb group takes as object, whatever the verb ("X and Y
announced a strategic partnership", "the two governments unveiled a strategic partnership" after a
visit, leaders standing for their states), and the near misses: a verb group that ends or refuses
the relation, an object that is another pair's alliance, a partnership "with" a third party."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_any_verb_with_a_partnership_object() -> None:
    assert ("state:MNG", "state:VNM", "partner") in asserted_relation_triples(
        "Mongolia and Vietnam unveiled a comprehensive partnership in Hanoi last year.")
    assert ("state:KAZ", "state:KOR", "partner") in asserted_relation_triples(
        "Astana and Seoul have agreed to move toward a strategic partnership framework.")
    assert ("state:NPL", "state:QAT", "partner") in asserted_relation_triples(
        "Nepal and Qatar initialled a declaration on strategic partnership in Doha.")


def test_leaders_and_the_two_sides_of_a_visit() -> None:
    found = asserted_relation_triples(
        "During a visit by President Tokayev to Hungary in May, the two governments unveiled a strategic partnership.")
    assert ("state:HUN", "state:KAZ", "partner") in found


def test_near_misses() -> None:
    assert not asserted_relation_triples("Mongolia and Vietnam suspended their strategic partnership in March.")
    assert not asserted_relation_triples("Mongolia and Vietnam rejected a strategic partnership with Laos.")
    assert not asserted_relation_triples("Iran and Syria condemned a new military alliance of Gulf monarchies.")
    assert not asserted_relation_triples("Mongolia and Vietnam never built a strategic partnership.")
