"""Arms transfers, third round: a bare count after "another" standing for the system told
before, a contract's count replacing a delivered batch's, a family name counted apart from
a variant (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_contract_count_with_an_elided_noun_replaces_the_first_batch() -> None:
    got = transfers("Greece took delivery of the first six Rafale jets from France in 2021. "
                    "A contract for another 18 was signed in 2022.")
    assert [(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got] == [
        ("wpn:rafale", "state:FRA", "state:GRC", 18)]


def test_family_name_with_its_own_count_is_not_the_variant() -> None:
    got = transfers("Egypt signed for 30 Rafale M fighters from France in 2024. "
                    "Its air force already operates 24 Rafales, delivered from 2015.")
    assert {(t["system"], t["quantity"]) for t in got} == {("wpn:rafale-m", 30), ("wpn:rafale", 24)}
    # recognition now keeps a counted base name as the base family itself, so the
    # transfer needs no inference to tell it from the variant
    fam = next(t for t in got if t["system"] == "wpn:rafale")
    assert fam["quantity"] == 24
