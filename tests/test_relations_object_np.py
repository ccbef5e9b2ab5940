"""A verb cue's party is its object's head: a state named in a phrase after another noun ("blamed
the war in Ukraine", "accused it of helping Russia") is not the one blamed or turned to."""

from __future__ import annotations

from dateline_facts import relation_triples


def test_state_after_another_noun_is_not_the_object() -> None:
    assert not relation_triples("Kenya has blamed the war in Peru for the delays.")
    assert not relation_triples("The ministry sanctioned a bank, accusing it of helping Peru evade sanctions.")


def test_state_as_object() -> None:
    assert ("state:KEN", "state:PER", "rival") in relation_triples("Kenya has blamed Peru for the delays.")
    assert ("state:KEN", "state:PER", "partner") in relation_triples("Kenya turned to Peru for weapons.")


def test_prepositional_object_is_not_the_antecedent_of_its() -> None:
    got = relation_triples("Kenya, by contrast, barely depends on Peru at all: Chile supplied 69 percent of its "
                           "imports in 2016–2024.")
    assert ("state:CHL", "state:KEN", "partner") in got
    assert ("state:CHL", "state:PER", "partner") not in got
