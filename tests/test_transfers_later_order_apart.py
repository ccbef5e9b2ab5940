"""Arms transfers: a second order of one system (or of another variant of its family) placed in
a later year than the goods told before is a deal of its own, not a batch of the first; a later
delivery of part of an order still merges into it (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _deals(text: str) -> set[tuple[str, int | None, str | None]]:
    return {(t["system"], t.get("quantity"), (t.get("date") or "")[:4] or None) for t in transfers(text)}


def test_later_order_of_the_same_system_is_a_deal_apart() -> None:
    got = _deals("Qatar is rearming. After leasing two MQ-9 drones in 2019, Qatar signed in 2023 a deal "
                 "for 12 MQ-9B aircraft.")
    assert ("wpn:mq-9", 2, "2019") in got and ("wpn:mq-9", 12, "2023") in got


def test_later_order_of_another_variant_keeps_both_systems() -> None:
    got = _deals("Greece is rearming. The 24 Rafale fighters ordered from France in 2021 arrived in 2023. "
                 "In 2025 Athens signed for more, in the Rafale Marine version.")
    systems = {s for s, _q, _y in got}
    assert {"wpn:rafale", "wpn:rafale-m"} <= systems


def test_later_delivery_of_part_of_the_order_merges() -> None:
    # near miss: a delivered batch is no new order
    got = _deals("Egypt is rearming. Egypt ordered 12 Su-35 fighters from Russia in 2019. The first four "
                 "Su-35 fighters arrived in 2021.")
    assert len([s for s, _q, _y in got if s == "wpn:su-35"]) == 1
