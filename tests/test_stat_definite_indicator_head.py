"""An economic measure heading its clause with a definite article ("The defence budget reached
$N", "The unemployment rate stood at N percent"), or its level told by a participle after a comma
("has grown in step, reaching $N"), is the article's main state's when no actor is named; a figure
whose head is no economic measure ("The contract reached $N") stays unowned."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

LEAD = "Georgia has rearmed since 2008. Georgia bought drones from Turkey. Georgia's army is growing. "


def test_a_definite_economic_measure_heading_its_clause_is_the_main_state() -> None:
    assert ("state:GEO", 9e8, "USD") in _stats(LEAD + "The defence budget reached US$ 900 million in 2023.")
    assert ("state:GEO", 11.0, "percent") in _stats(LEAD + "The unemployment rate stood at 11 percent last year.")


def test_a_level_told_by_a_participle_after_the_measure_grew() -> None:
    got = _stats(LEAD + "The defence budget has risen sharply, reaching some US$ 1.1 billion in 2024.")
    assert ("state:GEO", 1.1e9, "USD") in got


def test_a_definite_noun_that_is_no_economic_measure_gets_no_owner() -> None:
    assert not any(u == "USD" for _s, _v, u in _stats(LEAD + "The contract reached US$ 300 million in 2023."))
