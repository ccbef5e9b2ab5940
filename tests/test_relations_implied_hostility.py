"""Hostility implied by fighting (own sentences): an armed group attacking the forces of the state the
gazetteer places it in is that state's adversary, and one state's forces striking another's positions,
land or cities make the two adversaries, each recorded as an inference; and their near misses (a
foreign place or state in the sentence, a hedged attack, a group named after the attack only, a
speaker rather than an attacker, an arms supplier's drones)."""

from __future__ import annotations

from event_facts import BYLINE, source_facts

from silkgraph.model import Fact


def _relations(body: str) -> list[Fact]:
    return source_facts(BYLINE + body, "relation")


def _triples(body: str) -> set[tuple[str, str, str]]:
    return {(str(f.args["a"]), str(f.args["b"]), str(f.args["kind"])) for f in _relations(body)}


def test_insurgents_attacking_their_state_forces() -> None:
    found = _relations("Pakistan's interior ministry says the TTP has killed dozens of policemen in Bannu this year.")
    adv = [f for f in found if f.args["kind"] == "adversary"]
    assert [(f.args["a"], f.args["b"]) for f in adv] == [("armed:ttp", "state:PAK")]
    assert adv[0].inferences["kind"].startswith("adversary: armed group ttp attacks the forces")
    # the state told by the article so far, not by the sentence: recorded as an inference
    got = _relations("Pakistan faces a widening revolt. The Baloch Liberation Army said its fighters ambushed "
                     "an army convoy near Quetta.")
    adv = [f for f in got if f.args["kind"] == "adversary"]
    assert [(f.args["a"], f.args["b"]) for f in adv] == [("armed:bla", "state:PAK")]
    assert "b" in adv[0].inferences


def test_insurgent_near_misses() -> None:
    # a place outside the group's country, or of no known country
    assert not _triples("India is worried. Lashkar-e-Taiba militants attacked an army camp in Kashmir.")
    # another state in the sentence
    assert not _triples("Lashkar-e-Taiba militants attacked an Indian army camp.")
    # the group named only after the attack
    assert not _triples("Pakistan is worried. The assault on the army post was claimed by Tehrik-i-Taliban Pakistan.")
    # a hedged attack, and victims that are no forces
    assert not _triples("Pakistan said the TTP might attack soldiers.")
    assert not _triples("Pakistan is worried. The TTP has killed three traders in Peshawar.")
    # a force word inside the group's own name
    assert not _triples("Pakistan is worried. The Baloch Liberation Army has fought for decades.")


def test_one_state_striking_another() -> None:
    found = _relations("Georgian drones devastated Armenian positions near the border in May.")
    assert [(f.args["a"], f.args["b"], f.args["kind"]) for f in found] == [("state:ARM", "state:GEO", "adversary")]
    assert found[0].inferences["kind"] == "adversary: GEO's forces attack ARM's in this sentence"
    # the target state told by one of its places: recorded as an inference
    got = _relations("Officials said Ukrainian drones were attacking Grozny and other cities on Wednesday.")
    assert [(f.args["a"], f.args["b"]) for f in got] == [("state:RUS", "state:UKR")]
    assert "a" in got[0].inferences


def test_strike_near_misses() -> None:
    # a third state: who fights whom is unclear
    assert not _triples("Georgian drones devastated Armenian and Russian positions near the border in May.")
    # a hedged strike
    assert not _triples("Georgian drones could have devastated Armenian positions.")
    # a speaker, not an attacker
    assert not _triples("Armenian officials said the drones devastated positions near the Georgian border.")
    # the supplier of the drones the article tells
    assert ("state:ARM", "state:ISR", "adversary") not in _triples(
        "Israel sold Azerbaijan 12 drones in 2019. Israeli drones devastated Armenian positions.")
