"""A force that pulls out of or flies out of a place is withdrawn: the force-subject reading wins over
the reading that needs a party as the target ("Russian troops pulled out of Karabakh", "the last French
soldiers flew out of Mali").  Near misses: a minister flying out, troops flying over, troops leaving
equipment behind.  Own sentences."""

from __future__ import annotations

from event_facts import BYLINE, event_facts, of_type


def _retreats(body: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(event_facts(body, opening=BYLINE), "retreat")]


def test_a_force_pulling_out_of_a_place_withdraws() -> None:
    (r,) = _retreats("Russian troops pulled out of Karabakh in June 2024.")
    assert r["actors"] == ["state:RUS"] and r["date"] == "2024-06"


def test_a_force_flying_out_withdraws() -> None:
    (r,) = _retreats("The last French soldiers flew out of Mali on 15 August 2022.")
    assert r["actors"] == ["state:FRA"] and r["date"] == "2022-08-15"
    (r,) = _retreats("The last U.S. forces flew out of Kabul airport on 30 August 2021.")
    assert r["actors"] == ["state:USA"]


def test_near_misses_are_no_withdrawal() -> None:
    for body in (
        "The Indian minister flew out of Kabul on 30 August 2021.",
        "Russian troops flew over Kazakhstan on 30 August 2021.",
        "Russian troops left behind their equipment in June 2024.",
    ):
        assert not _retreats(body), body
