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


def test_a_past_or_unreal_modifier_cancels_the_view() -> None:
    for s in ("Kazakhstan sees Russia as a former ally.", "Kazakhstan sees Russia as an erstwhile ally.",
              "Kazakhstan regards Russia as a one-time partner.", "Kazakhstan sees Russia as an ex-ally.",
              "Kazakhstan calls Russia a would-be partner.", "Kazakhstan calls Russia its so-called strategic partner.",
              "Kazakhstan sees Russia as a supposed ally.", "Kazakhstan sees Russia as a nominal ally.",
              "Kazakhstan sees Russia and China as former partners."):
        assert not asserted_relation_triples(s), s
    assert ("state:KAZ", "state:RUS", "ally") in asserted_relation_triples("Kazakhstan sees Russia as a reliable ally.")
    assert ("state:KAZ", "state:RUS", "partner") in asserted_relation_triples(
        "Kazakhstan sees Russia as a formerly distant, now trusted partner.")
