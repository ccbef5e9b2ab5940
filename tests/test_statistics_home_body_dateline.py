"""People hurt or held, counted by an unnamed home institution of a wire story ("the interior
ministry said …"): the dateline country's people, not the state the story has named most (a
foreign government reacting)."""

from __future__ import annotations

from event_facts import source_facts


def _stats(body: str) -> set[tuple[str, float]]:
    text = "Test headline\n\nYEREVAN, May 4 (Test Wire) - " + body + "\n"
    return {(f.args["subject"], f.args["value"]) for f in source_facts(text, "statistic")}


LEAD = ("France and Germany criticised Armenian officials on Monday. France said it would summon the ambassador. "
        "French officials also wrote to Brussels. ")


def test_unnamed_interior_ministry_counts_the_dateline_state() -> None:
    got = _stats(LEAD + "Protesters marched again on Sunday, and the interior ministry said 130 people had been detained.")
    assert ("state:ARM", 130.0) in got
    assert ("state:FRA", 130.0) not in got


def test_named_foreign_ministry_near_miss() -> None:
    # the institution's own state is named: the dateline does not decide
    got = _stats(LEAD + "The French interior ministry said 40 people had been detained in Lyon.")
    assert ("state:ARM", 40.0) not in got
