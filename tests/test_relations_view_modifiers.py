"""Views told with modifiers outside any closed list ("calls Y a significant regional and economic
partner", "regards Y as its most trusted Asian partner", "treats Y more as an adversary than an
ally", "sees Y as its main strategic competitor"), and the near misses: a request ("called on Y to
become a partner"), a noun that is not a relation ("calls Y a neighbour")."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_open_modifiers() -> None:
    assert ("state:MNG", "state:NPL", "partner") in asserted_relation_triples(
        "Nepal afterwards called Mongolia a significant regional and economic partner.")
    assert ("state:JPN", "state:MNG", "partner") in asserted_relation_triples(
        "Mongolia regards Japan as its most trusted Asian partner.")
    assert ("state:IRN", "state:TKM", "adversary") in asserted_relation_triples(
        "Ashgabat now treats Tehran more as an adversary than an ally.")
    assert ("state:BRA", "state:MEX", "rival") in asserted_relation_triples(
        "Mexico, which still sees Brazil as its main strategic competitor, stayed away.")


def test_near_misses() -> None:
    assert not asserted_relation_triples("Kazakhstan called on Chile to become a partner in the project.")
    assert not asserted_relation_triples("Turkmenistan calls Iran a neighbour and a market.")
