"""Arms transfers: a firm signing a contract for goods of its own country's make sells them; the
buyer comes from the discourse (own short sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_firm_signing_for_its_goods_sells() -> None:
    assert _keys("Serbia looks west. In 2023 Thales signed a contract for four Ground Master 400 radars.") == {
        ("state:FRA", "state:SRB", "wpn:ground-master-400")}


def test_state_signing_for_goods_buys() -> None:
    assert _keys("In 2023 Serbia signed a contract for four Ground Master 400 radars.") == {
        ("state:FRA", "state:SRB", "wpn:ground-master-400")}
