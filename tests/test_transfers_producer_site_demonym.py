"""Arms transfers: a demonym heading a producer's site or firm ("from its Hungarian plant", "the
Italian yard") names where the goods were made, never their buyer; a demonym heading a state
institution ("the Tajik army") still does (own short sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_plant_demonym_is_no_recipient() -> None:
    got = _keys("Qatar is rebuilding its army. Rheinmetall shipped 20 Boxer vehicles from its Hungarian plant in 2023.")
    assert got == {("state:DEU", "state:QAT", "wpn:boxer")}


def test_plant_demonym_before_the_goods_is_no_recipient() -> None:
    got = _keys("Qatar is rebuilding its army. Rheinmetall shipped from its Hungarian plant 20 Boxer vehicles in 2023.")
    assert all(r != "state:HUN" for _s, r, _x in got)


def test_institution_demonym_still_receives() -> None:
    assert _keys("Russia supplied the Tajik army with T-72 tanks.") == {("state:RUS", "state:TJK", "wpn:t-72")}

