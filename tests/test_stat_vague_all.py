"""A share told as "all" is 100 percent only when nothing hedges it: "almost all", "nearly all",
"virtually all" of a whole name no figure (not 100 percent, and no other number), after a share
verb or heading a clause. Near misses: a bare "all", and hedged fractions ("about half", "nearly a
third"), keep their figures."""

from __future__ import annotations

from event_facts import source_facts


def _values(body: str) -> set[float]:
    """The percent values of the statistics of a short article with ``body``."""
    return {round(f.args["value"], 2) for f in source_facts("Test headline\n\nOfficials met on Monday. " + body,
                                                            "statistic") if f.args["unit"] == "percent"}


def test_hedged_all_after_a_share_verb_is_no_figure() -> None:
    assert _values("Kazakhstan buys almost all of its major weapons from Russia.") == set()
    assert _values("Russia supplied nearly all of Armenia's arms imports in the 2010s.") == set()
    assert _values("China provides virtually all of Tajikistan's drone imports.") == set()


def test_hedged_all_heading_a_clause_is_no_figure() -> None:
    assert _values("Almost all of Kyrgyzstan's fuel imports come from Russia.") == set()


def test_near_miss_bare_all_and_hedged_fractions_keep_their_figures() -> None:
    assert _values("Russia supplied all of Armenia's arms imports in 2015.") == {100.0}
    assert _values("Turkey accounted for about half of Azerbaijan's arms imports.") == {50.0}
    assert _values("China supplied nearly a third of Uzbekistan's arms imports.") == {33.0}
