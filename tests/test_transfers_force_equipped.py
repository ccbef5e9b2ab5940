"""Arms transfers: goods given to a bare force ("X had equipped the army with S") go to the state
of the force named before ("the Royal Nepalese Army … the army"); a participial aside between goods and a passive seller verb is skipped
(own short sentences, with near misses)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_bare_force_equipped_refers_back_to_the_named_force() -> None:
    assert _keys("In 2005 Britain suspended supplies to the Royal Nepalese Army. India, which had equipped "
                 "the army with INSAS rifles, resumed deliveries in 2006.") == {
        ("state:IND", "state:NPL", "wpn:insas")}
    # its own force: the subject is the buyer, not a supplier of itself
    assert ("state:IND", "state:IND", "wpn:insas") not in _keys(
        "India equipped its army with INSAS rifles in 1998.")


def test_participial_aside_before_a_passive_seller_verb() -> None:
    assert _keys("Six Shaldag fast patrol boats, assembled in Baku, were handed to Azerbaijan in 2014.") == {
        ("state:ISR", "state:AZE", "wpn:shaldag")}
    assert _keys("Six Shaldag fast patrol boats, assembled in Baku, were shown in 2014.") == set()
