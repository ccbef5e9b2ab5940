"""A pair named again after "between" ("relations between the two countries remain tense",
"fighting between the neighbours"), and the predicate "remain those of rivals"."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nQUITO, 3 March 2024 — ")


def test_pair_anaphor_after_between() -> None:
    assert ("state:COL", "state:ECU", "rival") in _rels(
        "Ecuador and Colombia met in Quito. Relations between the two countries remain tense.")
    assert ("state:COL", "state:ECU", "rival") in _rels(
        "Ecuador and Colombia met in Quito. Relations between the two Andean neighbours remain those of rivals.")
    assert ("state:COL", "state:ECU", "adversary") in _rels(
        "Ecuador said a ceasefire had been agreed with Colombia after the heaviest fighting between the neighbours in years.")


def test_between_anaphor_near_misses() -> None:
    assert not _rels("Ecuador and Colombia met in Quito. Trade between the two countries grew.")
    assert not _rels("Ecuador and Colombia met in Quito. Cooperation between the two countries remains poor.")


def test_unclear_or_unreal_pair_is_no_relation() -> None:
    # a potential conflict is not a relation told
    assert not _rels("Ecuador and Colombia met in Quito. A potential conflict between the two countries would hurt trade.")
    # three states before: which two is unclear (no article-wide guess)
    assert not _rels("Peru and Ecuador are members, but Lima keeps its distance from Colombia's agenda. "
                     "Relations between the two Andean neighbours remain those of rivals.")
