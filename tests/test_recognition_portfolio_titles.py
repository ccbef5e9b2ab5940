"""An organisation's name directly before "Minister" is the office's portfolio ("Armed Forces
Minister Jean Dupont"), not a mention of the organisation; elsewhere it stays one.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_portfolio_before_minister_is_no_org(kb: Knowledge) -> None:
    s = spans(rec(kb, "French Armed Forces Minister Jeanne Moreau opened the trade fair."))
    assert "French Armed Forces" not in s and s.get("Jeanne Moreau") == "person:jeanne-moreau", s


def test_same_name_as_actor_stays_an_org(kb: Knowledge) -> None:
    s = spans(rec(kb, "The French Armed Forces joined the exercise in the spring."))
    assert s.get("French Armed Forces") == "org:french-armed-forces", s


def test_council_secretary_keeps_the_council(kb: Knowledge) -> None:
    s = spans(rec(kb, "Security Council Secretary Ivan Orlov met the delegation."))
    assert "Security Council" in s, s
