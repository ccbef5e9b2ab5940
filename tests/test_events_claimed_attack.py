"""A claim of responsibility is a fact of the whole report: an attack told near it by an unnamed
agent ("The bomber blew himself up on Monday") is the attack claimed, and the claimant (the head of
the claim's subject, not a group named in its apposition) is its attacker.  A claim dated by its own
day ("claimed responsibility on Tuesday for a bombing") is the claimant's statement of that day; the
attack keeps the day its own sentence tells.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 4 May 2021\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


LEAD = ("QUETTA, May 4 (Test Wire) – The Baloch Liberation Army claimed responsibility on Tuesday for a suicide "
        "bombing at a market in Quetta that killed 12 people.\n\n")


def test_the_unnamed_bomber_is_the_claimant() -> None:
    facts = _facts(LEAD + "The bomber blew himself up on Monday afternoon among shoppers in the main bazaar, "
                          "police said.")
    att = of_type(facts, "attack")
    assert att and att[0].args["actors"] == ["armed:bla"] and att[0].args["date"] == "2021-05-03"
    assert "claimed" in att[0].inferences["actors"]


def test_the_claim_day_dates_a_statement_not_the_attack() -> None:
    facts = _facts(LEAD + "The bomber blew himself up on Monday afternoon among shoppers in the main bazaar.")
    assert all(f.args["date"] != "2021-05-04" for f in of_type(facts, "attack"))
    st = of_type(facts, "statement")
    assert st and st[0].args["actors"] == ["armed:bla"] and st[0].args["date"] == "2021-05-04"


def test_a_group_in_the_claimants_apposition_is_not_the_claimant() -> None:
    facts = _facts("QUETTA, May 4 (Test Wire) – Gunmen attacked a police post near Sibi on Monday, killing four "
                   "officers.\n\nA little-known group, described by officials as a front for the Baloch Liberation "
                   "Army, claimed responsibility.")
    assert all("armed:bla" not in (f.args.get("actors") or []) for f in of_type(facts, "attack"))


def test_a_claim_day_told_before_the_claim() -> None:
    facts = _facts("QUETTA, May 4 (Test Wire) – The Baloch Liberation Army on Tuesday claimed responsibility for a "
                   "suicide bombing at a market in Quetta.\n\nThe bomber blew himself up on Monday afternoon.")
    assert of_type(facts, "statement") and all(f.args["date"] != "2021-05-04" for f in of_type(facts, "attack"))


def test_a_day_told_after_the_incident_dates_the_attack() -> None:
    facts = _facts("QUETTA, May 4 (Test Wire) – The Baloch Liberation Army claimed responsibility for a suicide "
                   "bombing on Monday at a market in Quetta that killed 12 people.")
    att = of_type(facts, "attack")
    assert att and att[0].args["date"] == "2021-05-03" and att[0].args["actors"] == ["armed:bla"]
