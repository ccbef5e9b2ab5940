"""An apposition "Y, its <any modifiers> partner" joins Y and the owner of "its" (not a former or
potential one), and a capital read as a place ("moved towards Beijing") but set in apposition with
a relation noun is its government, hence its state (recorded as an inference)."""

from __future__ import annotations

from dateline_facts import relation_triples


def test_its_apposition_with_any_premodifiers() -> None:
    assert ("state:KEN", "state:PER", "partner") in relation_triples("Kenya courted Peru, its all-weather partner.")
    assert ("state:KEN", "state:PER", "partner") in relation_triples(
        "Kenya courted Peru, its second-largest trading partner.")


def test_former_or_potential_is_no_relation() -> None:
    assert not relation_triples("Kenya courted Peru, its former ally.")
    assert not relation_triples("Kenya courted Peru, its potential partner.")


def test_capital_in_relation_apposition_is_its_state() -> None:
    got = relation_triples("The refusal pushed Islamabad further towards Beijing, its all-weather partner.")
    assert ("state:CHN", "state:PAK", "partner") in got


def test_capital_as_a_place_stays_a_place() -> None:
    assert not relation_triples("Pakistani and Indian officials met in Beijing, the venue of the talks.")


def test_nearer_common_noun_is_the_owner_of_its() -> None:
    got = relation_triples("Kenya's courtship of the region comes as Peru, its traditional security partner, "
                           "is absorbed by the war.")
    assert ("state:KEN", "state:PER", "partner") not in got
