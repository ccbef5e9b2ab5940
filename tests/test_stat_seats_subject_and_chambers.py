"""Seats (statistics/seats.py): the winner is the subject of the winning verb, not a founder, leader
or rival named in a relative clause, an apposition or a "led by"/"with" phrase between them; seats
count only in a sentence of a vote, a party or a chamber; a size is a chamber's only; numbers with
thousands separators are read whole. (Invented sentences.)"""

from __future__ import annotations

from event_facts import source_facts


def _seats(body: str) -> set[tuple[str, float]]:
    """The (subject, value) of the seat statistics of a short article with ``body``."""
    return {(f.args["subject"], f.args["value"]) for f in source_facts("Test headline\n\nOfficials met on Monday. " + body,
                                                                       "statistic") if f.args.get("measure") == "seats"}


def _subjects(body: str) -> set[str]:
    return {s for s, _v in _seats(body)}


def test_a_relative_clause_between_winner_and_verb_is_skipped() -> None:
    got = _seats("In the spring vote, Georgian Dream, which Bidzina Ivanishvili set up, won 52 of the 150 seats.")
    assert got == {("org:georgian-dream", 52.0)}
    got = _subjects("In the vote, Georgian Dream, whose founder Bidzina Ivanishvili had stepped back, took 47 seats.")
    assert got == {"org:georgian-dream"}


def test_an_apposition_or_led_by_phrase_is_skipped() -> None:
    assert _subjects("In the election, Georgian Dream, the party of Bidzina Ivanishvili, won 58 seats.") == {"org:georgian-dream"}
    assert _subjects("In the election, Georgian Dream, led by Bidzina Ivanishvili, secured 58 seats.") == {"org:georgian-dream"}


def test_a_rival_in_a_with_phrase_gets_no_seats() -> None:
    got = _subjects("In the parliamentary vote, Georgian Dream, with the United National Movement far behind, won 66 seats.")
    assert got == {"org:georgian-dream"}
    got = _subjects("In the parliamentary vote Georgian Dream with the United National Movement trailing won 66 seats.")
    assert "org:united-national-movement" not in got


def test_a_name_that_is_no_subject_gets_no_seats() -> None:
    # a prepositional object, a possessive, a relative clause's subject, another clause's subject
    assert _seats("In the election, the party of Bidzina Ivanishvili won 58 seats.") == set()
    assert _seats("In the election, Bidzina Ivanishvili's allies won 58 seats.") == set()
    assert _seats("In the election, the party that Bidzina Ivanishvili founded won 58 seats.") == set()
    assert _seats("Bidzina Ivanishvili won the vote easily and his party took 58 seats.") == set()
    assert _seats("In the vote, Georgian Dream and the United National Movement won 120 seats.") == set()


def test_a_new_clause_after_and_keeps_its_subject() -> None:
    got = _seats("In the vote, Georgian Dream took 70 seats and the United National Movement won 30 seats.")
    assert got == {("org:georgian-dream", 70.0), ("org:united-national-movement", 30.0)}


def test_participle_hangs_on_the_clause_subject() -> None:
    assert _seats("Georgian Dream won the parliamentary vote, taking 71 seats.") == {("org:georgian-dream", 71.0)}


def test_seats_need_an_election_context() -> None:
    assert _seats("Air Astana held 30 seats on the morning flight for the delegation.") == set()
    assert _seats("The Georgian Dream delegation took 12 seats at the front of the hall.") == set()
    assert _seats("Georgian Dream holds 80 seats in parliament.") == {("org:georgian-dream", 80.0)}
    assert _seats("In 2020 Georgian Dream held 90 of the 150 seats in the Jogorku Kenesh.") == {("org:georgian-dream", 90.0)}
    assert _seats("Months later Georgian Dream came second with 14 seats.") == {("org:georgian-dream", 14.0)}


def test_chamber_size_only_for_a_chamber() -> None:
    assert _seats("The enlarged Collective Security Treaty Organization of 12 members met in Minsk.") == set()
    assert _seats("A 300-member Collective Security Treaty Organization team, with seats reserved, flew in.") == set()
    assert _seats("A 2,000-member Collective Security Treaty Organization force, its seats booked, arrived.") == set()
    assert _seats("The reform created a Jogorku Kenesh of 65 deputies.") == {("org:jogorku-kenesh", 65.0)}
    assert _seats("Five parties entered the 105-seat Mazhilis after the vote.") == {("org:mazhilis", 105.0)}


def test_thousands_separator_is_read_whole() -> None:
    assert ("org:jogorku-kenesh", 1200.0) in _seats("The plan foresaw a 1,200-member Jogorku Kenesh.")
    assert _seats("In the vote, Georgian Dream won 1,000 seats.") != {("org:georgian-dream", 0.0)}
