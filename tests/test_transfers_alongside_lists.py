"""Goods listed with "alongside" share the deal's verb, supplier and recipient, as with "together
with" ("bought 12 S alongside six T from X"): the listed-pair check reads "alongside" as a list's join
(transfers/hits.py had a second, narrower pattern under the same name, which hid it)."""

from __future__ import annotations

from event_facts import source_facts

BYLINE = "Test headline\n\nBy Lena Okafor\n\nMay 14, 2025\n\n"


def _keys(body: str) -> set[tuple[str, str, str, int | None]]:
    return {(f.args["supplier"], f.args["recipient"], f.args["system"], f.args.get("quantity"))
            for f in source_facts(BYLINE + body, "arms_transfer")}


def test_alongside_joins_a_list_of_goods() -> None:
    got = _keys("Azerbaijan bought 12 Bayraktar TB2 drones alongside six T-300 Kasirga rocket launchers "
                "from Turkey in 2020.")
    assert ("state:TUR", "state:AZE", "wpn:bayraktar-tb2", 12) in got
    assert ("state:TUR", "state:AZE", "wpn:t-300", 6) in got


def test_together_with_still_joins() -> None:
    got = _keys("Azerbaijan bought 12 Bayraktar TB2 drones together with six T-300 Kasirga rocket launchers "
                "from Turkey in 2020.")
    assert ("state:TUR", "state:AZE", "wpn:t-300", 6) in got
