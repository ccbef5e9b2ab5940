"""Statistics: "worth", "valued at" and "put the value of … at" price a deal only when the thing
valued is a transaction or arms; a stock or a flow so valued (an economy's worth) is a measure, and
a price told after a figure stays the deal's."""

from __future__ import annotations

from dateline_facts import figures
from event_facts import statistic_triples as _stats


def test_flow_worth_is_a_measure() -> None:
    got = _stats("Kyrgyzstan is exposed. Remittances sent home by migrants were worth about $2.4 billion in 2023.")
    assert ("state:KGZ", 2.4e9, "USD") in got


def test_put_the_value_of_a_total() -> None:
    got = _stats("Nikol Pashinyan put the value of the Russian weapons his country had paid for but never "
                 "received at about $400 million.")
    assert ("state:ARM", 4e8, "USD") in got


def test_deal_worth_is_no_measure() -> None:
    assert not _stats("Armenia signed a deal worth $400 million with India.")
    assert not _stats("India sold Armenia Pinaka launchers worth $250 million.")
    assert not _stats("Azerbaijan bought drones valued at $300 million from Israel.")


def test_economy_worth_is_a_measure() -> None:
    assert ("state:ARM", 24e9, "USD") in _stats("Armenia's economy is worth about $24 billion.")
    assert not _stats("The deal is worth about $2 billion.")


def test_price_after_figure_stays_a_deal() -> None:
    got = figures("In May Russia signed an agreement under which Russia would lend €1.3 billion of "
                  "the line's estimated €1.6 billion cost.")
    assert not any(v == 1_600_000_000.0 for _s, v, _u in got)
