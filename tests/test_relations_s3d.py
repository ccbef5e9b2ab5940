"""Relations on unseen wording (session 3d): armed groups in hostile cues, threat views,
wars declared on a state, copulas with an adverb before a possessive patron."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _rels(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["a"], f.args["b"], f.args["kind"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def test_armed_group_ceasefire_with_its_state() -> None:
    assert ("armed:ttp", "state:PAK", "adversary") in _rels("The TTP ended its ceasefire with Pakistan.")
    assert ("armed:ttp", "state:PAK", "adversary") in _rels(
        "The TTP, which has staged most attacks since ending its ceasefire with Islamabad, denied a role.")


def test_armed_group_insurgency_and_war_on_state() -> None:
    assert ("armed:bla", "state:PAK", "adversary") in _rels(
        "The Baloch Liberation Army has waged an insurgency against Pakistan for two decades.")
    assert ("armed:ttp", "state:PAK", "adversary") in _rels("The TTP has waged war on the Pakistani state.")


def test_armed_group_acting_abroad_is_not_its_own_relation() -> None:
    got = _rels("Afghanistan and Pakistan fought at the border. Taliban forces attacked Pakistani posts.")
    assert ("armed:taliban", "state:PAK", "adversary") not in got


def test_accusing_an_armed_group_is_no_relation() -> None:
    assert not any("armed:" in a or "armed:" in b for a, b, _ in _rels("Pakistan accused the TTP of the bombing."))


def test_views_as_threat_menace_foe() -> None:
    assert ("state:IRN", "state:PAK", "adversary") in _rels("Iran regards Pakistan as a mortal threat.")
    assert ("state:IRN", "state:PAK", "adversary") in _rels("Iran sees Pakistan as an existential menace.")
    assert ("state:AFG", "state:IRN", "adversary") in _rels("Kabul views Tehran as a foe.")


def test_declared_war_on() -> None:
    assert ("state:RUS", "state:UKR", "adversary") in _rels("Russia declared war on Ukraine.")
    assert not _rels("The war on terror led Pakistan to side with Washington.")


def test_its_war_with() -> None:
    assert ("state:IRN", "state:ISR", "adversary") in _rels("Iran, after its twelve-day war with Israel, rebuilt its air defences.")


def test_copula_adverb_before_possessive_patron() -> None:
    assert ("state:IND", "state:MDV", "partner") in _rels("Two years on, India is again the Maldives' most generous creditor.")
    assert ("state:IND", "state:MDV", "partner") in _rels("India is still the Maldives' largest donor.")
