"""Tolls a side tells and the holders of counted people, with near misses (all sentences invented).

Structures:
- a state that "recorded"/"registered" a figure had it ("X recorded 6.1 percent growth"); only a
  counting body ("UN agencies recorded …") is the source of what it records;
- "X said Y had lost N of its soldiers": "its" is the reported clause's subject (Y), not the teller;
- "the Taliban said N of their fighters had been killed and M wounded in the X raids": the armed group
  that tells of "their" people owns them (a demonym in a trailing phrase is only the attacker);
- "N of its citizens had been detained/evacuated": the measure is the fate as written, not "killed";
- dead and hurt told by a side with no people noun ("X said 71 had died and 120 were wounded; Y said 49
  were killed", "…, and Y said 7 had been wounded") and a demonym toll told by its own side before or
  after it ("At least 27 Xs were killed and 40 wounded …, X's capital said");
- "put its (military) losses (in the war) at N / at eleven", "the X toll from the shelling reached N",
  "the X side's death toll climbed to N";
- a name's possessive before counted people with no approximation ("China's 2,500 troops in Y");
- demonyms as nouns of people who fled ("70,000 Kyrgyz fled", "40,000 undocumented Afghans fled"; an
  "ethnic" people is no state's citizens) and the place people left as the verb's object ("… fled Karabakh");
- the simple past of a side's own count is a toll as a tally ("… were killed and 7 of them remain
  missing", "killed or went missing"), not on its own ("… were killed on Sunday").
"""

from __future__ import annotations

import pytest
from event_facts import source_facts, statistic_triples

HEAD = "Fighting flared along the frontier this month. "


def _stats(body: str) -> set[tuple[str, float, str]]:
    return statistic_triples(body, HEAD)


def _subjects(body: str, value: float, unit: str = "count") -> set[str]:
    return {s for s, v, u in _stats(body) if v == value and u == unit}


def _measures(body: str, value: float) -> set[str]:
    facts = source_facts("Test headline\n\n" + HEAD + body, "statistic")
    return {f.args["measure"] for f in facts if f.args["value"] == value}


# ------------------------------------------------------------------ a state that recorded a figure


@pytest.mark.parametrize("body, subject, value", [
    ("Turkmenistan recorded 6.1 percent growth in 2022.", "state:TKM", 6.1),
    ("Tajikistan recorded 8.4 percent growth in 2023, the fastest in the region.", "state:TJK", 8.4),
    ("Kyrgyzstan recorded inflation of 7 percent in the first quarter.", "state:KGZ", 7),
])
def test_a_state_that_recorded_a_figure_had_it(body: str, subject: str, value: float) -> None:
    assert subject in _subjects(body, value, "percent"), _stats(body)


def test_a_counting_body_that_recorded_a_figure_is_its_source() -> None:
    body = "UN agencies recorded 4,500 returns from Iran in March."
    assert "org:un" not in _subjects(body, 4500), _stats(body)


# ------------------------------------------------------------------ whose people "its" counts


def test_its_is_the_reported_clauses_subject_that_lost_them() -> None:
    body = "Kyrgyzstan said Tajikistan had lost at least 60 of its soldiers in the fighting."
    assert _subjects(body, 60) == {"state:TJK"}, _stats(body)


def test_its_stays_the_tellers_when_the_other_side_killed_them() -> None:
    body = "Azerbaijan said on Monday that Armenian shelling had killed 20 of its soldiers."
    assert "state:ARM" not in _subjects(body, 20), _stats(body)


def test_an_armed_group_telling_of_their_fighters_owns_them() -> None:
    body = "The Taliban said 23 of their fighters had been killed and 14 wounded in the Pakistani air raids."
    assert _subjects(body, 23) == {"armed:taliban"} and _subjects(body, 14) == {"armed:taliban"}, _stats(body)


def test_people_an_armed_group_tells_of_are_not_its_own() -> None:
    body = "The Taliban said 46 people had been killed in the raids, most of them women."
    assert "armed:taliban" not in _subjects(body, 46), _stats(body)


@pytest.mark.parametrize("body, value, measure", [
    ("Kazakhstan said that 150 of its citizens had been detained in Russia.", 150, "detained"),
    ("Uzbekistan said 900 of its nationals had been evacuated from Sudan.", 900, "evacuated"),
    ("Tajikistan said 12 of its soldiers had died in the fighting.", 12, "died"),
])
def test_the_measure_of_a_told_count_is_the_fate_as_written(body: str, value: float, measure: str) -> None:
    assert _measures(body, value) == {measure}, _measures(body, value)


# ------------------------------------------------------------------ dead and hurt told by a side


def test_each_side_tells_its_dead_and_hurt_without_a_noun() -> None:
    body = "Azerbaijan said 71 had died and 120 were wounded; Armenia said 49 were killed."
    assert _subjects(body, 71) == {"state:AZE"} and _subjects(body, 120) == {"state:AZE"}, _stats(body)
    assert _subjects(body, 49) == {"state:ARM"}, _stats(body)


