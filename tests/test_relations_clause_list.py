"""A comma before "and" after a single party joins two clauses, not two list items: "X suspended
its partnership with Y, and Z's envoy said …" pairs X with Y only; a serial list of three keeps
every item."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_comma_and_starts_a_clause() -> None:
    found = asserted_relation_triples(
        "Ankara has an alliance with Baku, and the European Union's envoy said the bloc was watching.")
    assert ("state:AZE", "state:TUR", "ally") in found
    assert not any("org:eu" in (a, b) for a, b, _ in found)


def test_lists_keep_their_items() -> None:
    found = asserted_relation_triples("Ankara has an alliance with Azerbaijan and Georgia.")
    assert {("state:AZE", "state:TUR", "ally"), ("state:GEO", "state:TUR", "ally")} <= found
    found = asserted_relation_triples("Turkey is close to Azerbaijan, Georgia, and Ukraine.")
    assert {("state:AZE", "state:TUR", "partner"), ("state:GEO", "state:TUR", "partner"),
            ("state:TUR", "state:UKR", "partner")} <= found
