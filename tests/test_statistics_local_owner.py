"""Statistics: a share's owner named right around the figure — "against 21 percent for X", "the
26 percent credited to X", "X, …, the source of 60 percent of …", "with X providing the remaining
39 percent", "X's 55 and 36 percent"."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_for_owner_after_a_contrasted_share() -> None:
    got = _stats("In 2020–2024 Russia's share of Belarus's imports rose to 80 percent, against 12 percent for China.")
    assert ("state:CHN", 12.0, "percent") in got and ("state:RUS", 12.0, "percent") not in got


def test_for_without_a_contrast_is_no_owner() -> None:
    got = _stats("Russia supplied 80 percent for years.")
    assert ("state:RUS", 80.0, "percent") in got


def test_credited_to_owner() -> None:
    got = _stats("Germany's 40 percent came from a single submarine, and the 25 percent credited to Sweden from two corvettes.")
    assert ("state:SWE", 25.0, "percent") in got and ("state:DEU", 25.0, "percent") not in got


def test_appositive_source_of_a_share() -> None:
    got = _stats("That year Baku opened a mission in South Korea, Japan's neighbour and, by one count, the source of "
                 "30 percent of Azerbaijan's imports of ships.")
    assert ("state:KOR", 30.0, "percent") in got and ("state:JPN", 30.0, "percent") not in got


def test_with_gerund_and_the_remaining_share() -> None:
    got = _stats("Spain sold most of the trainers, with Italy providing the remaining 20 percent.")
    assert ("state:ITA", 20.0, "percent") in got


def test_two_shares_with_one_unit() -> None:
    got = _stats("The US share of Egypt's imports was 10 percent in 2015–2019 and 8 percent in 2020–2024, against "
                 "France's 35 and 27 percent.")
    assert ("state:FRA", 35.0, "percent") in got and ("state:FRA", 27.0, "percent") in got
    assert not any(v == 10.0 and s == "state:FRA" for s, v, _u in _stats("The rate rose by between 10 and 20 percent."))
