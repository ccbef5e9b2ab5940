"""Arms transfers: a party set against the subject of a supplier role ("X and Z, not W, are Y's
main suppliers", "rather than W", "unlike W") supplies nothing (own short sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_not_party_is_no_supplier() -> None:
    got = _keys("France and India, not Russia, are now Armenia's main arms suppliers.")
    assert {s for s, _r, _g in got} == {"state:FRA", "state:IND"}


def test_rather_than_party_is_no_supplier() -> None:
    got = _keys("France, rather than Russia, is now Armenia's main arms supplier.")
    assert {s for s, _r, _g in got} == {"state:FRA"}


def test_unlike_party_is_no_supplier() -> None:
    got = _keys("Unlike Russia, France is now Armenia's main arms supplier.")
    assert {s for s, _r, _g in got} == {"state:FRA"}


def test_subject_before_a_not_party_still_supplies() -> None:
    # near miss: the subject itself is kept, the contrasted party is dropped
    got = _keys("Russia, not France, is still Armenia's main arms supplier.")
    assert {s for s, _r, _g in got} == {"state:RUS"}


def test_plain_coordinated_suppliers() -> None:
    got = _keys("France and India are now Armenia's main arms suppliers.")
    assert {s for s, _r, _g in got} == {"state:FRA", "state:IND"}
