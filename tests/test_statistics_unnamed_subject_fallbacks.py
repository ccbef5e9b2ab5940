"""Figures whose clause names no actor: bilateral trade (the state named last before), a budget
the government changed (the article's main state), people counted by their demonym (their state)."""

from __future__ import annotations

from test_extract_statistics import stats


def _sv(text: str) -> list[tuple[str, float, str]]:
    return [(s["subject"], s["value"], s["unit"]) for s in stats(text)]


def test_bilateral_trade_takes_the_state_named_before() -> None:
    text = "Chile and Peru signed three agreements in Lima. Bilateral trade reached $4 billion in 2023."
    assert ("state:PER", 4e9, "USD") in _sv(text)
    # the first sentence of an article: no state before, no subject
    assert _sv("Bilateral trade reached $4 billion in 2023.") == []


def test_budget_the_government_raised() -> None:
    text = ("Peru's navy wants new frigates. The navy is to press for a larger share of the defence budget, "
            "which the government raised by about 12 percent for 2025.")
    assert ("state:PER", 12.0, "percent") in _sv(text)


def test_people_counted_by_their_demonym() -> None:
    assert _sv("Some 2 million Peruvians work in Chile, according to official data.") == [
        ("state:PER", 2e6, "count")]
    assert _sv("By the end of 2022, close to 300,000 Venezuelans had gone home.") == [
        ("state:VEN", 3e5, "count")]
    # an actor before the number: its figure ("Chile hosts …"), not the demonym's state
    assert _sv("Chile hosts 2 million Peruvians.") != [("state:PER", 2e6, "count")]
    # a small group is one incident's, not a population
    assert _sv("About 40 Peruvians protested outside the embassy.") == []
