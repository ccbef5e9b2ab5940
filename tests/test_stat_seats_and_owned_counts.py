"""Counts of seats and of a state's people (statistics/seats.py, the owned count's lead).

Seats a party won are the party's ("X won 61 of the 150 seats", "…, taking 40 seats", "with Y finishing
first with 33 seats"), a chamber's size is the chamber's ("the 150-seat X", "X of 90 deputies"); an
unnamed chamber gives no figure. A count of people told with their state's demonym is that state's
also after a report or a fronted phrase ("By the army's own count, 340 X soldiers were killed", "She
said 65 X troops were stationed …"); near misses: one incident's dead ("which killed 12 X soldiers")
and a count with no demonym and no actor keep no figure."""

from __future__ import annotations

from event_facts import source_facts


def _counts(body: str) -> set[tuple[str, float]]:
    """The (subject, value) of the count statistics of a short article with ``body``."""
    return {(f.args["subject"], f.args["value"]) for f in source_facts("Test headline\n\nOfficials met on Monday. " + body,
                                                                       "statistic") if f.args["unit"] == "count"}


def test_seats_won_are_the_winning_party_s() -> None:
    assert ("org:georgian-dream", 61.0) in _counts("In the October vote, Georgian Dream won 61 of the 150 seats.")
    assert ("org:georgian-dream", 44.0) in _counts("Georgian Dream won a clear majority in the vote, taking 44 seats.")


def test_seats_of_a_party_finishing_first() -> None:
    got = _counts("Six parties entered the chamber, with Georgian Dream finishing first with 33 seats.")
    assert ("org:georgian-dream", 33.0) in got


def test_chamber_size_is_the_named_chamber_s() -> None:
    assert ("org:jogorku-kenesh", 90.0) in _counts("The reform created a single Jogorku Kenesh of 90 deputies.")
    assert ("org:jogorku-kenesh", 150.0) in _counts("Four parties passed the threshold for the 150-seat Jogorku Kenesh.")


def test_unnamed_chamber_gives_no_size() -> None:
    assert _counts("The bloc holds a majority in the 141-seat parliament and will name a premier.") == set()


def test_owned_count_after_a_fronted_count_phrase() -> None:
    assert ("state:IND", 340.0) in _counts("By the army's own count, 340 Indian soldiers were killed.")
    assert ("state:KAZ", 95.0) in _counts("By the ministry's tally, 95 Kazakh servicemen died during the operation.")


def test_owned_count_in_a_reported_clause() -> None:
    assert ("state:TUR", 65.0) in _counts("She said 65 Turkish troops were stationed in the country.")


def test_near_misses_keep_no_count() -> None:
    assert _counts("The strike, which killed 12 Russian soldiers, was condemned in Kyiv.") == set()
    assert _counts("By the official count, 40 soldiers were killed near the pass.") == set()
