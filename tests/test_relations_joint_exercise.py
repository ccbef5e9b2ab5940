"""Joint exercises: the two coordinated sides (states, their demonyms with a force noun, their
armed forces) of an exercise told as shared are partners; not a multinational drill, not two
states each holding exercises, not another verb's object."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nHANOI, 3 March 2024 — ")


def test_joint_drill_of_two_forces() -> None:
    assert ("state:IND", "state:VNM", "partner") in _rels(
        "In May, Indian and Vietnamese units held a joint naval drill off Da Nang.")
    assert ("state:IND", "state:VNM", "partner") in _rels(
        "Vietnam's army and Indian troops held counter-terrorism drills near Hanoi in 2019.")
    assert ("state:IND", "state:VNM", "partner") in _rels("Vietnam and India held their first joint exercise in 2023.")


def test_exercise_near_misses() -> None:
    assert not _rels("Some 2,000 Russian, Lao and Vietnamese troops exercised together near Vinh.")
    assert not _rels("Cambodia and Vietnam held exercises near the border.")
    assert not _rels("Vietnam bought jets and India held drills.")
    assert not _rels("Vietnam and India held talks on drills.")
