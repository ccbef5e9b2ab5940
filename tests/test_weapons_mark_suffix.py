"""Weapon gazetteer: a mark, block or mod suffix alone ("Mk1", "Mk II", "Block 3") is part of
another system's name, never a weapon of its own: "Arjun Mk1A" is no British naval gun (own
short sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_extract_transfers import transfers

from silkgraph.knowledge import load_knowledge

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from build_weapons import MARK_RE  # noqa: E402


@pytest.mark.parametrize("text", [
    "India ordered 118 Arjun Mk1A tanks.",
    "India ordered 118 Arjun Mk-1A tanks in 2021.",
    "Pakistan ordered four Babur Mk2 missiles.",
    "The army received 40 Mk6A guns.",
])
def test_mark_suffix_gives_no_foreign_supplier(text: str) -> None:
    assert not any(t.get("supplier") in ("state:GBR", "state:USA") for t in transfers(text))


@pytest.mark.parametrize(("name", "mark"), [
    ("Mk-1", True), ("Mk II", True), ("Mk6A", True), ("Block 52", True), ("Mod-5", True),
    ("Mk-46", False), ("Mk-41 VLS", False), ("Type-056", False), ("Blocker-2", False),
])
def test_mark_shape(name: str, mark: bool) -> None:
    assert bool(MARK_RE.match(name)) is mark


def test_no_matchable_mark_alias() -> None:
    kb = load_knowledge()
    bad = [r.alias for r in kb.records if r.entity_id.startswith("wpn:")
           and "nomatch" not in r.flags and MARK_RE.match(r.alias)]
    assert bad == []


def test_two_digit_mark_is_a_designation() -> None:
    # "Mk 46 torpedoes": a US Navy designation of its own
    assert any(e.id == "wpn:mk-46" for e in load_knowledge().lookup("Mk-46"))
