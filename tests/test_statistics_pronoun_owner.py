"""Statistics: a pronoun heading the figure's clause names its owner — "in 2020–2024 it took 40
percent" (the subject before), "Its members are home to …" (the bloc named before), "X's two
frigates gave it 70 percent" (the possessor heading the clause)."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_it_with_an_irregular_verb_after_a_fronted_year() -> None:
    got = _stats("Mongolia buys few weapons. In 2015–2019 it took 12 percent of all arms sold to East Asia.")
    assert ("state:MNG", 12.0, "percent") in got


def test_its_members_stand_for_the_bloc() -> None:
    got = _stats("The Collective Security Treaty Organization was set up in 2002. Armenia and Belarus joined early. "
                 "Its members account for about 15 percent of the world's land area.")
    assert ("org:csto", 15.0, "percent") in got
    assert not any(s in ("state:ARM", "state:BLR") for s, _v, _u in got)


def test_given_to_it_is_the_possessor_heading_the_clause() -> None:
    got = _stats("Qatar imports little, but France's two frigates gave it 70 percent of the country's imports in 2020–2024.")
    assert ("state:FRA", 70.0, "percent") in got
    assert ("state:QAT", 70.0, "percent") not in got


def test_its_sales_gave_it_stands_for_the_subject_before() -> None:
    got = _stats("Japan's role is of another kind. Its sales of radars and patrol boats gave it 9 percent of the "
                 "region's imports in 2015–2019.")
    assert ("state:JPN", 9.0, "percent") in got


def test_its_inside_a_predicate_is_no_clause_head() -> None:
    # "its" owns a noun of the predicate, after "and": the bloc named as the clause subject keeps the figure
    got = _stats("The European Union is Mongolia's third trading partner and its largest donor, accounting for "
                 "more than 30 percent of aid.")
    assert ("state:MNG", 30.0, "percent") not in got


def test_its_heading_a_sentence_after_an_organisation() -> None:
    got = _stats("The Asian Development Bank opened an office in Tashkent. Its loans to Uzbekistan rose by 30 percent in 2023.")
    assert ("org:adb", 30.0, "percent") in got and ("state:UZB", 30.0, "percent") not in got
    got = _stats("Kazakhstan is the largest economy in Central Asia. Its exports grew by 20 percent in 2023.")
    assert ("state:KAZ", 20.0, "percent") in got
