"""Arms transfers: a guided shell written by its family name ("Excalibur artillery shells") is
the American M982 Excalibur, not a homonymous coastal system (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_excalibur_shells_come_from_the_united_states() -> None:
    got = transfers("The United States approved the sale to Morocco of Excalibur precision-guided artillery shells.")
    assert {(t["supplier"], t["recipient"], t["system"]) for t in got} == {
        ("state:USA", "state:MAR", "wpn:m-982-excalibur")}
