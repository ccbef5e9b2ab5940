"""Statistics: shares of a state's imports (own sentences): possessive figures and gapped ranks
("Russia's share … at 60 percent and China's at 30 percent"), a share told by "it" after a colon, a
share "of X's imports" that came from Y, a second possessor's share with its noun left out ("when
India's climbed to 33 percent"), "its share" as the subject's, and a group named with a number that
is no count."""

from __future__ import annotations

from dateline_facts import figures, statistic_figures
from event_facts import statistic_triples as _stats


def test_possessive_figure_and_gapped_rank() -> None:
    got = figures("SIPRI put Russia's share of Mongolia's imports at 60 percent and China's at 30 percent, "
                  "with France a distant third at 5 percent.")
    assert {("state:RUS", 60.0, "percent"), ("state:CHN", 30.0, "percent"), ("state:FRA", 5.0, "percent")} <= got
    got = figures("Italy's share of Turkmen imports rose to 20 percent, second only to Turkey's 45 percent.")
    assert ("state:TUR", 45.0, "percent") in got


def test_share_told_by_it_after_a_colon() -> None:
    got = figures("Israel sells much of Baku's weaponry: it accounted for 60 percent of Azerbaijan's arms imports.")
    assert got == {("state:ISR", 60.0, "percent")}


def test_group_named_with_a_number_is_not_a_count() -> None:
    assert figures("Russia supplied roughly 70 percent of the arms delivered to the five Central Asian states.") == {
        ("state:RUS", 70.0, "percent")}


def test_share_that_came_from() -> None:
    got = _stats("About 55 percent of Georgia's wheat imports came from Russia in 2023.")
    assert ("state:RUS", 55.0, "percent") in got and ("state:GEO", 55.0, "percent") not in got


def test_elliptical_possessive_share() -> None:
    got = statistic_figures("Observers put Japan's share at 20 percent in 2019, when India's climbed to 33 percent.")
    assert ("state:IND", 33.0, "percent") in got and ("state:JPN", 33.0, "percent") not in got


def test_its_share_of_imports_is_the_subjects() -> None:
    got = figures("France remains Egypt's second arms supplier, although its share of Egyptian arms "
                  "imports fell to 21 percent in 2019-23.")
    assert ("state:FRA", 21.0, "percent") in got
    assert not any(s == "state:EGY" for s, _v, _u in got)
