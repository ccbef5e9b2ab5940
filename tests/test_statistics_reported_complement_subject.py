"""A plural teller ("The X say …") is a source like a singular one ("X says"), so the actor of the
reported clause owns its figure; "X expects to earn" is X's own plan, not a forecast X makes as a
source ("X expects growth of 4 percent")."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_a_plural_teller_leaves_the_figure_to_the_reported_clauses_actor() -> None:
    got = _stats("The Taliban say Afghanistan expects to earn about $400 million a year in transit fees.")
    assert ("state:AFG", 4e8, "USD") in got
    assert ("armed:taliban", 4e8, "USD") not in got


def test_expects_to_is_the_actors_own_plan() -> None:
    assert ("state:KAZ", 2e9, "USD") in _stats("Kazakhstan expected to spend $2 billion, the IMF said.")


def test_a_forecasting_source_is_still_no_subject() -> None:
    # the IMF forecasts, it does not grow
    assert not any(s == "org:imf" for s, _v, _u in _stats("The IMF expects growth of 4 percent in Kazakhstan."))
