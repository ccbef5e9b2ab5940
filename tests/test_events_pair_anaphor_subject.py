""""Both countries" or "the two governments" in a clause about the sentence's subject state: the
pair includes that subject (the pair the article names together), not the last two-state event told
about others; with no subject state, "the two governments" take the last two-state event.  Own
sentences."""

from __future__ import annotations

from event_facts import event_facts, source_facts

TEXT = ("Test headline about the region\n\n"
        "India and Pakistan fought a short war in May 2023. India and Pakistan both blamed the other. "
        "Washington later courted Islamabad. On 18 June 2023 Donald Trump met Nepal's prime minister in Washington. "
        "In late June 2023 New Delhi refused to endorse a statement of the Shanghai Cooperation Organisation, to "
        "which both countries have belonged since 2017.\n"
        "Published: 12 March 2024\n")


def test_both_countries_include_the_subject_state() -> None:
    got = [f for f in source_facts(TEXT, "membership") if f.args.get("organization") == "org:sco"]
    members = {f.args["member"] for f in got}
    assert "state:IND" in members
    assert not members & {"state:USA", "state:NPL"}


def test_the_two_governments_pair_the_subject_with_the_main_state() -> None:
    facts = event_facts("Mongolia depends on its neighbours. Mongolia courts partners. Mongolia trains troops. "
                        "Japan raised ties to a partnership in May 2019, and the two governments signed "
                        "an air-transport agreement in June 2023.")
    got = [f for f in facts if f.args["event_type"] == "agreement" and f.args["date"] == "2023-06"]
    assert got and set(got[0].args["actors"]) == {"state:JPN", "state:MNG"}


def test_the_two_governments_take_the_last_two_state_event() -> None:
    facts = event_facts("Armenia and Georgia signed a transit accord in March 2023. Trade grew. "
                        "The two governments announced a joint customs post in May 2023.")
    got = [f for f in facts if f.args["date"] == "2023-05"]
    assert got and set(got[0].args["actors"]) == {"state:ARM", "state:GEO"}
