"""An armed group as a party of a "relations with" predicate or of an apposition ("X, an ally of
the group"), and a relationship that "fell apart"; a verb cue with a group stays out."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def test_relations_with_an_armed_group() -> None:
    assert ("armed:taliban", "state:PAK", "rival") in _rels("Talks stalled as Pakistan's relations with the Taliban fell apart.")
    assert ("armed:taliban", "armed:ttp", "ally") in _rels(
        "The TTP, an ally of the Afghan Taliban, called off its truce in November.")
    assert ("state:KEN", "state:PER", "rival") in _rels("Relations between Kenya and Peru fell apart in 2019.")


def test_armed_group_near_misses() -> None:
    # a relations noun with no predicate telling how they stand
    assert not _rels("Pakistan's relations with the Taliban were discussed in Doha.")
    # trade told of, not the relations
    assert not _rels("Pakistan's trade with the Taliban fell apart.")
