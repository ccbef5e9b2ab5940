"""A further act of the same kind told in the same article (our own sentences): an act marked as added
("also", "another") is an event of its own, not a repeat of the one told before, and takes that act's
date when its sentence has none; an act told as repeated ("and again on Tuesday", "and again at the
summit in Minsk on May 4") is one event per date.  Near misses: a definite repeat without "also", "also
agreed that ...", a passive "were also blacklisted", two days in a row of one summit."""

from __future__ import annotations

from event_facts import dates_of, of_type, wire_event_facts

from silkgraph.extract.events.additive import additive


def _at(text: str, word: str, noun: bool = False) -> bool:
    return additive(text, text.index(word), noun)


def test_also_marks_an_added_act() -> None:
    assert _at("The two leaders also signed an accord.", "signed")
    assert _at("and also adopted a declaration on trade", "declaration", noun=True)
    assert _at("They signed another accord on water.", "accord", noun=True)
    assert not _at("They signed the accord on water.", "accord", noun=True)
    assert not _at("Opposition and other parties warned that it would fail.", "warned")  # "other" before a verb
    assert not _at("The two also agreed that trade should grow.", "agreed")  # a view shared in the talks


def test_an_added_agreement_is_a_second_event_of_the_day() -> None:
    facts = wire_event_facts("The presidents of Kazakhstan and Uzbekistan signed a water treaty in Astana on "
                             "Tuesday.\n\nThe two leaders also signed an agreement on reopening rail crossings.")
    got = of_type(facts, "agreement")
    assert len(got) == 2, [f.args for f in got]
    assert {f.args["date"] for f in got} == {"2024-03-12"}


def test_an_added_act_with_only_a_background_date_takes_the_date_of_the_act_before() -> None:
    facts = wire_event_facts("The presidents of Kazakhstan and Uzbekistan signed a water treaty in Astana on "
                             "Tuesday.\n\nThe two leaders also signed an agreement on rail crossings, which were "
                             "closed after the 2022 floods.")
    got = of_type(facts, "agreement")
    assert {f.args["date"] for f in got} == {"2024-03-12"} and len(got) == 2, [f.args for f in got]


def test_a_repeat_without_also_stays_one_event() -> None:
    facts = wire_event_facts("The presidents of Kazakhstan and Uzbekistan signed a water treaty in Astana on "
                             "Tuesday.\n\nThe two leaders signed the treaty after a long lunch.")
    assert len(of_type(facts, "agreement")) == 1


def test_a_passive_added_act_takes_no_borrowed_date() -> None:
    facts = wire_event_facts("Britain imposed sanctions on three Georgian banks on Monday.\n\n"
                             "Several firms that traded with the Georgian banks were also blacklisted.")
    assert not [f for f in of_type(facts, "sanction") if "adds to" in f.inferences.get("date", "")]


def test_a_repeated_meeting_at_another_occasion_has_its_own_date() -> None:
    facts = wire_event_facts("Uzbek President Shavkat Mirziyoyev met Kazakh Prime Minister Olzhas Bektenov in "
                             "Tashkent in January 2024 and again at the CIS summit in Minsk on October 8, 2024.")
    assert dates_of(facts, "meeting") == ["2024-01", "2024-10-08"]


def test_protests_on_an_evening_and_again_the_next_day_are_two() -> None:
    facts = wire_event_facts("In Almaty, hundreds of protesters gathered outside the city hall on Monday evening "
                             "and again on Tuesday, demanding the mayor's resignation.")
    assert dates_of(facts, "protest") == ["2024-03-11", "2024-03-12"]


def test_a_summit_on_two_days_in_a_row_is_one_meeting() -> None:
    facts = wire_event_facts("Kazakh President Kassym-Jomart Tokayev attended the CSTO summit in Minsk on "
                             "November 27 and November 28, 2023.")
    assert len(of_type(facts, "meeting")) == 1


def test_a_verb_naming_the_summit_told_before_is_no_second_meeting() -> None:
    facts = wire_event_facts("Leaders of the Shanghai Cooperation Organisation met in Astana on Tuesday.\n\n"
                             "Kazakh President Kassym-Jomart Tokayev, who chaired the summit, opened it with a ceremony.")
    assert len(of_type(facts, "meeting")) == 1, [f.args for f in of_type(facts, "meeting")]


def test_the_summit_is_not_folded_into_one_of_two_meetings_told() -> None:
    facts = wire_event_facts("Leaders of the Shanghai Cooperation Organisation met in Astana on Tuesday. Chinese "
                             "President Xi Jinping and Russian President Vladimir Putin held talks a day earlier.\n\n"
                             "Kazakh President Kassym-Jomart Tokayev, who chaired the summit, opened it with a ceremony.")
    assert len(of_type(facts, "meeting")) >= 2
