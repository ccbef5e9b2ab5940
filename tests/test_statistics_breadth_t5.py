"""Statistics (session 4, t5): breadth for unseen text — shares in words heading a clause, a share
"of X's imports" that came from Y, measures of an economy told with the state after "in" or with no
state (the article's), money an economy is worth, currencies the shared finder does not read, global
ordinal rankings, winners "elected with" a share, populations that "reached" a figure, and people
displaced or deported."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_word_share_heading_a_clause() -> None:
    assert ("state:CHN", 50.0, "percent") in _stats("Half of Mongolia's imports of fuel come from China.")
    assert ("state:UZB", 25.0, "percent") in _stats("Roughly a quarter of Uzbekistan's cotton output goes to Bangladesh.")
    assert not _stats("Half of the delegates left the hall early.")


def test_share_that_came_from() -> None:
    got = _stats("About 55 percent of Georgia's wheat imports came from Russia in 2023.")
    assert ("state:RUS", 55.0, "percent") in got and ("state:GEO", 55.0, "percent") not in got


def test_indicator_in_a_state() -> None:
    assert ("state:TJK", 3.6, "percent") in _stats("Inflation in Tajikistan stood at 3.6 percent in 2024.")
    assert ("state:KGZ", 400e6, "USD") in _stats("Defence spending in Kyrgyzstan rose to $400 million last year.")
    assert not any(s == "state:KAZ" for s, _v, _u in _stats("Officials in Kazakhstan said 40 percent of the staff had left."))


def test_economy_worth_is_a_measure() -> None:
    assert ("state:ARM", 24e9, "USD") in _stats("Armenia's economy is worth about $24 billion.")
    assert not _stats("The deal is worth about $2 billion.")


def test_local_currencies() -> None:
    assert ("state:KAZ", 3e12, "KZT") in _stats("Kazakhstan's budget deficit reached 3 trillion tenge in 2024.")
    assert ("state:TKM", 107e9, "TMT") in _stats("Turkmenistan's state budget for 2025 amounts to 107 billion manat.")
    assert ("state:AZE", 8.3e9, "AZN") in _stats("Azerbaijan's military budget for 2025 is set at 8.3 billion manat.")


def test_global_ordinal_rank() -> None:
    assert ("state:TUR", 11.0, "rank") in _stats("Turkey is now the world's 11th-largest arms exporter.")
    assert not _stats("Mongolia is the world's largest landlocked democracy.")


def test_elected_with_a_share() -> None:
    got = _stats("Sadyr Japarov was elected with 79 percent of the vote in January 2021.")
    assert any(v == 79.0 and u == "percent" and s.startswith("person:") for s, v, u in got)


def test_population_reached() -> None:
    assert ("state:UZB", 37e6, "count") in _stats("Uzbekistan's population reached 37 million in 2024.")


def test_displaced_and_decimal_counts() -> None:
    assert ("state:PAK", 20000.0, "count") in _stats("The floods displaced more than 20,000 people in Sindh, Pakistan.")
    assert not any(v == 1.0 for _s, v, _u in _stats("Iran deported more than 1.5 million Afghans in 2024."))
