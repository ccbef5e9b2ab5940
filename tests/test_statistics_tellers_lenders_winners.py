"""Whose figure it is when the sentence names a teller, a lender or a winner apart from the figure:

* losses a teller puts "at" a number belong to the actor named with the losses ("officers put ANDSF
  losses in 2015 at 5,500 killed and 14,000 wounded"), never to the teller; a bare "the toll" names
  no side, and a share is no count;
* money "of"/"worth" a sum "from X" (a grant, a loan, a credit) is the lender's, not the receiver's;
* a research or monitoring body that records or counts a figure is its source, never its subject,
  while a state recording a figure had it;
* a vote share is won by the head of an appositive that ends right before the winning verb ("X, the
  party founded by Y, took 54 percent"), not by an actor named inside the appositive;
* a side that acknowledges or confirms its own forces killed tells its own toll;
* the part of a counted group a demonym names after "of them"/"of whom" is that state's people."""

from __future__ import annotations

from typing import Any

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _stats(body: str) -> list[dict[str, Any]]:
    text = "Test headline\n\nKABUL, 5 May 2025 — " + body + "\n"
    return [f.args for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts
            if f.type == "statistic"]


def _keys(body: str) -> set[tuple[Any, ...]]:
    return {(a["subject"], a["value"], a["unit"]) for a in _stats(body)}


def test_losses_put_at_a_figure_are_the_named_owners() -> None:
    keys = _keys("Pakistani generals put Taliban losses in 2021 at about 2,300 killed and more than 3,100 wounded.")
    assert ("armed:taliban", 2300.0, "count") in keys
    assert ("armed:taliban", 3100.0, "count") in keys
    assert ("armed:ttp", 450.0, "count") in _keys(
        "Officials in Peshawar estimated Tehreek-e-Taliban Pakistan losses at some 450 fighters last year.")
    assert ("org:nato", 38.0, "count") in _keys("Afghan officials put NATO's losses at 38 soldiers in 2010.")


def test_near_miss_put_without_a_side_or_a_count() -> None:
    assert _stats("Rescuers put the toll at 23 on Monday.") == []
    assert all(a["unit"] != "count" for a in _stats("Analysts put Taliban losses at 15 percent of its strength."))
    assert all(a["value"] != 200.0 for a in _stats("The governor put the Taliban attack at 200 metres from the gate."))


def test_money_of_a_sum_from_a_lender_is_the_lenders() -> None:
    assert ("org:adb", 75000000.0, "USD") in _keys(
        "Tajikistan rebuilt the road in 2018 with a grant of about $75 million from the Asian Development Bank, "
        "which also paid for the tunnel.")
    assert ("state:CHN", 2000000000.0, "USD") in _keys(
        "Kyrgyzstan took a loan worth some $2 billion from China for the railway.")


def test_near_miss_money_from_no_lender() -> None:
    assert ("state:KGZ", 90000000.0, "USD") in _keys(
        "Kyrgyzstan covered the gap with a loan of $90 million from its own reserves.")


def test_research_body_recording_a_figure_is_its_source() -> None:
    assert not any(a["subject"].startswith("org:") for a in _stats(
        "The Pak Institute for Peace Studies recorded 700 attacks in 2016, roughly 45 percent fewer than in 2015."))


def test_near_miss_a_state_recording_a_figure_had_it() -> None:
    assert ("state:UZB", 5.6, "percent") in _keys("Uzbekistan recorded 5.6 percent growth in 2022.")


def test_vote_share_goes_to_the_appositives_head() -> None:
    assert ("person:sadyr-japarov", 79.0, "percent") in _keys(
        "Sadyr Japarov, the former prisoner freed by protesters in 2020, won the presidential election with 79 percent"
        " of the vote.")
    keys = _keys("Georgian Dream, the party founded by Bidzina Ivanishvili, took 54 percent of the vote.")
    assert ("org:georgian-dream", 54.0, "percent") in keys
    assert ("person:bidzina-ivanishvili", 54.0, "percent") not in keys


def test_side_acknowledging_its_forces_killed_tells_its_own_toll() -> None:
    assert ("state:ARM", 12.0, "count") in _keys("Armenia officially acknowledged 12 servicemen killed in the shelling.")
    assert ("state:KGZ", 9.0, "count") in _keys("Kyrgyzstan confirmed 9 border guards killed on Friday.")


def test_near_miss_no_teller_no_own_toll() -> None:
    assert all(a["value"] != 14.0 for a in _stats("Witnesses reported 14 soldiers killed near the border on Friday."))


def test_partitive_demonym_names_the_states_people() -> None:
    keys = _keys("NATO kept about 11,000 troops in the country, about 6,900 of them American.")
    assert ("state:USA", 6900.0, "count") in keys
    assert ("state:TUR", 700.0, "count") in _keys("The mission deployed 2,000 soldiers, 700 of whom were Turkish.")


def test_near_miss_partitive_without_a_demonym() -> None:
    assert all(a["value"] != 60.0 for a in _stats("About 200 people were detained, 60 of them in Herat."))


def test_population_in_apposition_with_a_hedge_that_is_also_a_count_cue() -> None:
    assert ("place:osh", 320000.0, "count") in _keys("Osh, a city of roughly 320,000 people, lies near the border.")
    assert ("state:TJK", 10000000.0, "count") in _keys("Tajikistan, a country of some 10 million people, borders China.")


def test_near_miss_people_in_apposition_to_no_place() -> None:
    assert all(a["value"] != 3000.0 for a in _stats("Kyrgyz troops, roughly 3,000 people, crossed into the valley."))
