"""Arms transfers: one named system after an indefinite article ("a decommissioned S frigate")
counts one; an article before a deal noun does not (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _qty(text: str) -> dict[str, int | None]:
    return {t["system"]: t.get("quantity") for t in transfers(text)}


def test_article_before_a_named_ship_or_aircraft_counts_one() -> None:
    assert _qty("China donated a decommissioned Type 053H2G frigate to Sri Lanka in 2019.") == {
        "wpn:type-053h2g": 1}
    assert _qty("In 2023 France sold Greece a Rafale fighter.") == {"wpn:rafale": 1}


def test_article_before_a_deal_or_unit_noun_is_no_count() -> None:
    assert _qty("Egypt ordered a Rafale squadron from France.") == {"wpn:rafale": None}
    assert _qty("In 2019 Egypt bought Rafale jets from France.") == {"wpn:rafale": None}
