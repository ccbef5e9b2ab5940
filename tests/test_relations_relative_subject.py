"""The subject of a relation cue inside a relative clause is the relative's antecedent ("X, which
signed a strategic partnership with Y"), and "its" after an apposition or relative aside that
closes before the verb phrase is the subject's ("X, an ally of Z that fought beside it, called off
its truce with Y"), not the aside's party."""

from __future__ import annotations

from dateline_facts import relation_triples


def test_relative_clause_verb_phrase() -> None:
    got = relation_triples("Kenya, which signed a strategic partnership with Peru in March 2022, sold it drones.")
    assert ("state:KEN", "state:PER", "partner") in got
    assert ("state:KEN", "state:PER", "ally") in relation_triples("Kenya, which is allied with Peru, sold it drones.")


def test_relative_clause_with_another_party_is_not_the_antecedent() -> None:
    got = relation_triples("Kenya, which sold drones to Chile and accused Peru of spying, said nothing.")
    assert ("state:CHL", "state:KEN", "rival") not in got


def test_its_after_apposition_is_the_subject() -> None:
    got = relation_triples("The TTP, an ally of the Afghan Taliban that fought beside it for years, called off "
                           "its truce with Pakistan in November 2022.")
    assert ("armed:ttp", "state:PAK", "adversary") in got
    got = relation_triples("Kenya, a partner of Chile, has deepened its ties with Peru.")
    assert ("state:KEN", "state:PER", "partner") in got
    assert ("state:CHL", "state:PER", "partner") not in got
