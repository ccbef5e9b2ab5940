"""Counts of people as statistics: the dead a side tells (claims of enemy dead it killed, its own
dead, in digits or words) belong to the side named with them; people going home ("Afghans who have
returned") are their own state's count whoever the clause's actor is. Near misses: dead with no
teller, dead of no named side, things that are no people."""

from __future__ import annotations

import pytest
from event_facts import statistic_triples as _stats


@pytest.mark.parametrize(("text", "triple"), [
    # a side's claim of the enemy dead it killed: the owner named right after the count
    ("Kazakh officials said their forces killed 45 Taliban fighters near the pass.", ("armed:taliban", 45.0, "count")),
    ("Tashkent claimed it had killed 17 Tajik soldiers in the exchange.", ("state:TJK", 17.0, "count")),
    ("The ministry said its units had eliminated 33 Armenian servicemen.", ("state:ARM", 33.0, "count")),
    ("Dushanbe said it had killed more than 60 Kyrgyz troops.", ("state:KGZ", 60.0, "count")),
    # the dead named before dying, in words too
    ("The spokesman said eleven Taliban fighters had died.", ("armed:taliban", 11.0, "count")),
    ("Officials said 27 Pakistani soldiers were killed.", ("state:PAK", 27.0, "count")),
    # the teller's own forces
    ("Kyrgyzstan's defence ministry said that seven soldiers had been killed.", ("state:KGZ", 7.0, "count")),
])
def test_a_side_s_told_dead_are_its_count(text: str, triple: tuple[str, float, str]) -> None:
    assert triple in _stats(text)


@pytest.mark.parametrize(("text", "value"), [
    ("The army said it had killed 14 militants.", 14.0),  # no side named with the dead
    ("He said 31 people had died.", 31.0),  # people of no side
    ("Sixteen soldiers were killed in the ambush.", 16.0),  # no teller: one event's dead
    ("Officials said the strike killed 4 Chinese-made drones.", 4.0),  # no people
    ("The agency said 22 civilians had died in 2016.", 22.0),  # civilians of no side
    ("The army said 19 soldiers had been killed in an ambush.", 19.0),  # one incident's dead
    # a relative clause's killing, told of the killer: no side's told toll
    ("Officials said, in a statement, that the group that had killed 13 Iranian policemen was banned.", 13.0),
])
def test_dead_of_no_told_side_are_no_count(text: str, value: float) -> None:
    assert not any(v == value for _s, v, _u in _stats(text))


def test_people_going_home_are_their_own_state_s_count() -> None:
    got = _stats("Iran tightened its rules in 2024, and officials count over 800,000 Afghans who have since "
                 "returned from Iran.")
    assert ("state:AFG", 800000.0, "count") in got
    got = _stats("Turkey eased its border controls; according to the UN, some 350,000 Syrians have gone back.")
    assert ("state:SYR", 350000.0, "count") in got


def test_people_sent_away_stay_the_sender_s() -> None:
    got = _stats("Pakistan deported 450,000 Afghans last year.")
    assert ("state:AFG", 450000.0, "count") not in got


@pytest.mark.parametrize(("text", "triple"), [
    # people who went to fight, counted with where they come from ("from X", a demonym)
    ("Roughly 2,500 fighters from Kazakhstan travelled to Iraq, the report said.", ("state:KAZ", 2500.0, "count")),
    ("About 700 volunteers from Georgia have joined the foreign legion.", ("state:GEO", 700.0, "count")),
    ("Some 900 Tajik citizens are believed to have joined the group.", ("state:TJK", 900.0, "count")),
    ("More than 1,000 Uzbeks were recruited by the movement.", ("state:UZB", 1000.0, "count")),
])
def test_people_who_went_to_fight_are_their_home_s_count(text: str, triple: tuple[str, float, str]) -> None:
    assert triple in _stats(text)


@pytest.mark.parametrize(("text", "value"), [
    ("More than 800 Kyrgyz citizens joined the protests in Osh.", 800.0),  # a gathering, no war
    ("Some 20 Kazakh volunteers joined the unit.", 20.0),  # a handful: one group's people
    ("About 350 fighters from the group joined the assault.", 350.0),  # from no place
])
def test_joiners_of_no_war_or_no_place_are_no_count(text: str, value: float) -> None:
    assert not any(v == value for _s, v, _u in _stats(text))
