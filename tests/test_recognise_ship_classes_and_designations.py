"""Weapon names that overlap: a ship class named like an anti-aircraft gun ("Gepard-class frigates")
is a class of its own while the gun before its noun is still the gun, and a designation that runs
past a maker's weapon name ("Thales Ground Master 200") wins.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_ship_class_named_like_an_anti_aircraft_gun_is_a_class(kb: Knowledge) -> None:
    r = rec(kb, "Hanoi operates four Gepard-class frigates.")
    eid = spans(r).get("Gepard-class frigates")
    assert eid is not None and eid != "wpn:gepard"
    assert r.entities[eid].attrs.get("category") == "ship"


def test_gun_before_its_noun_is_still_the_gun(kb: Knowledge) -> None:
    assert spans(rec(kb, "Berlin sent more Gepard anti-aircraft guns.")).get("Gepard") == "wpn:gepard"


def test_designation_running_past_a_makers_weapon_name_wins(kb: Knowledge) -> None:
    s = spans(rec(kb, "The army ordered the Thales Ground Master 200 for its brigades."))
    assert s.get("Thales") == "company:thales"
    assert any(v == "wpn:ground-master-200" for v in s.values()), s
