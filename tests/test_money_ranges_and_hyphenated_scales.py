"""Money figures whose scale is written only once: the lower bound of a range takes the upper
bound's scale ("$2-3 billion" is two billion dollars, not two dollars), and a scale joined by a
hyphen ("a $300-million credit line") is read (invented sentences)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.nlp.numbers import find_money
from silkgraph.pipeline import analyse_source


def _values(text: str) -> list[tuple[float, str]]:
    return [(n.value, n.unit) for n in find_money(text)]


def test_a_dash_range_gives_its_scale_to_the_lower_bound() -> None:
    assert _values("Kazakhstan spends $2-3 billion a year on defence.") == [(2e9, "USD")]
    assert _values("The grant was worth €140–170 million.") == [(140e6, "EUR")]


def test_a_to_range_with_signs_on_both_bounds() -> None:
    assert _values("Turkey pledged $20 to $25 million.") == [(20e6, "USD"), (25e6, "USD")]


def test_and_joins_a_range_only_after_between() -> None:
    assert _values("Aid of between €30 and €40 million arrived.") == [(30e6, "EUR"), (40e6, "EUR")]
    assert _values("Georgia paid $5 and received 10 million doses.") == [(5.0, "USD")]


def test_a_hyphenated_scale_is_read() -> None:
    assert _values("India extended a $300-million credit line.") == [(300e6, "USD")]
    assert _values("India set aside Rs 500-crore for the port.") == [(5e9, "INR")]


def test_a_figure_with_its_own_scale_keeps_it() -> None:
    assert _values("It cost $2 million-3 billion, by various counts.") == [(2e6, "USD")]


def test_the_statistic_carries_the_scaled_value() -> None:
    text = "Regional note\n\nBy Dana Ortiz\nMarch 4, 2025\n\nKazakhstan spends $2-3 billion a year on defence.\n"
    got = {
        (f.args["subject"], f.args["value"], f.args["unit"])
        for aa in analyse_source(Source("t.txt", text))
        for f in aa.extraction.facts
        if f.type == "statistic"
    }
    assert got == {("state:KAZ", 2e9, "USD")}
