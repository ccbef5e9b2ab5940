"""Statistics: counts of people (own sentences) told with a general noun or a plural demonym
("more than 800,000 undocumented Afghans", "1,600 people in 2024"), a state organ reporting "its"
people, tolls reported in the perfect ("X said 105 of its soldiers had been killed"), populations of
a named place or that "reached" a figure, people displaced, and troops or warheads deployed and held
(with a scale word, and gapped); near misses (crowds, audiences, unreported tolls)."""

from __future__ import annotations

from dateline_facts import figures, statistic_figures
from event_facts import statistic_triples as _stats


def test_plural_demonym_counted_for_the_acting_state() -> None:
    got = _stats("Iran has expelled more than 900,000 undocumented Afghans since January.")
    assert ("state:IRN", 900000.0, "count") in got


def test_toll_over_a_year_is_a_statistic() -> None:
    got = _stats("Insurgents killed more than 2,300 people in 2023, most of them in Balochistan.")
    assert ("state:PAK", 2300.0, "count") in got


def test_people_near_misses() -> None:
    assert not _stats("A bomb killed 1,200 people in Kabul on 3 May.")  # one attack's dead: an event
    assert not _stats("Some 300 people gathered outside parliament in Tbilisi.")  # a crowd, not a measure
    assert not _stats("More than 5,000 people attended the rally in Yerevan.")  # no counting cue
    assert not _stats("France delivered 2,000 Rafales to nobody in 1999.")  # no people, no demonym


def test_state_organ_reports_its_people() -> None:
    got = _stats("The Afghan defence ministry said 30 of its soldiers had been killed.")
    assert ("state:AFG", 30.0, "count") in got


def test_population_reached() -> None:
    assert ("state:UZB", 37e6, "count") in _stats("Uzbekistan's population reached 37 million in 2024.")


def test_displaced_and_decimal_counts() -> None:
    assert ("state:PAK", 20000.0, "count") in _stats("The floods displaced more than 20,000 people in Sindh, Pakistan.")
    assert not any(v == 1.0 for _s, v, _u in _stats("Iran deported more than 1.5 million Afghans in 2024."))


def test_reported_tolls() -> None:
    assert ("state:GEO", 37.0, "count") in statistic_figures(
        "Tbilisi said on Friday that 37 Georgian soldiers had been killed since the offensive began.")
    assert ("state:UKR", 12.0, "count") in statistic_figures("Ukraine's general staff said 12 of its troops had died in the shelling.")
    assert not statistic_figures("Four soldiers were killed when their truck hit a mine near the border.")
    assert not statistic_figures("Nine soldiers had been killed when the convoy was ambushed on Friday.")


def test_populations() -> None:
    assert ("state:KGZ", 7e6, "count") in statistic_figures("Kyrgyzstan, a country of about 7 million people, depends on remittances.")
    assert ("state:TJK", 10e6, "count") in statistic_figures("Most of Tajikistan's 10 million people live in rural areas.")
    assert ("state:MNG", 3.5e6, "count") in statistic_figures("Mongolia has a population of 3.5 million.")
    assert not statistic_figures("About 5 million people watched the broadcast of the parade.")
    assert not statistic_figures("Police said 300 people attended the rally in Almaty.")


def test_deployed_and_held_counts_with_scale_and_gapping() -> None:
    assert ("org:csto", 2000.0, "count") in figures("The CSTO sent more than 2,000 troops to Kazakhstan.")
    assert ("state:TJK", 1.5e6, "count") in figures("Tajikistan depends on Russia, where roughly 1.5 million Tajik "
                                                    "migrants work.")
    got = figures("Pakistan held about 170 nuclear warheads and India 172, according to SIPRI.")
    assert {("state:PAK", 170.0, "count"), ("state:IND", 172.0, "count")} <= got
