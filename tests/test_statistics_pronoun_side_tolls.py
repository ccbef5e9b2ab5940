"""Statistics: a side's count of its own people told through a possessive — "N wounded on its
side", "N dead on their side", "its toll of N dead", "the number of its (or X's) citizens killed
rose to N" — belongs to the clause's subject (a state, or the state of a ministry), not to another
state named earlier in the sentence."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_wounded_on_its_side_is_the_tellers() -> None:
    got = _stats("Clashes between Uzbek and Kazakh guards broke out on Monday, and Kazakhstan's interior "
                 "ministry said 12 people had been killed and 41 wounded on its side.")
    assert ("state:KAZ", 41.0, "count") in got
    assert not any(s == "state:UZB" and v == 41.0 for s, v, _u in got)


def test_dead_on_their_side_told_by_demonym_officials() -> None:
    got = _stats("Armenia reported heavy losses on Tuesday, and Azerbaijani officials reported 18 dead on their side.")
    assert ("state:AZE", 18.0, "count") in got


def test_side_of_a_non_state_teller_is_no_states() -> None:
    got = _stats("Georgia counted its losses, and Abkhaz officials reported around 30 deaths on their side.")
    assert not any(v == 30.0 for _s, v, _u in got)


def test_toll_of_named_by_its() -> None:
    got = _stats("Uzbekistan has not revised its toll of 14 dead since Friday.")
    assert ("state:UZB", 14.0, "count") in got


def test_number_of_its_citizens_raised_to() -> None:
    got = _stats("Kazakhstan raised the number of its citizens killed in the riots to 41 on Monday.")
    assert ("state:KAZ", 41.0, "count") in got


def test_number_of_demonym_people_risen_to() -> None:
    got = _stats("Officials said the number of Tajik workers detained had risen to 230 by Friday.")
    assert ("state:TJK", 230.0, "count") in got


def test_number_of_without_change_or_with_year_is_no_count() -> None:
    assert not any(v == 41.0 for _s, v, _u in _stats("Kazakhstan asked about the number of its citizens abroad; 41 replied."))
    assert not any(v == 2024.0 for _s, v, _u in _stats("Kazakhstan raised the number of its citizens abroad to 2024 levels."))


def test_possessed_toll_that_rose() -> None:
    got = _stats("Uzbekistan's death toll rose to 18 on Sunday.")
    assert ("state:UZB", 18.0, "count") in got
    assert not any(u == "count" for _s, _v, u in _stats("Uzbekistan's death toll rose to 12 percent."))
