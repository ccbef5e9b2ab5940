"""Levels set as targets are planned figures of whoever set them, never asserted and never the
partner's: "X has set a target of raising trade with Y to $5 billion" (X's, planned), "aim to
boost exports to $12 billion", "a goal of $3 billion"; a target no actor sets ("the two governments
set a target of …") and "a $5 billion trade target" give none. Near misses: figures reached or
raised without intent, and a figure told beside a target, stay asserted."""

from __future__ import annotations

from event_facts import source_facts


def _facts(body: str) -> set[tuple[str, float, str, str]]:
    """(subject, value, unit, modality) of the statistics of a short article with ``body``."""
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"], f.modality)
            for f in source_facts("Test headline\n\nOfficials met on Monday. " + body, "statistic")}


def test_target_noun_before_the_figure_is_the_setters_plan() -> None:
    assert _facts("Kazakhstan and Kyrgyzstan have set a target of $2 billion in annual trade.") == \
        {("state:KAZ", 2e9, "USD", "planned")}
    assert _facts("Tajikistan has set a target of raising annual trade with China to $5 billion.") == \
        {("state:TJK", 5e9, "USD", "planned")}
    assert _facts("Armenia and Iran have a goal of $3 billion in annual trade.") == {("state:ARM", 3e9, "USD", "planned")}


def test_growth_verb_under_an_intent_verb() -> None:
    assert _facts("Turkmenistan aims to boost gas exports to China to $12 billion by 2030.") == \
        {("state:TKM", 1.2e10, "USD", "planned")}
    got = _facts("Kazakhstan plans to increase the share of renewables in its power output to 15 percent.")
    assert got == {("state:KAZ", 15.0, "percent", "planned")}


def test_target_without_a_setter_gives_none() -> None:
    got = _facts("Trade reached $1 billion last year, and the two governments have set a target of $3 billion a year.")
    assert not any(v == 3e9 for _s, v, _u, _m in got)
    assert not any(u == "USD" for _s, _v, u, _m in _facts("The two presidents announced a $5 billion trade target on Monday."))


def test_near_misses_stay_asserted() -> None:
    assert ("state:KAZ", 2.5e9, "USD", "asserted") in _facts("Kazakhstan raised its defence budget to $2.5 billion in 2024.")
    got = _facts("Kazakhstan's exports to Russia rose to $4 billion in 2024, above the target of $3 billion.")
    assert ("state:KAZ", 4e9, "USD", "asserted") in got
    assert not any(v == 3e9 and m == "asserted" for _s, v, _u, m in got)
    assert ("state:CHN", 40.0, "percent", "asserted") in _facts("China's share of Kyrgyzstan's imports rose to 40 percent in 2024.")
    assert any(v == 1.2e9 and m == "asserted"
               for _s, v, _u, m in _facts("Georgia met its target: trade with Armenia reached $1.2 billion in 2024."))
