"""People hurt or held: "hurt" is a harm verb like "injured" ("10 officers had been hurt"), and a
count of people read both as a plain count and as people hurt or held takes the harm reading, which
knows whose people they are ("more than 90,000 Tajik residents were evacuated")."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_hurt_is_a_harm_verb() -> None:
    got = _stats("The Kyrgyz interior ministry said 12 police officers had been hurt in Osh.")
    assert ("state:KGZ", 12.0, "count") in got


def test_hurt_near_miss_not_people() -> None:
    assert not any(v == 40.0 for _s, v, _u in _stats("The sanctions hurt 40 percent of Kyrgyz exporters' sales."
                                                   ) if _u == "count")


def test_evacuated_residents_with_their_demonym() -> None:
    got = _stats("Fighting spread along the border on Friday, while more than 90,000 Tajik residents were evacuated.")
    assert ("state:TJK", 90000.0, "count") in got
