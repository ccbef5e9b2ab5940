"""Figures of an arms purchase are the transfer's, not statistics: "24 Rafale fighters" (aircraft of
a named type, not fighters as people), "helicopters under a $1.9 billion programme", a rupee price
written with its sign and glossed in dollars ("for about ₹50,000 crore, or roughly $6 billion");
near misses: fighters of a group, programmes outside arms, amounts in rupees with the sign."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_count_of_a_named_aircraft_type_is_no_people_count() -> None:
    got = _stats("Under a 2019 agreement worth about €3.1 billion, or some $3.4 billion, Egypt bought 24 Rafale "
                 "fighters from Dassault Aviation; the first six arrived in 2021.")
    assert not any(u == "count" for _s, _v, u in got)
    assert not any(u == "count" for _s, _v, u in _stats("Qatar bought 36 Rafale fighters in a deal worth roughly $8 billion."))


def test_programme_money_in_a_sentence_about_arms() -> None:
    assert not any(u == "USD" for _s, _v, u in _stats(
        "French suppliers have provided 12 H225M and 8 NH90 helicopters under a $1.9 billion programme."))


def test_rupee_price_and_its_dollar_gloss() -> None:
    got = _stats("The latest deal covers 26 Rafale M jets from Dassault for about ₹50,000 crore, or roughly $6 billion.")
    assert not any(u in ("USD", "INR") for _s, _v, u in got)


def test_near_misses() -> None:
    assert ("armed:islamic-state", 300.0, "count") in _stats("Some 300 fighters of the Islamic State were killed in the offensive.")
    assert ("org:imf", 3e9, "USD") in _stats("Pakistan secured a $3 billion programme from the International Monetary Fund in 2023.")
    assert ("state:IND", 6.81e12, "INR") in _stats("India's defence budget for 2025-26 is ₹6.81 lakh crore.")
    assert any(v == 4.8e10 and u == "INR" for _s, v, u in _stats(
        "The Vibrant Villages Programme was approved in 2023 with ₹4,800 crore for border villages."))
