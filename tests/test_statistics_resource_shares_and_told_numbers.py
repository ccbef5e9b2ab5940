"""Shares of a state's resources heading their clause ("Some 40 percent of X's water is lost",
"About 80 percent of its farmland depends on …", "its" standing for the state the text is about),
and numbers of people a teller puts at a figure ("X put the number of evacuees at 136,000", "put
the number of Kazakh volunteers at 2,000"), with near misses that must not give the figure."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_a_share_of_a_states_water_heading_its_clause_is_the_states() -> None:
    assert ("state:TKM", 40.0, "percent") in _stats("Some 40 percent of Turkmenistan's water is lost in leaking ditches.")
    assert ("state:KGZ", 15.0, "percent") in _stats("Nearly 15 percent of Kyrgyzstan's grain goes to feed.")


def test_a_share_of_its_land_is_the_state_the_previous_sentence_is_about() -> None:
    body = "Pakistan's exposure is severe. About 70 percent of its farmland depends on the river."
    assert ("state:PAK", 70.0, "percent") in _stats(body, head="")
    body = "Tajikistan fears a dry summer. Roughly 60 percent of its electricity comes from one dam."
    assert ("state:TJK", 60.0, "percent") in _stats(body, head="")


def test_its_share_of_something_no_state_owns_is_no_states_figure() -> None:
    # "its engineers": no resource or economy of a state; the company's revenue is the company's
    assert not any(s == "state:KAZ" for s, _v, _u in _stats(
        "Kazakhstan buys the turbines. About 30 percent of its engineers are foreign.", head=""))
    assert not any(s == "state:UZB" and v == 60.0 for s, v, _u in _stats(
        "Uzbekistan courted the firm. The company is struggling. Some 60 percent of its revenue comes from gas.",
        head=""))


def test_a_share_with_an_actor_keeps_the_actors_reading() -> None:
    got = _stats("Russia supplies about 70 percent of its wheat to Egypt, Kazakhstan said.")
    assert ("state:KAZ", 70.0, "percent") not in got


def test_a_state_putting_the_number_of_its_people_at_a_figure() -> None:
    assert ("state:KGZ", 136000.0, "count") in _stats("Kyrgyzstan put the number of evacuees at 136,000.")
    assert ("state:KGZ", 9000.0, "count") in _stats(
        "Kyrgyzstan's emergency ministry put the number of displaced families at about 9,000.")
    assert ("state:KAZ", 2000.0, "count") in _stats("Officials put the number of Kazakh volunteers at 2,000.")


def test_put_the_number_near_misses() -> None:
    # the dead told as a bare number name no side (an event's toll); a cost is no count of people;
    # people of another state named in the phrase are not the teller's
    assert _stats("Kyrgyzstan put the number of dead at 40.") == set()
    assert not any(u == "count" for _s, _v, u in _stats("Kazakhstan put the cost of the bridge at 40 million."))
    assert ("state:UZB", 1200000.0, "count") not in _stats(
        "Uzbekistan put the number of Tajik traders in Russia at 1.2 million.")
