"""Money committed by the holder of an international office is the organisation's, not their
nationality's state's ("the Commission President announced €5 billion" → the EU, never Germany);
money given in grants is a measure of the giver, not a project's price ("promised 2 billion yuan
in grants for projects in the region")."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_international_official_commits_for_the_organisation() -> None:
    got = _stats("The two sides met in Tashkent, and Ursula von der Leyen announced a €5 billion package of "
                 "investments for the region.")
    assert ("state:DEU", 5000000000.0, "EUR") not in got
    assert any(s in ("org:eu", "org:european-commission") and v == 5000000000.0 for s, v, _u in got)


def test_national_leader_still_commits_for_their_state() -> None:
    got = _stats("Narendra Modi pledged $2 billion for the region.")
    assert ("state:IND", 2000000000.0, "USD") in got


def test_grants_for_projects_are_the_givers() -> None:
    got = _stats("Beijing promised 1.5 billion yuan in grants for projects in the region.")
    assert ("state:CHN", 1500000000.0, "CNY") in got


def test_project_price_near_miss() -> None:
    got = _stats("The project will cost $2 billion, officials said.")
    assert not any(v == 2000000000.0 for _s, v, _u in got)
