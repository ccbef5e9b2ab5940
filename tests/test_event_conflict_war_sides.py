"""A past war recalled by its date alone ("the 2020 war", "the war of autumn 2018") takes as its sides the
two states of a fight of that year the article told before, or the state told as winning or losing it; a
state that only watched, armed or supplied the war is no side of it.  Own sentences."""

from __future__ import annotations

from event_facts import DATELINE, event_facts, of_type


def _wars(body: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(f.args["actors"]) | frozenset(f.args.get("targets") or []), f.args["date"])
            for f in of_type(event_facts(body), "attack")]


def test_the_war_told_again_by_its_year_takes_the_sides_of_that_years_fight() -> None:
    body = ("Azerbaijani troops attacked Armenian positions on 3 October 2016. "
            "Since the 2016 war, Yerevan has bought radars from France.")
    wars = _wars(body)
    assert all(sides == frozenset({"state:AZE", "state:ARM"}) for sides, _d in wars if _d.startswith("2016"))
    told = [f for f in of_type(event_facts(body), "attack") if any("2016 war" in body[e.start - len(DATELINE):e.end]
                                                                    for e in f.evidence)]
    assert told  # the recalled war is told (as its own event or as evidence of the fight)


def test_a_state_winning_or_losing_the_war_is_a_side() -> None:
    got = _wars("Armenia lost the 44-day war of autumn 2018, and Turkey sold drones to Baku.")
    assert (frozenset({"state:ARM"}), "2018") in got
    got = _wars("After Azerbaijan's victory in the 2018 war, trade with Georgia grew.")
    assert any("state:AZE" in sides and date == "2018" for sides, date in got)


def test_a_state_watching_or_supplying_the_war_is_no_side() -> None:
    assert not _wars("Iran watched the 2018 war with visible discomfort.")
    assert not _wars("Turkey's weight as a supplier grew around the war of 2018.")


def test_a_war_feared_or_a_possessed_war_is_not_filled_in() -> None:
    assert not _wars("Kazakhstan fears a war in the region, officials in Astana said.")
    # "its 2018 war": the possessive names the party, no inference is made
    got = of_type(event_facts("Azerbaijan won its 2018 war with drones bought from Turkey."), "attack")
    assert all("actors" not in f.inferences or "date alone" not in f.inferences["actors"] for f in got)
