"""An era or origin compound of a bloc or a former state before a weapon noun ("its Soviet-era
helicopters", "Western-made fighters") names no weapon; an unknown name in the same slot
still does ("ten Tuzla patrol boats"). Every sentence is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_era_and_origin_compounds_are_no_weapon(kb: Knowledge) -> None:
    for text in ("The army retired its Soviet-era helicopters.",
                 "The navy retired its Soviet-built frigates.",
                 "The air force replaced its Western-made fighters."):
        got = spans(rec(kb, text))
        assert not any(v.startswith("wpn:") for v in got.values()), text


def test_unknown_name_before_a_weapon_noun_stays(kb: Knowledge) -> None:
    got = spans(rec(kb, "The navy bought ten Tuzla patrol boats."))
    assert got.get("Tuzla") == "wpn:tuzla", got
