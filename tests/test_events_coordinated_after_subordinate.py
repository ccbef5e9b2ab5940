"""A speech verb coordinated after a subordinate clause ("said on 3 March that X was unacceptable because
it threatened Y, and urged Z to …"): the comma before "and" closes the subordinate clause, so the verb
goes on with the main clause's subject and date.  Without that comma the subordinate clause's subject
keeps it.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_comma_and_after_because_clause_goes_on_with_the_speaker() -> None:
    facts = _facts("Latvia said on 3 March 2023 that the move was unacceptable because it threatened security, "
                   "and urged Moscow to exercise restraint.")
    dem = of_type(facts, "demand")
    assert dem and dem[0].args["actors"] == ["state:LVA"] and dem[0].args.get("targets") == ["state:RUS"]
    assert dem[0].args["date"] == "2023-03-03"


def test_and_without_comma_stays_in_the_subordinate_clause() -> None:
    facts = _facts("Latvia said on 3 March 2023 that talks had failed because Russia rejected the plan and "
                   "urged Belarus to stay out.")
    assert all(f.args["actors"] != ["state:LVA"] for f in of_type(facts, "demand"))
