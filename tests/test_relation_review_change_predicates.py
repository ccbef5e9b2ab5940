"""Relations: a relation predicate telling a change ("ties have improved") is no state of its own: a
concessive state after it gives the kind ("…, though the two stay rivals") and a hedge ("improved
only on paper") none. Own sentences, with near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_an_improvement_with_a_concessive_state_takes_that_state() -> None:
    assert asserted_relation_triples(
        "Pakistan-Afghanistan ties have improved since 2021, although the two remain rivals.") == {
        ("state:AFG", "state:PAK", "rival")}


def test_an_improvement_alone_or_hedged_tells_no_relation() -> None:
    assert not asserted_relation_triples("Georgia-Russia relations have improved only on paper, diplomats say.")
    assert not asserted_relation_triples("Georgia-Russia relations have improved since 2012.")
    assert not asserted_relation_triples("Relations between Georgia and Russia have improved marginally.")


def test_near_misses_keep_their_state() -> None:
    assert asserted_relation_triples("Georgia-Azerbaijan ties have deepened since 2012.") == {
        ("state:AZE", "state:GEO", "partner")}
    assert asserted_relation_triples("Georgia-Russia relations remain tense.") == {("state:GEO", "state:RUS", "rival")}
