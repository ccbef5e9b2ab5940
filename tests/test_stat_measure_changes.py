"""A percentage telling a change of a measure no actor is tied to ("arrests rose by 20 percent") is
the article's main state's, with the reason recorded; a share of a whole or a level is no change
and stays dropped."""

from __future__ import annotations

from event_facts import source_facts

from silkgraph.extract.statistics.measure_changes import tells_change
from silkgraph.extract.statistics.patterns import Stat

HEAD = "Armenia Sees Busier Year\n\nYEREVAN, May 4 (Test Wire) – Officials in Armenia released figures on Monday. "


def _percents(body: str) -> set[tuple[str, float]]:
    return {(f.args["subject"], f.args["value"]) for f in source_facts(HEAD + body, "statistic")
            if f.args["unit"] == "percent"}


def _change(text: str) -> bool:
    at = text.index("1")
    end = text.index("percent") + len("percent")
    return tells_change(text, 0, Stat(at, end, 1.0, "percent"))


def test_a_change_with_no_actor_is_the_main_states() -> None:
    assert _percents("Fruit exports by road jumped 16 percent in the spring.") == {("state:ARM", 16.0)}
    assert _percents("Hospital admissions for flu fell by 13 percent over the winter.") == {("state:ARM", 13.0)}
    assert _percents("Reported fires in forests were 19 percent fewer than a year before.") == {("state:ARM", 19.0)}
    assert _percents("The draft law cuts spending on roads by 8 percent.") == {("state:ARM", 8.0)}


def test_the_reason_is_recorded() -> None:
    facts = source_facts(HEAD + "Rail freight volumes dropped 12 percent in March.", "statistic")
    assert [f.inferences.get("subject") for f in facts] == [
        "the article's main state (a change of a measure told with no actor tied to it)"]


def test_a_change_found_by_its_verb_or_comparative() -> None:
    assert _change("Ticket sales rose 14 percent.")
    assert _change("Ticket sales were up 14 percent.")
    assert _change("The agency raised the fee for permits by about 14 percent.")
    assert _change("Ticket sales were 14 percent higher.")
    assert _change("It was a 14 percent increase on the year.")
    assert _change("The new plan raises the fee for permits by 14 percent.")
    assert _change("Ticket sales showed an increase of about 14 percent.")


def test_a_share_a_level_or_a_bare_figure_is_no_change() -> None:
    assert not _change("Ticket sales rose by 14 percent of the total.")
    assert not _change("Ticket sales rose to 14 percent.")
    assert not _change("About 14 percent of voters stayed home.")
    assert not _change("A 14 percent rise in fares angered commuters.")
    assert not _change("Officials said 14 percent would be enough.")


def test_shares_with_no_actor_stay_dropped() -> None:
    assert _percents("Engineers say the weir could hold back up to 35 percent of the stream.") == set()
    assert _percents("A survey found 57 percent of drivers in favour of the toll.") == set()


def test_a_change_whose_clause_names_its_owner_is_not_the_states() -> None:
    assert _percents("The Lori region's potato harvest fell 7 percent, while output at Zangezur Copper rose 4 percent.") == set()
    assert _percents("Unemployment in the province rose 2 percent.") == set()
    assert _percents("Traffic on the corridor reportedly rose by more than 60 percent.") == set()
    assert _percents("Sales at the company's shops dropped 9 percent.") == set()
    assert _percents("Armenia's wine exports rose 5 percent.") == {("state:ARM", 5.0)}


def test_the_measure_is_the_phrase_that_changed() -> None:
    def measures(body: str) -> set[str]:
        return {f.args["measure"] for f in source_facts(HEAD + body, "statistic")}
    assert measures("Hospital admissions for flu fell by 13 percent over the winter.") == {"hospital admissions for flu"}
    assert measures("The draft law cuts spending on roads by 8 percent.") == {"spending on roads"}
    assert measures("In March, rail freight volumes dropped 12 percent.") == {"rail freight volumes"}


def test_the_source_or_the_actor_of_a_change_is_no_owner() -> None:
    assert _percents("According to the Caucasus Barometer of the Regional Centre, arrests for theft grew by 21 percent.") \
        == {("state:ARM", 21.0)}
    assert _percents("Finance Minister Vahe Hovhannisyan raised the fee for permits by about 14 percent.") == {("state:ARM", 14.0)}
