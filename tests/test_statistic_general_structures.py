"""General sentence structures of statistics: parallel lists whose numbers each carry their unit, an
actor compared with ("Behind X (N percent), Y …": Y is no scope of X's figure), an actor's force
heading a relative clause, a state trading tonnes, people living or working abroad, a home ministry
speaking after the figure, a border "with X" before its length, "with X falling to N percent",
"but ahead of X with N percent" (X no scope either), and an economic measure heading a "that"
clause.  Each checked exactly (subject, value, unit, scope, period), with near misses."""

from __future__ import annotations

from event_facts import source_facts

WIRE_HEAD = "BISHKEK, March 12 (Test Wire) – Officials met on Monday. "
Row = tuple[str, float, str, str | None, tuple[int, ...] | None]


def _stats(body: str, head: str = "Officials met on Monday. ") -> set[Row]:
    """(subject, value, unit, scope, period) of each statistic of a short article with ``body``."""
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"], f.args.get("scope"),
             tuple(f.args["period"]) if f.args.get("period") else None)
            for f in source_facts("Test headline\n\n" + head + body, "statistic")}


def test_list_numbers_each_with_its_unit_are_matched_in_order() -> None:
    assert _stats("Russia led the field; Germany and Italy followed at 7% and 6% respectively.") == {
        ("state:DEU", 7.0, "percent", None, None), ("state:ITA", 6.0, "percent", None, None)}


def test_a_list_of_changes_with_units_is_no_share() -> None:
    assert _stats("Exports to Georgia and Armenia grew by 12 percent and 9 percent.") == set()


def test_the_actor_behind_which_another_ranks_keeps_only_its_own_figure() -> None:
    # the actor after the bracket is a rival, not the scope of the bracketed figure
    assert _stats("Behind France (30 percent), Israel was India's second-largest supplier with 12 percent "
                  "in 2020-2024.") == {
        ("state:FRA", 30.0, "percent", "state:IND", (2020, 2024)),
        ("state:ISR", 12.0, "percent", None, (2020, 2024)),
        ("state:ISR", 2.0, "rank", None, (2020, 2024))}
    assert _stats("Behind Germany (22 percent), China was Turkmenistan's largest buyer with 41 percent in 2023.") == {
        ("state:DEU", 22.0, "percent", "state:TKM", (2023, 2023)),
        ("state:CHN", 41.0, "percent", None, (2023, 2023))}


def test_a_force_heading_a_relative_clause_owns_its_troops() -> None:
    assert _stats("The CSTO contingent, which numbers some 1,800 troops, left on Friday.") == {
        ("org:csto", 1800.0, "count", None, None)}


def test_a_relative_clause_on_no_actor_counts_nothing() -> None:
    assert _stats("Kazakhstan passed a law. Organisations that employ more than 1,500 workers must register.") == set()


def test_a_state_exporting_tonnes_is_their_subject() -> None:
    assert _stats("Uzbekistan exported 1.9 million tonnes of grain in 2023.") == {
        ("state:UZB", 1.9e6, "t", None, (2023, 2023))}


def test_tonnes_with_no_trading_state_are_left_out() -> None:
    assert _stats("Trucks carried 200,000 tonnes of cargo across the Kazakh border in 2023.") == set()


def test_people_working_abroad_are_their_state_s() -> None:
    assert _stats("Roughly 2 million Uzbeks work in Russia.") == {("state:UZB", 2e6, "count", None, None)}


def test_people_working_somewhere_with_no_state_are_no_statistic() -> None:
    assert _stats("About 1.5 million people work in the capital.") == set()


def test_a_home_ministry_speaking_after_the_figure_names_the_dateline_state() -> None:
    assert _stats("More than 4,000 residents were evacuated from the Osh region, the emergency ministry said.",
                  head=WIRE_HEAD) == {("state:KGZ", 4000.0, "count", None, None)}


def test_a_border_with_a_neighbour_named_before_its_length() -> None:
    assert _stats("Uzbekistan's border with Afghanistan runs for 144 km along the river.") == {
        ("state:UZB", 144.0, "km", None, None)}


def test_with_actor_falling_to_a_share_is_that_actor_s() -> None:
    assert _stats("Russia's share of Kazakhstan's imports rose to 70 percent in 2020-2024, with China "
                  "falling to 9 percent.") == {
        ("state:RUS", 70.0, "percent", "state:KAZ", (2020, 2024)),
        ("state:CHN", 9.0, "percent", "state:KAZ", (2020, 2024))}


def test_but_ahead_of_actor_with_a_share_is_that_actor_s() -> None:
    # the actors "behind" and "ahead of" which France ranks are no scope of any figure
    assert _stats("France supplied 20 percent of the arms in 2015-2019, behind Russia with 50 percent "
                  "but ahead of Israel with 10 percent.") == {
        ("state:FRA", 20.0, "percent", None, (2015, 2019)),
        ("state:RUS", 50.0, "percent", None, (2015, 2019)),
        ("state:ISR", 10.0, "percent", None, (2015, 2019))}


def test_a_measure_heading_a_that_clause_is_its_state_s() -> None:
    assert _stats("The World Bank estimates that remittances to Tajikistan fell 10 percent in 2023.") == {
        ("state:TJK", 10.0, "percent", None, (2023, 2023))}


def test_peers_listed_with_their_own_figures_are_no_scope() -> None:
    # "X (5.5 percent), Y (3.8 percent)", "ahead of X with 28 percent and Y with 24 percent": peers
    assert _stats("Georgia supplied 61 percent of the arms in 2021-2023, far ahead of Israel (5.5 percent), "
                  "Turkey (3.8 percent) and Sweden (3.7 percent).") == {
        ("state:GEO", 61.0, "percent", None, (2021, 2023)), ("state:ISR", 5.5, "percent", None, (2021, 2023)),
        ("state:TUR", 3.8, "percent", None, (2021, 2023)), ("state:SWE", 3.7, "percent", None, (2021, 2023))}
    assert _stats("In 2016-2020 the United States supplied 42 percent, ahead of Germany with 28 percent and "
                  "China with 24 percent.") == {
        ("state:USA", 42.0, "percent", None, (2016, 2020)), ("state:DEU", 28.0, "percent", None, (2016, 2020)),
        ("state:CHN", 24.0, "percent", None, (2016, 2020))}
    # near miss: a state named after the figure with no figure of its own is still its scope
    assert _stats("Russia's share of arms sold to Armenia was 61 percent in 2021-2023.") == {
        ("state:RUS", 61.0, "percent", "state:ARM", (2021, 2023))}
