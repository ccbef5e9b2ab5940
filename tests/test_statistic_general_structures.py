"""General sentence structures of statistics: parallel lists whose numbers each carry their unit, an
actor compared with ("Behind X (N percent), Y …"), an actor's force heading a relative clause, a
state trading tonnes, people living or working abroad, a home ministry speaking after the figure,
a border "with X" before its length, "with X falling to N percent", "but ahead of X with N percent",
and an economic measure heading a "that" clause.  Each with near misses."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

WIRE_HEAD = "BISHKEK, March 12 (Test Wire) – Officials met on Monday. "


def test_list_numbers_each_with_its_unit_are_matched_in_order() -> None:
    got = _stats("Russia led the field; Germany and Italy followed at 7% and 6% respectively.")
    assert ("state:DEU", 7.0, "percent") in got and ("state:ITA", 6.0, "percent") in got
    assert ("state:DEU", 6.0, "percent") not in got


def test_a_list_of_changes_with_units_is_no_share() -> None:
    got = _stats("Exports to Georgia and Armenia grew by 12 percent and 9 percent.")
    assert ("state:GEO", 12.0, "percent") not in got and ("state:ARM", 9.0, "percent") not in got


def test_the_actor_behind_which_another_ranks_keeps_only_its_own_figure() -> None:
    got = _stats("Behind France (30 percent), Israel was India's second-largest supplier with 12 percent in 2020-2024.")
    assert ("state:ISR", 12.0, "percent") in got and ("state:FRA", 30.0, "percent") in got
    assert ("state:FRA", 12.0, "percent") not in got


def test_a_force_heading_a_relative_clause_owns_its_troops() -> None:
    got = _stats("The CSTO contingent, which numbers some 1,800 troops, left on Friday.")
    assert ("org:csto", 1800.0, "count") in got


def test_a_relative_clause_on_no_actor_counts_nothing() -> None:
    assert _stats("Kazakhstan passed a law. Organisations that employ more than 1,500 workers must register.") == set()


def test_a_state_exporting_tonnes_is_their_subject() -> None:
    assert ("state:UZB", 1.9e6, "t") in _stats("Uzbekistan exported 1.9 million tonnes of grain in 2023.")


def test_tonnes_with_no_trading_state_are_left_out() -> None:
    got = _stats("Trucks carried 200,000 tonnes of cargo across the Kazakh border in 2023.")
    assert not any(u == "t" for _s, _v, u in got)


def test_people_working_abroad_are_their_state_s() -> None:
    assert ("state:UZB", 2e6, "count") in _stats("Roughly 2 million Uzbeks work in Russia.")


def test_people_working_somewhere_with_no_state_are_no_statistic() -> None:
    assert _stats("About 1.5 million people work in the capital.") == set()


def test_a_home_ministry_speaking_after_the_figure_names_the_dateline_state() -> None:
    got = _stats("More than 4,000 residents were evacuated from the Osh region, the emergency ministry said.",
                 head=WIRE_HEAD)
    assert ("state:KGZ", 4000.0, "count") in got


def test_a_border_with_a_neighbour_named_before_its_length() -> None:
    assert ("state:UZB", 144.0, "km") in _stats("Uzbekistan's border with Afghanistan runs for 144 km along the river.")


def test_with_actor_falling_to_a_share_is_that_actor_s() -> None:
    got = _stats("Russia's share of Kazakhstan's imports rose to 70 percent in 2020-2024, with China falling to 9 percent.")
    assert ("state:CHN", 9.0, "percent") in got and ("state:RUS", 9.0, "percent") not in got


def test_but_ahead_of_actor_with_a_share_is_that_actor_s() -> None:
    got = _stats("France supplied 20 percent of the arms in 2015-2019, behind Russia with 50 percent "
                 "but ahead of Israel with 10 percent.")
    assert ("state:ISR", 10.0, "percent") in got and ("state:FRA", 10.0, "percent") not in got


def test_a_measure_heading_a_that_clause_is_its_state_s() -> None:
    got = _stats("The World Bank estimates that remittances to Tajikistan fell 10 percent in 2023.")
    assert ("state:TJK", 10.0, "percent") in got
