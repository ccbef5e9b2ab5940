"""Publication-date estimates ignore dates told as arranged for the future ("set for", "due on")."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment import estimate_published


def _not_before(text: str) -> str:
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None
    return est.not_before


def test_dates_set_for_the_future_do_not_date_the_article() -> None:
    for arranged in ("with a new vote set for 14 February 2026", "with talks due on 1 March 2026",
                     "with a summit slated for 3 March 2026"):
        text = (f"On 2 May 2024 the prime minister resigned, and a caretaker took office on 10 May 2024, "
                f"{arranged}.")
        assert _not_before(text).startswith("2024-05"), arranged


def test_a_date_set_in_the_past_still_counts() -> None:
    assert _not_before("The court set the hearing aside on 9 June 2025.").startswith("2025-06")
