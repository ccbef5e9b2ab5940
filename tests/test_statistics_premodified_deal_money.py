"""Statistics: money that prices a transaction is a deal's value, not a statistic, also when the
deal noun heads a long noun phrase after the money ("a $300 million X Development Fund grant
compact") or when a comma modifier values the noun phrase before the comma ("a deal for 12
jets, reportedly worth $2 billion"). Money premodifying a budget or valuing a flow stays."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_money_before_a_long_named_compact() -> None:
    got = _stats("Mongolia's parliament ratified a $350 million Asian Infrastructure Investment Bank water compact in 2021.")
    assert not any(u == "USD" for _s, _v, u in got)


def test_comma_worth_values_the_deal_before_the_comma() -> None:
    got = _stats("In May Kazakhstan signed a deal with Spain for 12 transport aircraft, reportedly worth about $900 million.")
    assert not any(u == "USD" for _s, _v, u in got)


def test_money_premodifying_a_budget_stays() -> None:
    got = _stats("Kyrgyzstan approved a $1.5 billion budget for health in 2023.")
    assert ("state:KGZ", 1.5e9, "USD") in got


def test_comma_worth_of_a_flow_stays_a_statistic() -> None:
    got = _stats("Tajikistan's remittances, now worth about $3 billion, rose in 2023.")
    assert ("state:TJK", 3e9, "USD") in got
