"""Relations of armed groups (own sentences): a group ending its ceasefire with a state, waging an
insurgency or war on it, and "the group" naming the armed group told before are adversaries of the
state; a group acting abroad or a state accusing a group tells no relation."""

from __future__ import annotations

from dateline_facts import relation_triples


def test_armed_group_ceasefire_with_its_state() -> None:
    assert ("armed:ttp", "state:PAK", "adversary") in relation_triples("The TTP ended its ceasefire with Pakistan.")
    assert ("armed:ttp", "state:PAK", "adversary") in relation_triples(
        "The TTP, which has staged most attacks since ending its ceasefire with Islamabad, denied a role.")


def test_armed_group_insurgency_and_war_on_state() -> None:
    assert ("armed:bla", "state:PAK", "adversary") in relation_triples(
        "The Baloch Liberation Army has waged an insurgency against Pakistan for two decades.")
    assert ("armed:ttp", "state:PAK", "adversary") in relation_triples("The TTP has waged war on the Pakistani state.")


def test_armed_group_acting_abroad_is_not_its_own_relation() -> None:
    got = relation_triples("Afghanistan and Pakistan fought at the border. Taliban forces attacked Pakistani posts.")
    assert ("armed:taliban", "state:PAK", "adversary") not in got


def test_accusing_an_armed_group_is_no_relation() -> None:
    assert not any("armed:" in a or "armed:" in b for a, b, _ in relation_triples("Pakistan accused the TTP of the bombing."))


def test_the_group_as_armed_group() -> None:
    assert ("armed:ttp", "state:PAK", "adversary") in relation_triples(
        "The TTP killed ten soldiers. Pakistan launched strikes against the group.")
    assert not relation_triples("Gazprom signed a deal with the TTP. Russia said the group of states was its partner.")
