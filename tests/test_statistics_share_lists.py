"""Statistics: each share of a list of suppliers belongs to the actor written with it — a gapped
figure with any hedge ("Spain under 3 percent", "and Italy only 5 percent", "Iran for the remaining
10 percent"), a figure in parentheses after its actor ("behind France (40 percent)"), and a share
noun owned by an actor ("where China's share stayed at 70 percent", "the U.S. share fell from
6 percent")."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_gapped_figures_with_any_hedge() -> None:
    got = _stats("Belarus supplied 70 percent of Mongolia's arms imports in 2015–2019, Spain about 9 percent "
                 "and Israel under 3 percent.")
    assert ("state:ISR", 3.0, "percent") in got
    assert ("state:BLR", 3.0, "percent") not in got
    got = _stats("France supplied 45 percent of Qatar's imports in 2019–2023, Germany 20 percent and Italy only 5 percent.")
    assert ("state:ITA", 5.0, "percent") in got
    assert ("state:FRA", 5.0, "percent") not in got


def test_the_remaining_share() -> None:
    got = _stats("Russia accounted for 90 percent of Armenia's imports in 2012–2021, Iran for the remaining 10 percent.")
    assert ("state:IRN", 10.0, "percent") in got
    assert ("state:RUS", 10.0, "percent") not in got


def test_figure_in_parentheses_after_its_actor() -> None:
    got = _stats("In 2014–2023, Italy supplied 9 percent of the arms delivered to the Gulf states, behind France "
                 "(40 percent) and just ahead of Spain (8.7 percent).")
    assert ("state:FRA", 40.0, "percent") in got
    assert ("state:ESP", 8.7, "percent") in got
    assert ("state:ITA", 40.0, "percent") not in got
    # an acronym or a year in parentheses is no owner of a figure
    assert ("state:ITA", 9.0, "percent") in got


def test_share_noun_owned_by_an_actor() -> None:
    got = _stats("Germany accounted for 3 percent of Chile's imports, where China's share stayed at 70 percent.")
    assert ("state:CHN", 70.0, "percent") in got
    assert ("state:DEU", 70.0, "percent") not in got
    got = _stats("France supplied 60 percent of Egypt's arms imports in 2018–2022, while the U.S. share fell "
                 "from 6 percent in 2013–2017 to 2 percent.")
    assert ("state:USA", 6.0, "percent") in got
    assert ("state:FRA", 6.0, "percent") not in got


def test_earlier_level_keeps_its_subject_without_a_share_owner() -> None:
    got = _stats("Turkey's share stood at 30 percent, down from 34 percent a year earlier.")
    assert ("state:TUR", 34.0, "percent") in got
