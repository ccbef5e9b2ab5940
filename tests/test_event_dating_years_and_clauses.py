"""Event dates: the year "that year" names for a year-less date; a pluperfect flashback's year not lent to
the next sentence's year-less date; a vague frame giving way to the day its clause tells; a verb opening a
temporal clause after the main clause's date takes its own clause's date; a count in months from an event
dated to the month; habits told in the present are no day's news (with near misses)."""

from __future__ import annotations

from event_facts import BYLINE, HEADLINE, byline_event_facts, dates_of, event_facts, of_type

WIRE_JULY = HEADLINE + "ALMATY, July 5, 2024 (Test Wire) – "


def test_month_that_year_takes_the_year_last_written() -> None:
    facts = byline_event_facts("The rebels ended their truce with the army in November 2022. On 30 January 2023 a bomber "
                               "attacked a mosque in Peshawar. In December that year, militants attacked an army post in "
                               "Dera Ismail Khan, killing 23 Pakistani soldiers.")
    assert "2023-12" in dates_of(facts, "attack")
    assert not [d for d in dates_of(facts, "attack") if d.startswith("2022")]


def test_of_that_year_after_a_year_naming_a_noun() -> None:
    facts = byline_event_facts("Armenia bought the drones from Israel in 2018. The drones were used heavily in the 2020 "
                               "war, and in October of that year Armenia recalled its ambassador from Israel.")
    got = [f.args["date"] for f in facts if "state:ARM" in f.args["actors"] and f.args["event_type"] != "attack"]
    assert "2020-10" in got and not [d for d in got if d.startswith("2018")]


def test_that_year_told_in_the_sentence_before() -> None:
    facts = event_facts("On 16 March 2024 militants attacked an army post in North Waziristan.\n\nThe pattern was "
                        "repeated at the end of that year. On the night of 24 December, Pakistani aircraft bombed four "
                        "villages in Afghanistan's Paktika province.\n\nIn October 2025 the two sides fought again.",
                        opening=BYLINE)
    assert any(f.args["date"] == "2024-12-24" and "state:PAK" in f.args["actors"] for f in of_type(facts, "attack"))


def test_that_year_then_an_earlier_month_is_the_next_year() -> None:
    facts = byline_event_facts("On 30 October 2023 the leaders of Azerbaijan and Armenia met in Brussels. The talks "
                               "stalled at the end of that year. On 3 February, Armenia and Azerbaijan signed a border "
                               "protocol.")
    assert dates_of(facts, "agreement") == ["2024-02-03"]


def test_pluperfect_flashback_year_is_not_lent_to_the_next_sentence() -> None:
    facts = event_facts("Russia recognised the Taliban government on Thursday. Russia had banned the Taliban in 2003 but "
                        "hosted their envoys for years. In April, Russia and the Taliban signed a trade agreement in Kazan.",
                        opening=HEADLINE + "KABUL, July 8, 2025 (Test Wire) – ")
    assert dates_of(facts, "agreement") == ["2025-04"]


def test_flashback_in_the_dates_own_sentence_is_left_alone() -> None:
    facts = byline_event_facts("On 12 March 2024 Armenia and France signed a defence agreement. In June 2021, France had "
                               "sold radars to Armenia, and in October the two defence ministers met in Paris.")
    assert not [d for d in dates_of(facts, "meeting") if d.startswith("2024")]


def test_vague_opening_frame_gives_way_to_the_day_of_its_clause() -> None:
    facts = event_facts("In early May Pakistan test-fired a ballistic missile on May 3.",
                        opening=HEADLINE + "ISLAMABAD, May 20, 2025 (Test Wire) – ")
    assert dates_of(facts, "test") == ["2025-05-03"]


def test_a_nouns_own_vague_date_is_not_refined_by_another_verbs_day() -> None:
    facts = event_facts("Pakistan raised the death toll from this week's attack on a train in Balochistan to 26 on "
                        "Friday.", opening=HEADLINE + "ISLAMABAD, March 14, 2025 (Test Wire) – ")
    assert "2025-03-14" not in dates_of(facts, "attack")


def test_verb_of_a_temporal_clause_takes_its_own_clauses_date() -> None:
    facts = event_facts("Kyrgyzstan protested to Tajikistan on Thursday after Tajik guards detained three Kyrgyz "
                        "farmers on Tuesday.", opening=HEADLINE + "BISHKEK, September 5, 2024 (Test Wire) – ")
    assert dates_of(facts, "protest") == ["2024-09-05"]
    assert "2024-09-03" in dates_of(facts, "coercion") and "2024-09-05" not in dates_of(facts, "coercion")


def test_when_clause_set_off_after_the_date_keeps_it() -> None:
    facts = byline_event_facts("Armenia became India's first arms client in 2020, when Armenia signed a contract with "
                               "India for four radars, delivered the following year.")
    assert "2020" in dates_of(facts, "agreement")


def test_count_in_months_from_an_event_dated_to_the_month() -> None:
    facts = byline_event_facts("Russia invaded Ukraine in February 2022. A month after the invasion, Kazakhstan refused "
                               "to recognise the separatist republics.")
    assert dates_of(facts, "rejection") == ["2022-03"]
    near = byline_event_facts("Russia invaded Ukraine in February 2022. A week after the invasion, Kazakhstan refused "
                              "to recognise the separatist republics.")
    assert "2022-03" not in dates_of(near, "rejection")


def test_habit_told_in_the_present_is_no_days_reaction() -> None:
    facts = event_facts("Iran and Pakistan held talks on border security on Thursday. Iran regularly accuses Pakistan "
                        "of sheltering militants.", opening=WIRE_JULY)
    assert dates_of(facts, "meeting") == ["2024-07-04"]
    assert not of_type(facts, "accusation")
    kept = event_facts("Pakistani aircraft struck targets in Afghanistan's Khost province on Wednesday. The Taliban "
                       "government condemned the strikes.", opening=WIRE_JULY)
    assert of_type(kept, "accusation")
