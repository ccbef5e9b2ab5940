"""A past war recalled by its date alone ("the 2020 war", "the war of autumn 2018") takes as its sides the
two states of a fight of that year the article told before, when exactly one pair fought that year, or the
state told as winning or losing it (a winner told after the loser's war of that year is its other side); a
state that only watched, armed or supplied the war is no side of it, and "a gas war", "the war of words",
"the war for influence" are no armed war.  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import DATELINE, event_facts, event_tuples, of_type

AZ_AM = ("attack", ("state:AZE",), ("state:ARM",), "2016-10-03")


def _attacks(body: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return event_tuples(of_type(event_facts(body), "attack"))


def _evidence_of(body: str, words: str) -> list[tuple[str, ...]]:
    """The actors of the attacks whose evidence holds ``words``."""
    text = DATELINE + body
    return [tuple(f.args["actors"]) for f in of_type(event_facts(body), "attack")
            if any(words in text[e.start:e.end] for e in f.evidence)]


def test_the_war_told_again_by_its_year_takes_the_sides_of_that_years_fight() -> None:
    body = ("Azerbaijani troops attacked Armenian positions on 3 October 2016. "
            "Since the 2016 war, Yerevan has bought radars from France.")
    assert _attacks(body) == {AZ_AM}
    assert _evidence_of(body, "2016 war") == [("state:AZE",)]  # told again: evidence of the fight


def test_two_pairs_fighting_that_year_leave_the_war_unread() -> None:
    body = ("Azerbaijani troops attacked Armenian positions on 3 October 2016. Iran and Iraq clashed in 2016 too. "
            "Since the 2016 war, Yerevan has bought radars from France.")
    assert _attacks(body) == {AZ_AM, ("attack", ("state:IRN", "state:IRQ"), (), "2016")}
    assert _evidence_of(body, "2016 war") == []


def test_a_gas_war_is_no_fight_and_gives_no_sides() -> None:
    body = ("Russia invaded Georgia in August 2008. In 2008 Russia and Ukraine fought a gas war. "
            "The 2008 war changed the region.")
    assert _attacks(body) == {("attack", ("state:RUS",), ("state:GEO",), "2008-08")}
    assert not _attacks("In 2008 Russia and Ukraine fought a trade war.")


def test_a_state_winning_or_losing_the_war_is_a_side() -> None:
    assert _attacks("Armenia lost the 44-day war of autumn 2018, and Turkey sold drones to Baku.") == \
        {("attack", ("state:ARM",), (), "2018")}
    assert _attacks("After Azerbaijan's victory in the 2018 war, trade with Georgia grew.") == \
        {("attack", ("state:AZE",), (), "2018")}


def test_the_winner_told_after_the_loser_is_the_same_wars_other_side() -> None:
    got = of_type(event_facts("Armenia lost the 2018 war. Azerbaijan won the 2018 war."), "attack")
    assert event_tuples(got) == {("attack", ("state:ARM", "state:AZE"), (), "2018")}
    assert len(got[0].evidence) == 2 and "date alone" in got[0].inferences["actors"]
    # near miss: a war of another year is another war
    assert _attacks("Armenia lost the 2018 war. Azerbaijan won the 2016 war.") == \
        {("attack", ("state:ARM",), (), "2018"), ("attack", ("state:AZE",), (), "2016")}


def test_a_war_of_words_or_for_influence_is_no_war() -> None:
    assert _attacks("Years later, Russia won the 2008 war of words with Ukraine.") == set()
    assert _attacks("Russia lost the 2020 war for influence in the region.") == set()
    # near misses: a place or a state after the war noun keeps it a war
    assert _attacks("Armenia lost the 2018 war in Karabakh.") == \
        {("attack", ("state:ARM",), ("state:AZE",), "2018")}
    assert _attacks("Georgia lost the 2008 war with Russia.") == {("attack", ("state:GEO",), ("state:RUS",), "2008")}


def test_a_state_watching_or_supplying_the_war_is_no_side() -> None:
    assert _attacks("Iran watched the 2018 war with visible discomfort.") == set()
    assert _attacks("Turkey's weight as a supplier grew around the war of 2018.") == set()


def test_a_war_feared_or_a_possessed_war_is_not_filled_in() -> None:
    assert _attacks("Kazakhstan fears a war in the region, officials in Astana said.") == set()
    # "its 2018 war": the possessive names the party, no inference is made
    got = of_type(event_facts("Azerbaijan won its 2018 war with drones bought from Turkey."), "attack")
    assert [f.inferences.get("actors", "") for f in got if "date alone" in f.inferences.get("actors", "")] == []
