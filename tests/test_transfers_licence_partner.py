"""Arms transfers: "Y agreed with Z on the licensed production of S": of the subject and its
partner, the goods' maker grants the licence and the other party produces (own sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_partner_maker_grants_the_licence() -> None:
    assert _keys("Egypt agreed with Baykar on the licensed production of Bayraktar TB2 drones.") == {
        ("state:TUR", "state:EGY", "wpn:bayraktar-tb2")}


def test_site_named_keeps_the_site_rule() -> None:
    got = _keys("Baykar agreed with Egypt on the licensed production of Bayraktar TB2 drones in Egypt.")
    assert ("state:EGY", "state:TUR", "wpn:bayraktar-tb2") not in got
