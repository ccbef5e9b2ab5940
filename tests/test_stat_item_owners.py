"""Amounts owned by the actor named right before them: items of a "followed by" list ("followed by
Y at $2.2 billion, or 12.4 percent of the total, Z at $1.7 billion") and trade nouns headed by a
demonym ("Kyrgyz exports of $410 million dwarfed Tajik sales of $22.5 million"); near misses."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_followed_by_list_gives_each_item_its_own_amount_and_share() -> None:
    got = _stats("Kazakhstan was the largest partner at $3.1 billion, followed by Russia at about $2.2 billion, "
                 "or 12.4 percent of the total, China at $1.7 billion and Iran at $0.9 billion.")
    assert {("state:KAZ", 3.1e9, "USD"), ("state:RUS", 2.2e9, "USD"), ("state:RUS", 12.4, "percent"),
            ("state:CHN", 1.7e9, "USD"), ("state:IRN", 9e8, "USD")} <= got
    assert ("state:KAZ", 12.4, "percent") not in got


def test_trade_nouns_headed_by_demonyms() -> None:
    got = _stats("In the first half, Kyrgyz exports of $410 million dwarfed Tajik sales of $22.5 million.")
    assert {("state:KGZ", 4.1e8, "USD"), ("state:TJK", 2.25e7, "USD")} <= got
    assert ("state:KGZ", 2.25e7, "USD") not in got


def test_near_misses() -> None:
    assert _stats("Russia sold arms worth $2 billion to India, followed by France.") == set()
    assert ("state:CHN", 3e9, "USD") in _stats("China was the largest partner at $3 billion in 2023.")
