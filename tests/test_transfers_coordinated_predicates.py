"""Arms transfers: a second verb of a coordinated predicate with its own counted object ("Y
ordered S in 2015, received 36 T in 2019") is a finite verb of the subject, not a participle
describing S; a true participial aside still only dates the goods before it (own sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import by_system


def test_second_predicate_with_its_own_object() -> None:
    got = by_system(transfers("Qatar ordered 24 Rafale jets in 2015, received 36 Exocet missiles in 2019."))
    assert got["wpn:exocet"]["recipient"] == "state:QAT" and got["wpn:exocet"]["quantity"] == 36
    assert got["wpn:exocet"]["date"] == "2019"


def test_participial_aside_still_dates_its_goods() -> None:
    got = by_system(transfers("Russia sold two Su-30 jets, delivered in 2022, and two MiG-29 jets to Armenia."))
    assert got["wpn:su-30"]["date"] == "2022"
    assert {t["recipient"] for t in got.values()} == {"state:ARM"}