def test_a_second_teller_tells_its_own_hurt() -> None:
    body = "Tajikistan said 15 of its citizens had been killed, and Kyrgyzstan said 7 had been wounded."
    assert _subjects(body, 15) == {"state:TJK"} and _subjects(body, 7) == {"state:KGZ"}, _stats(body)


@pytest.mark.parametrize("body", [
    "At least 27 Indians were killed and 40 wounded in the Pakistani shelling, Delhi said.",
    "Delhi said at least 27 Indians were killed and 40 wounded in the Pakistani shelling.",
])
def test_a_side_tells_its_own_peoples_dead_with_their_wounded(body: str) -> None:
    assert _subjects(body, 27) == {"state:IND"} and _subjects(body, 40) == {"state:IND"}, _stats(body)


@pytest.mark.parametrize("body, value", [
    ("India said 100 had been killed in its strikes on the camps.", 100),
    ("Officials said 12 had died after the river burst its banks.", 12),
    ("Pakistan said 12 were killed when militants stormed a post.", 12),
    ("Pakistan said 19 had died in an attack on a convoy.", 19),
    ("At least 27 Indians were killed and 40 wounded in the shelling, Islamabad said.", 27),
    ("Armenia said 49 were killed.", 49),
])
def test_no_side_toll_is_told(body: str, value: float) -> None:
    assert _subjects(body, value) == set(), _stats(body)


# ------------------------------------------------------------------ tolls put at a figure


@pytest.mark.parametrize("body, subject, value", [
    ("Tajikistan put its losses at eleven.", "state:TJK", 11),
    ("Azerbaijan put its military losses at about 2,900.", "state:AZE", 2900),
    ("Yerevan put its losses in the fighting at 3,825 soldiers.", "state:ARM", 3825),
    ("The Indian toll from the shelling reached 22, the army said.", "state:IND", 22),
    ("The Kyrgyz side's death toll climbed to 63.", "state:KGZ", 63),
    ("Kyrgyzstan's death toll in the fighting rose to 59.", "state:KGZ", 59),
])
def test_a_toll_names_its_side(body: str, subject: str, value: float) -> None:
    assert _subjects(body, value) == {subject}, _stats(body)


@pytest.mark.parametrize("body, value", [
    ("Officials put the toll at nine.", 9),
    ("The toll from the shelling reached 22, the army said.", 22),
    ("A Kyrgyz spokesman said the Tajik toll from the clashes reached 38.", 38),
    ("Kazakhstan put its losses at 3 percent of output.", 3),
])
def test_no_sides_toll_is_put(body: str, value: float) -> None:
    assert _subjects(body, value) == set(), _stats(body)


def test_losses_in_money_are_no_toll() -> None:
    body = "Armenia put its losses in trade at $2 billion."
    assert {u for _s, v, u in _stats(body) if v == 2e9} == {"USD"}, _stats(body)


# ------------------------------------------------------------------ holders of counted people


@pytest.mark.parametrize("body, subject, value", [
    ("China's 2,500 troops in Djibouti stayed on base.", "state:CHN", 2500),
    ("Turkey's 3,000 soldiers left Syria in 2023.", "state:TUR", 3000),
    ("More than 70,000 Kyrgyz fled the valley.", "state:KGZ", 70000),
    ("About 40,000 undocumented Afghans fled the province.", "state:AFG", 40000),
    ("About 110,000 ethnic Armenians fled Karabakh in a week.", "place:nagorno-karabakh", 110000),
])
def test_the_holder_or_demonym_owns_the_people_counted(body: str, subject: str, value: float) -> None:
    assert _subjects(body, value) == {subject}, _stats(body)


@pytest.mark.parametrize("body, value", [
    ("Pakistan's 10 largest firms account for a third of exports.", 10),
    ("About 3,000 Kyrgyz horses were sold at the fair.", 3000),
    ("About 110,000 ethnic Azerbaijanis fled the region in a month.", 110000),
])
def test_no_people_are_counted(body: str, value: float) -> None:
    assert _subjects(body, value) == set(), _stats(body)


# ------------------------------------------------------------------ the simple past as a tally


@pytest.mark.parametrize("body, subject, value", [
    ("Azerbaijan said 35 of its servicemen were killed and 7 of them remain missing.", "state:AZE", 35),
    ("Georgia said 14 of its soldiers were killed or went missing.", "state:GEO", 14),
])
def test_a_side_tallies_its_dead_in_the_simple_past(body: str, subject: str, value: float) -> None:
    assert _subjects(body, value) == {subject}, _stats(body)


def test_the_simple_past_alone_narrates_one_days_dead() -> None:
    body = "Pakistan said 12 of its soldiers were killed on Sunday."
    assert _subjects(body, 12) == set(), _stats(body)
