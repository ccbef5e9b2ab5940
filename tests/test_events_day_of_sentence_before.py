"""An event told with no date of its own right after a sentence that names the day the narrative has
reached goes on on that day ("The crisis began on 3 May 2023. Gunmen attacked …"); told further on in
the paragraph, or after a time counted in weeks ("The next week …"), it keeps the month only.  Own
sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nRelations between the two neighbours have been tense for years. "
CLOSING = "\nPublished: 12 March 2024\n"
ATTACK = "Gunmen attacked the Georgian consulate in Trabzon and wounded two guards."


def _attack_dates(body: str) -> list[str]:
    return [f.args["date"] for f in of_type(event_facts(body, opening=OPENING, closing=CLOSING), "attack")]


def test_the_day_of_the_sentence_before_dates_the_next_event() -> None:
    assert _attack_dates("The crisis began on 3 May 2023. " + ATTACK) == ["2023-05-03"]


def test_further_on_the_month_only() -> None:
    assert _attack_dates("The crisis began on 3 May 2023. Talks between the ministers were cancelled. The two "
                         "governments traded accusations for weeks. " + ATTACK) == ["2023-05"]


def test_a_time_counted_in_weeks_names_no_day() -> None:
    got = _attack_dates("On 3 May 2023 Turkey closed its border with Georgia. The next week the two governments "
                        "traded accusations. " + ATTACK)
    assert got and all(len(d) == 7 for d in got)


WIRE_OPENING = "Test headline about the region\n\n"
WIRE_CLOSING = "\n\nPublished: 15 March 2024\n"
WIRE_LEAD = ("BAKU, March 14 (Test Wire) – Azerbaijan and Georgia traded accusations on Thursday over a disputed "
             "monastery on their border.\n\n")


def _wire(body: str, etype: str) -> list[str]:
    facts = event_facts(WIRE_LEAD + body, opening=WIRE_OPENING, closing=WIRE_CLOSING)
    return [f.args["date"] for f in of_type(facts, etype)]


def test_a_wire_reaction_right_after_a_dated_sentence_takes_its_day() -> None:
    got = _wire("At a meeting of the border commission in Tbilisi on Wednesday, the Georgian envoy accused Baku "
                "of moving troops. His Azerbaijani counterpart rejected the charge.", "rejection")
    assert got == ["2024-03-13"]


def test_a_wire_reaction_in_a_new_paragraph_does_not_take_that_day() -> None:
    got = _wire("At a meeting of the border commission in Tbilisi on Wednesday, the Georgian envoy accused Baku "
                "of moving troops.\n\nHis Azerbaijani counterpart rejected the charge.", "rejection")
    assert "2024-03-13" not in got
