"""A dated accord told without its parties ("a 1973 treaty entitles Iran to …", "until a ceasefire
on May 10") takes the two states its sentence names; a sentence naming more (or fewer) states, or
"the six leaders", gives it none.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

CLOSING = "\nPublished: 12 March 2024\n"


def _accords(body: str) -> list:  # type: ignore[type-arg]
    facts = event_facts(body, closing=CLOSING)
    return of_type(facts, "agreement") + of_type(facts, "ceasefire")


def test_a_dated_treaty_takes_the_two_states_named() -> None:
    got = _accords("A 1962 treaty allows Georgia to use half of the river's water, but Armenian farmers "
                   "take more every summer.")
    assert got and set(got[0].args["actors"]) == {"state:GEO", "state:ARM"}
    assert "dated accord" in got[0].inferences["actors"]


def test_a_dated_truce_after_fighting() -> None:
    got = _accords("Georgia shelled Armenian positions on May 7, which was followed by three days of fighting "
                   "until a ceasefire on May 10.")
    assert any(set(f.args["actors"]) == {"state:GEO", "state:ARM"} for f in got)


def test_three_states_named_give_no_pair() -> None:
    got = _accords("A 1962 treaty allows Georgia to use the river, but Armenian and Turkish farmers take more.")
    assert all(len(f.args.get("actors") or []) < 2 for f in got)


def test_many_signatories_give_no_pair() -> None:
    got = _accords("A 1962 treaty, which the six governments drafted, allows Georgia to use the river, "
                   "but Armenian farmers take more.")
    assert all(len(f.args.get("actors") or []) < 2 for f in got)
