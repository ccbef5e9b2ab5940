"""Money committed by the holder of an international office is the organisation's, not their
nationality's state's ("the Commission President announced €5 billion" → the EU, never Germany);
an office no longer held ("former Secretary General of NATO", "SCO Secretary-General
2022-2024") is no organisation the person acts for; money given in grants is a measure of the giver, not a project's price ("promised 2 billion yuan
in grants for projects in the region")."""

from __future__ import annotations

from types import SimpleNamespace

from event_facts import statistic_triples as _stats

from silkgraph.extract.statistics.actors import office_org
from silkgraph.knowledge import Knowledge


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


def test_former_international_office_is_not_the_organisations() -> None:
    # Jens Stoltenberg's gazetteer role is "former Secretary General of NATO"
    got = _stats("Jens Stoltenberg pledged $40 million for the region.")
    assert not any(s == "org:nato" for s, _v, _u in got)
    assert ("state:NOR", 40000000.0, "USD") in got  # the person's own state, as for a former national office


def test_ended_term_is_not_the_organisations(kb: Knowledge) -> None:
    ctx = SimpleNamespace(kb=kb)
    assert office_org(ctx, "Defence Minister of Kazakhstan 2018-2021; SCO Secretary-General 2022-2024") is None  # type: ignore[arg-type]
    assert office_org(ctx, "former Secretary General of NATO") is None  # type: ignore[arg-type]
    # near misses: a current international office, also after a former national one
    assert office_org(ctx, "NATO Secretary General") == "org:nato"  # type: ignore[arg-type]
    assert office_org(ctx, "former President of Kyrgyzstan; UN Special Representative for Afghanistan") == "org:un"  # type: ignore[arg-type]


def test_current_international_office_near_miss() -> None:
    got = _stats("Mark Rutte pledged $40 million for the region.")
    assert any(s == "org:nato" and v == 40000000.0 for s, v, _u in got)
