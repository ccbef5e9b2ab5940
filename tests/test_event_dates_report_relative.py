"""Event dates told relative to a wire report's day or to an act told just before: parts of a weekday
("in the early hours of Sunday"), the day of writing ("this morning"), the weekend, a perfect "since
Monday", an act's own day in a that-clause after the report's, an occasion's eve, a chain of anaphors and
a second verb counted from the first ("blamed X and a day later closed the border").  Near misses keep
their dates.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, event_tuples, of_type

from silkgraph.nlp.dates import find_dates, resolve

OPENING = "Test headline about the region\n\n"
# 13 May 2025 is a Tuesday
TUESDAY = "TEHRAN, May 13, 2025 (Test Wire) - "
# 11 August 2025 is a Monday
MONDAY = "YEREVAN, August 11, 2025 (Test Wire) - "


def _dates(body: str, etype: str, opening: str = OPENING + TUESDAY) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, opening=opening), etype))


def _tuples(body: str, etype: str, opening: str = OPENING + TUESDAY) -> set:  # type: ignore[type-arg]
    """The exact (type, actors, targets, date) of the events of ``etype``."""
    return event_tuples(of_type(event_facts(body, opening=opening), etype))


def test_part_of_a_weekday_is_that_day() -> None:
    for text in ("in the early hours of Sunday", "on the night of Saturday", "On the morning of Friday"):
        (d,) = find_dates(f"Drones attacked a camp {text}.")
        assert d.unit == "weekday" and d.prep == "on"
    (d,) = find_dates("Drones attacked a camp in the early hours of Sunday.")
    assert resolve(d, "2025-05-13")[0] == "2025-05-11"


def test_this_morning_is_the_day_of_writing() -> None:
    (d,) = find_dates("The ministry accused Israel of sabotage this morning.")
    assert resolve(d, "2025-05-13")[0] == "2025-05-13"
    assert not find_dates("The morning session was long.")


def test_the_weekend_is_the_saturday_before_and_not_a_lead_weekday() -> None:
    (d,) = find_dates("Police detained two men over the weekend.")
    assert resolve(d, "2025-08-11")[0] == "2025-08-09"
    assert d.weekend and d.prep == "over"  # (flagged: not the day's news of a wire lead)
    assert not find_dates("The weekend's talks were cancelled.")
    assert not find_dates("The UN said it would send a mission this weekend.")


def test_an_event_in_the_early_hours_of_a_weekday() -> None:
    body = ("Iran's navy said on Tuesday it was ready.\n\nIn the early hours of Sunday, drones attacked a Kurdish "
            "opposition camp near Erbil in Iraq, Iraqi officials said.")
    assert _tuples(body, "attack") == {("attack", (), ("state:IRQ",), "2025-05-11")}


def test_threats_over_the_weekend() -> None:
    body = "Iran threatened Armenia over the weekend over a transit route."
    assert _tuples(body, "threat", OPENING + MONDAY) == {("threat", ("state:IRN",), ("state:ARM",), "2025-08-09")}


def test_perfect_since_a_weekday_dates_the_onset() -> None:
    body = "Tajik authorities have detained 30 suspects since Saturday, the security committee said on Tuesday."
    assert _tuples(body, "coercion") == {("coercion", ("state:TJK",), (), "2025-05-10")}


def test_since_a_year_is_no_onset() -> None:
    body = "Uzbek police have detained dozens of bloggers since 2019, the ministry said on Tuesday."
    assert "2019" not in " ".join(_dates(body, "coercion"))


def test_a_held_ceasefire_keeps_its_own_day() -> None:
    body = "A ceasefire agreed on Monday between Armenia and Azerbaijan has largely held since Wednesday, officials said."
    got = _dates(body, "ceasefire") + _dates(body, "agreement")
    assert got and all(d == "2025-05-12" for d in got)
    assert _tuples(body, "ceasefire") == {("ceasefire", ("state:ARM", "state:AZE"), (), "2025-05-12")}


def test_the_acts_own_day_in_a_that_clause_after_the_report() -> None:
    body = ("The Revolutionary Guards said on Tuesday that Iranian naval forces had seized a foreign oil tanker "
            "in the Strait of Hormuz late on Friday.")
    assert _tuples(body, "coercion") == {("coercion", ("state:IRN",), (), "2025-05-09")}


def test_the_reports_day_stands_without_a_day_of_the_act() -> None:
    body = ("The Armenian defence ministry said on Monday that Azerbaijani troops had fired on an Armenian post, "
            "the third such incident in 2025.")
    assert _tuples(body, "attack", OPENING + MONDAY) == {("attack", ("state:AZE",), ("state:ARM",), "2025-08-11")}


def test_the_eve_of_a_dated_occasion() -> None:
    body = "Uzbekistan and Kazakhstan signed a water protocol on the eve of the summit in Astana on 14 March."
    assert _tuples(body, "agreement", OPENING + "By A. Writer\n\nMarch 20, 2025\n\n") == \
        {("agreement", ("state:KAZ", "state:UZB"), (), "2025-03-13")}


def test_the_eve_of_an_undated_occasion_keeps_its_year() -> None:
    body = "Russia and Armenia signed a gas agreement on the eve of independence in 1991."
    assert _tuples(body, "agreement", OPENING + MONDAY) == {("agreement", ("state:ARM", "state:RUS"), (), "1991")}


def test_a_chain_of_anaphors_follows_the_narrative() -> None:
    body = ("President Ilham Aliyev demanded on Sunday that Russia pay compensation for the airliner that crashed in "
            "Kazakhstan on Wednesday.\n\nA day earlier, Russian President Vladimir Putin apologised to Aliyev in a "
            "telephone call.\n\nThe previous day, Azerbaijan's foreign ministry accused Moscow of a cover-up.")
    assert _tuples(body, "accusation", OPENING + "BAKU, Dec 29, 2024 (Test Wire) - ") == \
        {("accusation", ("state:AZE",), ("state:RUS",), "2024-12-27")}


def test_a_second_verb_counted_from_the_first() -> None:
    body = ("Kyrgyz and Kazakh border guards clashed near the Korday crossing on 14 April. Kazakhstan blamed "
            "Kyrgyzstan for the clash and a day later closed the crossing to freight.")
    opening = OPENING + "By A. Writer\n\nApril 30, 2025\n\n"
    assert _tuples(body, "accusation", opening) == {("accusation", ("state:KAZ",), ("state:KGZ",), "2025-04-14")}
    assert _tuples(body, "coercion", opening) == {("coercion", ("state:KAZ",), (), "2025-04-15")}


def test_a_written_day_of_the_first_verb_stands() -> None:
    body = "Armenia recalled its ambassador from Moscow on Tuesday and summoned the Russian envoy a day later."
    assert _dates(body, "sanction", OPENING + MONDAY) == ["2025-08-05"]  # target state:RUS not yet found: reported
