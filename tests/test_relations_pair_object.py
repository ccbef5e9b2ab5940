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


def _relations(sentence: str) -> set[tuple[str, str, str]]:
    return {t for t in asserted_relation_triples(sentence) if t[2] in ("ally", "partner")}


def test_only_an_establishing_verb_takes_the_object() -> None:
    """A verb group that leaves, resists, wishes for, fears or charges another with the relation
    gives none; the verb must be one of the closed list (sign, form, agree, have …)."""
    for s in ("Armenia and Azerbaijan accused Turkey of building a military alliance in the region.",
              "Iran and Russia are wary of a new military alliance in the Caucasus.",
              "China and Russia worry about a new military alliance.",
              "India and Pakistan watched as a new military alliance took shape in the Gulf.",
              "Kazakhstan and Uzbekistan left a military alliance.",
              "Kazakhstan and Uzbekistan withdrew from a military alliance.",
              "Kazakhstan and Uzbekistan stayed out of a military alliance.",
              "Kazakhstan and Uzbekistan have resisted a military alliance.",
              "Turkey and Qatar may one day form a military alliance.",
              "Turkey and Qatar are unlikely to form a military alliance.",
              "Turkey and Qatar have little interest in a military alliance.",
              "Turkey and Qatar dismissed talk of a military alliance.",
              "Kazakhstan and Uzbekistan hope for a strategic partnership.",
              "Kazakhstan and Uzbekistan are negotiating a strategic partnership.",
              "Georgia and Ukraine both seek a strategic partnership treaty with the European Union.",
              "Kazakhstan and Russia held talks, and officials said a strategic partnership was not on the table.",
              "Trade between Kazakhstan and Russia grew, and a strategic partnership followed.",
              "Mongolia and Laos could one day sign a strategic partnership.",
              "Nepal and Bhutan quit their military alliance in 1990."):
        assert not _relations(s), s


def test_establishing_verbs_keep_the_relation() -> None:
    assert ("state:QAT", "state:TUR", "ally") in _relations("Turkey and Qatar formed a military alliance in 2017.")
    assert ("state:KAZ", "state:UZB", "partner") in _relations("Kazakhstan and Uzbekistan have a strategic partnership.")
    assert ("state:KAZ", "state:UZB", "partner") in _relations(
        "Kazakhstan and Uzbekistan upgraded their ties to a strategic partnership.")
    assert ("state:KAZ", "state:UZB", "partner") in _relations(
        "The presidents of Kazakhstan and Uzbekistan agreed to establish a strategic partnership in May.")


def test_object_in_apposition_to_a_named_document() -> None:
    assert ("state:KAZ", "state:UZB", "partner") in _relations(
        "Kazakhstan and Uzbekistan signed the Treaty of Tashkent, a strategic partnership.")
    assert not _relations("Kazakhstan and Uzbekistan left the Collective Security Treaty Organization, a military alliance.")
    assert not _relations("Kazakhstan and Uzbekistan may sign the Treaty of Tashkent, a strategic partnership.")
