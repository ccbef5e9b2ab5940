"""A claim of responsibility told with its own time is the claimant's statement ("the BLA claimed the bombings two
days later"); a bare claim only names the attacker, and "no group has claimed" is none; a journey "for a state visit" to a capital names the capital's state as the host.  Own
invented sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _statements_by(body: str, actor: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(event_facts(body), "statement") if actor in (f.args.get("actors") or [])]


def test_a_claim_told_with_its_own_time_is_the_claimants_statement() -> None:
    body = ("Bombs tore through two bus depots in Quetta on 14 March 2024, killing six people. The Baloch Liberation "
            "Army claimed the bombings two days later in a message to reporters.")
    assert [a["date"] for a in _statements_by(body, "armed:bla")] == ["2024-03-16"]


def test_a_bare_claim_only_names_the_attacker() -> None:
    body = ("A bomb tore through a bus depot in Quetta on 14 March 2024, killing six people; the Baloch Liberation "
            "Army claimed responsibility.")
    facts = event_facts(body)
    assert not of_type(facts, "statement")
    assert any("armed:bla" in (f.args.get("actors") or []) for f in of_type(facts, "attack"))


def test_no_group_claiming_is_no_statement() -> None:
    body = "A blast hit a market in Khujand on 9 March 2024, wounding eleven people. No group has claimed responsibility."
    assert not of_type(event_facts(body), "statement")


def test_the_group_in_a_claimants_apposition_is_not_the_attacker() -> None:
    body = ("Gunmen ambushed a convoy near Turbat on 4 March 2024, killing three guards. A little-known group, "
            "called by officials a front for the Baloch Liberation Army, claimed responsibility.")
    assert all("armed:bla" not in (f.args.get("actors") or []) for f in of_type(event_facts(body), "attack"))


def test_a_journey_for_a_state_visit_names_the_capitals_state() -> None:
    facts = of_type(event_facts("The Uzbek president travelled to Ankara on 19 March 2024 for a state visit."),
                    "meeting")
    assert any({"state:UZB", "state:TUR"} <= set(f.args.get("actors") or []) for f in facts)


def test_a_journey_for_talks_names_no_host() -> None:
    facts = of_type(event_facts("The Kyrgyz foreign minister travelled to Baku on 19 March 2024 for a round of "
                                "talks."), "meeting")
    assert all("state:AZE" not in (f.args.get("actors") or []) for f in facts)
