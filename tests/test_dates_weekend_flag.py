"""The weekend ("over the weekend", "at the weekend", "last weekend") is its Saturday, flagged as a
weekend with the preposition as written: told in the past, the Saturday before the report; told in the
future, the next one; never the day's news of a wire lead.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import find_dates, resolve

# 13 August 2025 is a Wednesday, 16 August a Saturday
WEDNESDAY = "2025-08-13"


def test_a_past_weekend_is_the_saturday_before() -> None:
    (d,) = find_dates("Border guards detained four smugglers at the weekend.")
    assert d.weekend and d.prep == "at" and not d.future
    assert resolve(d, WEDNESDAY)[0] == "2025-08-09"


def test_a_future_weekend_is_the_next_saturday() -> None:
    (d,) = find_dates("The two defence ministers will meet at the weekend.")
    assert d.weekend and d.future
    assert resolve(d, WEDNESDAY)[0] == "2025-08-16"


def test_last_weekend_keeps_its_written_word() -> None:
    (d,) = find_dates("Drones struck a depot last weekend.")
    assert d.weekend and d.prep == "last"
    assert resolve(d, "2025-08-16")[0] == "2025-08-09"  # (written on a Saturday: the one a week before)


def test_near_miss_a_weekday_is_no_weekend() -> None:
    (d,) = find_dates("Drones struck a depot on Saturday.")
    assert not d.weekend and d.prep == "on"


def test_a_weekend_in_a_wire_lead_is_not_its_news_day() -> None:
    body = "Tajikistan accused Kyrgyzstan over the weekend of shelling a border village."
    got = of_type(event_facts(body, opening="Test headline about the region\n\nDUSHANBE, August 13, 2025 "
                                            "(Test Wire) - "), "accusation")
    assert {(f.args["date"], tuple(f.args["actors"]), tuple(f.args["targets"])) for f in got} == \
        {("2025-08-09", ("state:TJK",), ("state:KGZ",))}
