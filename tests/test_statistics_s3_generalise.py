"""Statistic phrasings written by other hands (session 3)."""

from __future__ import annotations

from s3_facts import facts, figures


def test_possessive_figure_and_gapped_rank() -> None:
    got = figures("SIPRI put Russia's share of Mongolia's imports at 60 percent and China's at 30 percent, "
                  "with France a distant third at 5 percent.")
    assert {("state:RUS", 60.0, "percent"), ("state:CHN", 30.0, "percent"), ("state:FRA", 5.0, "percent")} <= got
    got = figures("Italy's share of Turkmen imports rose to 20 percent, second only to Turkey's 45 percent.")
    assert ("state:TUR", 45.0, "percent") in got


def test_share_told_by_it_after_a_colon() -> None:
    got = figures("Israel sells much of Baku's weaponry: it accounted for 60 percent of Azerbaijan's arms imports.")
    assert got == {("state:ISR", 60.0, "percent")}


def test_territory_share_is_the_owner_s() -> None:
    assert figures("Russian troops occupy about 20 percent of Georgia's territory.") == {("state:GEO", 20.0, "percent")}


def test_trade_between_prefers_the_article_state() -> None:
    got = figures("India buys Russian oil. India's imports soared. Bilateral trade between India and Russia "
                  "reached $65 billion in 2024.")
    assert ("state:IND", 65e9, "USD") in got


def test_deployed_and_held_counts_with_scale_and_gapping() -> None:
    assert ("org:csto", 2000.0, "count") in figures("The CSTO sent more than 2,000 troops to Kazakhstan.")
    assert ("state:TJK", 1.5e6, "count") in figures("Tajikistan depends on Russia, where roughly 1.5 million Tajik "
                                                    "migrants work.")
    got = figures("Pakistan held about 170 nuclear warheads and India 172, according to SIPRI.")
    assert {("state:PAK", 170.0, "count"), ("state:IND", 172.0, "count")} <= got


def test_group_named_with_a_number_is_not_a_count() -> None:
    assert figures("Russia supplied roughly 70 percent of the arms delivered to the five Central Asian states.") == {
        ("state:RUS", 70.0, "percent")}


def test_side_and_border_lengths_and_ranges() -> None:
    got = figures("The clashes displaced some 136,000 residents on the Kyrgyz side.")
    assert ("state:KGZ", 136000.0, "count") in got
    got = figures("Turkmenistan guards its frontier. The border with Afghanistan, 804 km long, is porous.")
    assert ("state:TKM", 804.0, "km") in got


def test_vote_share_of_the_winner_and_frozen_aid() -> None:
    got = facts("President Ilham Aliyev won a fifth term with 92 percent of the vote.", "statistic")
    assert [(a["subject"], a["value"]) for a in got] == [("person:ilham-aliyev", 92.0)]
    assert ("state:USA", 95e6, "USD") in figures("Washington paused $95 million in assistance to Tbilisi.")


def test_period_of_the_figure_before() -> None:
    got = facts("India took 9 percent of global arms imports in 2020-2024. "
                "Russia accounted for 36 percent of India's imports in the period, down from 55 percent in 2015-2019.",
                "statistic")
    by = {a["value"]: a.get("period") for a in got}
    assert by[36.0] == [2020, 2024] and by[55.0] == [2015, 2019]
