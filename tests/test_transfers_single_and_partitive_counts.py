"""Arms transfers: "an S air-defence system" counts one; a partitive count before the goods ("two
of Z's larger S") counts the goods; "two of the 12 S" keeps the whole (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import one


def test_indefinite_system_counts_one() -> None:
    assert one("Belarus delivered an S-300 air-defence system to Serbia in 2021.")["quantity"] == 1


def test_plural_systems_have_no_count() -> None:
    assert one("Belarus delivered S-300 air-defence systems to Serbia in 2021.").get("quantity") is None


def test_partitive_count_before_the_goods() -> None:
    assert one("Türkiye delivered two of Baykar's larger Akinci drones to Niger in 2024.")["quantity"] == 2


def test_partitive_of_a_counted_whole_keeps_the_whole() -> None:
    assert one("Türkiye delivered two of the 12 Akinci drones to Niger in 2024.")["quantity"] == 12
