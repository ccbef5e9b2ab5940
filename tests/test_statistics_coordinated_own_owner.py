"""A share coordinated with the one before it keeps that one's subject ("60 percent of X's imports
and 20 percent of its fuel"), unless it names its own owner: "against 30 percent for X and 9
percent for Y" — Y's share, not X's."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_coordinated_share_with_its_own_owner() -> None:
    got = _stats("Official data show that France accounted for about 48 percent of Egypt's arms imports in 2023, "
                 "against some 30 percent for Russia and 9 percent for Germany.")
    assert ("state:DEU", 9.0, "percent") in got
    assert ("state:RUS", 9.0, "percent") not in got


def test_coordinated_share_near_miss_keeps_the_subject() -> None:
    got = _stats("Russia supplied 70 percent of Armenia's arms imports and 15 percent of its fuel.")
    assert ("state:RUS", 15.0, "percent") in got
