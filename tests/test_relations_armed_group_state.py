"""An armed group against a state (own sentences): a group's members killed by a state's force
("strikes killed militants belonging to G and the H"), and a bare "the government" in a sentence
that names an armed group standing for the one state the sentence (or the one before) names;
near misses: a government possessed or named, two states, no armed group."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_members_killed_by_a_state() -> None:
    found = asserted_relation_triples(
        'Pakistan said its drones had killed "several terrorists" belonging to the Baloch Liberation Army '
        "and the Tehrik-e-Taliban Pakistan.")
    assert ("armed:bla", "state:PAK", "adversary") in found
    assert ("armed:ttp", "state:PAK", "adversary") in found


def test_the_government_of_the_sentence_state() -> None:
    assert ("armed:ttp", "state:PAK", "adversary") in asserted_relation_triples(
        "Attacks rose in Pakistan after the Tehrik-e-Taliban Pakistan ended its truce with the government.")
    assert ("armed:bla", "state:PAK", "adversary") in asserted_relation_triples(
        "The Baloch Liberation Army has waged war on the government since 2004 in Pakistan.")


def test_near_misses() -> None:
    # the group's members killing others: no state's force
    assert not asserted_relation_triples("Militants of the Baloch Liberation Army killed members of a family.")
    # two states named: "the government" is not resolved
    found = asserted_relation_triples(
        "In Pakistan and Iran the Baloch Liberation Army ended its truce with the government.")
    assert ("armed:bla", "state:IRN", "adversary") not in found
    # no armed group: "the government" is left alone
    assert not asserted_relation_triples("Trade with the government of Pakistan grew, the ministry in Kazakhstan said.")
