"""Aid given in a double-object clause is the recipient's figure ("X has provided Y with $N in aid",
"X promised Y about $N in military aid"); an amount not told as aid, or aid with no recipient
between the verb and the amount, keeps the reading it had."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_aid_given_to_a_named_recipient_is_its_figure() -> None:
    got = _stats("Since 2008, Tokyo has provided Mongolia with roughly US$ 3 billion in aid.")
    assert ("state:MNG", 3e9, "USD") in got and ("state:JPN", 3e9, "USD") not in got
    got = _stats("Ankara had given Turkmenistan more than $400 million in military aid over a decade.")
    assert ("state:TKM", 4e8, "USD") in got and ("state:TUR", 4e8, "USD") not in got
    assert ("state:ARM", 1.5e8, "USD") in _stats("Moscow reportedly promised Yerevan about $150 million in security assistance.")


def test_money_that_is_no_aid_or_has_no_recipient_keeps_its_giver() -> None:
    assert ("state:CHN", 2e10, "USD") in _stats("China has invested over $20 billion in Kazakhstan since 2005.")
    got = _stats("Russia's military aid to Tajikistan reached $200 million in 2023.")
    assert ("state:RUS", 2e8, "USD") in got and ("state:TJK", 2e8, "USD") not in got
