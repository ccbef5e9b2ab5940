"""Weak acts: a summoned envoy or a recalled ambassador tells of friction (rival) between two
states the article discusses, when it has told no other relation of the pair before."""

from __future__ import annotations

from dateline_facts import relation_triples

LEAD = ("Chile and Peru trade copper. Chile buys Peruvian fish. Peru sells gas to Chile. "
        "Bolivia is landlocked. ")


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nLIMA, 3 March 2024 — ")


def test_summoned_envoy_is_friction() -> None:
    assert ("state:CHL", "state:PER", "rival") in _rels(LEAD + "In May Lima summoned the Chilean envoy over the remarks.")
    assert ("state:CHL", "state:PER", "rival") in _rels(LEAD + "On 2 May Chile summoned Peru's ambassador to protest.")


def test_weak_act_near_misses() -> None:
    # a state named in passing: an incident, not a relation the article tells
    assert not any(k == "rival" for _a, _b, k in _rels(LEAD + "In May Lima summoned the Bolivian envoy over the remarks."))
    # no envoy: not a diplomatic protest
    assert not _rels(LEAD + "In May the minister summoned his advisers.")
    # a pair already told as partners: a quarrel within the friendship
    got = _rels("Chile and Peru are close partners. Chile buys Peruvian fish. Peru sells gas to Chile. "
                "In May Lima summoned the Chilean envoy over the remarks.")
    assert ("state:CHL", "state:PER", "partner") in got and ("state:CHL", "state:PER", "rival") not in got
