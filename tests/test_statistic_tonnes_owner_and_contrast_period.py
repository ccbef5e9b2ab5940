"""Tonnes are a statistic of a work or of the state trading them, never of a state only because its
demonym qualifies the goods ("2 million tonnes of Russian wheat" is not Russia's figure); a date
told as a deadline across a contrastive clause boundary (", while Y aims to … by 2030") is no period
of the figure.
Exact (subject, value, unit, scope, period) rows, with near misses."""

from __future__ import annotations

from test_statistic_general_structures import _stats


def test_tonnes_of_a_state_s_goods_are_the_trading_state_s() -> None:
    assert _stats("Kazakhstan imported 2 million tonnes of Russian wheat in 2023.") == {
        ("state:KAZ", 2e6, "t", "state:RUS", (2023, 2023))}


def test_a_date_across_a_contrast_is_no_period_and_a_target_no_figure() -> None:
    assert _stats("Kazakhstan imported 2 million tonnes of Russian wheat, while Uzbekistan aims to export "
                  "3 million tonnes by 2030.") == {("state:KAZ", 2e6, "t", "state:RUS", None)}
    assert _stats("Georgia bought 300,000 tonnes of Ukrainian grain, but Armenia plans to buy 500,000 "
                  "tonnes by the end of 2026.") == {("state:GEO", 3e5, "t", "state:UKR", None)}
    # a date of the other clause that is no deadline is still the sentence's period
    assert _stats("Georgia bought 300,000 tonnes of Ukrainian grain, while Armenia bought none, in 2023.") == {
        ("state:GEO", 3e5, "t", "state:UKR", (2023, 2023))}


def test_tonnes_of_goods_with_no_trader_or_work_are_left_out() -> None:
    # the demonym qualifying the goods names no one whose figure it is
    assert _stats("Some 2 million tonnes of Russian wheat reached the region in 2023.") == set()
    assert _stats("Officials expect 5 million tonnes of Kazakh grain to be sold abroad in 2025.") == set()


def test_gas_of_a_state_s_goods_is_still_that_state_s() -> None:
    # (volumes of gas keep the goods' owner: "of Turkmen gas")
    assert _stats("Up to 2 bcm a year of Turkmen gas would reach Azerbaijan.") == {
        ("state:TKM", 2.0, "bcm", "state:AZE", None)}
