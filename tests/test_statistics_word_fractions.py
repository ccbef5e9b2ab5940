"""Statistics: fractions told in words heading a clause ("Half of Mongolia's imports of fuel come
from China") or beyond a share verb or a clause's head (", close to half of X's GDP", "sells
two-thirds of its exports", "sending about a quarter of the total") and "one in five" proportions
of a people; thirds in whole percent."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_fraction_restating_a_figure() -> None:
    got = _stats("Kyrgyzstan depends on migrants: transfers reached $2.4 billion in 2023, close to half of "
                 "Kyrgyzstan's GDP.")
    assert ("state:KGZ", 50.0, "percent") in got


def test_fraction_after_a_selling_verb_and_a_gerund() -> None:
    assert ("state:KAZ", 67.0, "percent") in _stats("Kazakhstan now ships two-thirds of its oil exports via Russia.")
    got = _stats("Exports to Georgia rose to $900 million, with Azerbaijan alone sending about a quarter of the total.")
    assert ("state:AZE", 25.0, "percent") in got


def test_one_in_n_of_a_people() -> None:
    assert ("state:UZB", 25.0, "percent") in _stats("One in four Uzbek households relies on money sent from abroad.")


def test_fraction_near_misses() -> None:
    assert not _stats("In the first half of the year Kazakhstan's exports rose.")
    assert not _stats("Half of the delegates left early.")
    assert not _stats("Tajikistan cut its spending by half of what it planned.")
    assert not _stats("One of the five Kyrgyz delegates left early.")


def test_thirds_in_whole_percent() -> None:
    assert ("state:CHN", 33.0, "percent") in _stats("China held nearly a third of Tajikistan's external debt.")


def test_word_share_heading_a_clause() -> None:
    assert ("state:CHN", 50.0, "percent") in _stats("Half of Mongolia's imports of fuel come from China.")
    assert ("state:UZB", 25.0, "percent") in _stats("Roughly a quarter of Uzbekistan's cotton output goes to Bangladesh.")
    assert not _stats("Half of the delegates left the hall early.")
