"""Goods told only by their owner ("Y's S", "Y's X-made S") are in Y's service, unless the clause
after the noun phrase denies their arrival or tells a fate that kept them from Y ("were never
delivered", "were not handed over", "were withheld", "remain blocked", "are still awaiting
delivery"); near misses: the goods' own acts ("blocked the advance", "not only … but"), a fate
told in another clause, and a cancellation that a trigger of its own reports."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _transfers(body: str) -> set[tuple[str, str, str, str]]:
    text = "Test headline\n\nBAKU, 5 May 2025 — " + body + "\n"
    return {(f.args["supplier"], f.args["recipient"], f.args["system"], f.args["status"])
            for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "arms_transfer"}


def test_possessed_goods_never_delivered() -> None:
    assert _transfers("Armenia's Harop drones were never delivered.") == set()


def test_possessed_goods_with_maker_and_a_delivery_verb_negated() -> None:
    # (the owner draft of a sentence that holds a transfer verb: "delivered" is denied)
    assert _transfers("Georgia's Russian-made S-300 systems were never delivered.") == set()
    assert _transfers("Mongolia's Turkish-made Bayraktar TB2 drones were not handed over to its army.") == set()


def test_possessed_goods_withheld_blocked_or_awaited() -> None:
    assert _transfers("Kazakhstan's Russian-made Su-30SM jets were withheld by Moscow.") == set()
    assert _transfers("Uzbekistan's Chinese-made Wing Loong drones were blocked at the border.") == set()
    assert _transfers("Serbia's Chinese-made FK-3 batteries are still awaiting delivery.") == set()


def test_near_miss_goods_in_use_stay_in_service() -> None:
    assert _transfers("Armenia's Indian-made Pinaka launchers fired at targets near the border.") == {
        ("state:IND", "state:ARM", "wpn:pinaka", "in_service")}
    assert _transfers("Uzbekistan's Chinese-made Wing Loong drones blocked the smugglers' route.") == {
        ("state:CHN", "state:UZB", "wpn:wing-loong", "in_service")}


def test_near_miss_negation_of_another_clause() -> None:
    got = _transfers("Armenia's Indian-made Pinaka launchers fired on Tuesday, but the talks did not resume.")
    assert got == {("state:IND", "state:ARM", "wpn:pinaka", "in_service")}


def test_near_miss_not_only() -> None:
    got = _transfers("Armenia's Indian-made Pinaka launchers hit not only depots but also bridges.")
    assert got == {("state:IND", "state:ARM", "wpn:pinaka", "in_service")}
