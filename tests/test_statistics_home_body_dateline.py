"""People hurt or held, counted by an unnamed home institution of a wire story ("the interior
ministry said …"): the dateline country's people, not the state the story has named most (a
foreign government reacting).  A foreign bureau's dateline ("LONDON, … – Iran executed …") is
no scene: its state counts only when the article is mainly about it or its paragraph or lead names
it again; else the article's main state."""

from __future__ import annotations

from event_facts import source_facts


def _stats(body: str, dateline: str = "YEREVAN, May 4 (Test Wire) - ") -> set[tuple[str, float]]:
    text = "Test headline\n\n" + dateline + body + "\n"
    return {(f.args["subject"], f.args["value"]) for f in source_facts(text, "statistic")}


LEAD = ("France and Germany criticised Armenian officials on Monday. France said it would summon the ambassador. "
        "French officials also wrote to Brussels. ")


def test_unnamed_interior_ministry_counts_the_dateline_state() -> None:
    got = _stats(LEAD + "Protesters marched again on Sunday, and the interior ministry said 130 people had been detained.")
    assert ("state:ARM", 130.0) in got
    assert ("state:FRA", 130.0) not in got


def test_named_foreign_ministry_near_miss() -> None:
    # the institution's own state is named: the dateline does not decide
    got = _stats(LEAD + "The French interior ministry said 40 people had been detained in Lyon.")
    assert ("state:ARM", 40.0) not in got


def test_foreign_bureau_dateline_does_not_beat_the_main_state() -> None:
    got = _stats("Iran executed two men over the protests. The health ministry said 30 people were hurt in the unrest.",
                 "LONDON, 3 December 2024 (Test Wire) – ")
    assert ("state:IRN", 30.0) in got
    assert ("state:GBR", 30.0) not in got


def test_foreign_bureau_dateline_figure_in_a_later_paragraph() -> None:
    got = _stats("Kyrgyzstan tightened its border on Monday.\n\nPolice said 12 people were detained near the crossing.",
                 "ALMATY, 3 December 2024 (Test Wire) – ")
    assert ("state:KGZ", 12.0) in got
    assert ("state:KAZ", 12.0) not in got


def test_reacting_bloc_in_a_foreign_bureau() -> None:
    got = _stats("The European Union condemned the crackdown on protesters in Georgia. Police said 224 people had been detained.",
                 "BRUSSELS, 3 December 2024 (Test Wire) – ")
    assert ("state:GEO", 224.0) in got
    assert ("state:BEL", 224.0) not in got


def test_dateline_state_named_in_the_lead_still_counts() -> None:
    # near miss: the lead names a city of the dateline's state, so the story happens there
    got = _stats("Thousands marched in Yerevan on Sunday.\n\nThe interior ministry said 130 people had been detained.")
    assert ("state:ARM", 130.0) in got


def test_dateline_state_that_is_the_main_state_still_counts() -> None:
    # near miss: the article is mainly about the dateline's state
    got = _stats("Kyrgyzstan raised pensions on Monday. Kyrgyzstan also cut fuel taxes.\n\n"
                 "Protests went on, and police said 15 people had been hurt.", "BISHKEK, 3 December 2024 (Test Wire) – ")
    assert ("state:KGZ", 15.0) in got
