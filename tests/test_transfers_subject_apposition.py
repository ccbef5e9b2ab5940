"""Arms transfers: a subject's apposition is read past ("The S, a heavy drone made by Z, has been
sold to Y"; "Y, a longtime buyer of Russian arms, ordered Turkish S"), with near misses where the
comma phrase is a list, a relative clause or names goods of its own (own invented sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def keys(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], str(t["system"])) for t in transfers(text)}


def test_apposition_with_a_maker_participle_before_a_passive() -> None:
    got = transfers("The Akinci, a heavy drone made by Baykar, has been sold to Azerbaijan.")
    assert [(t["supplier"], t["recipient"], t["system"]) for t in got] == [("state:TUR", "state:AZE", "wpn:akinci")]


def test_apposition_holding_a_buyer_noun_is_no_deal_of_its_own() -> None:
    got = transfers("Kazakhstan, a longtime buyer of Russian arms, ordered Turkish Anka drones in 2021.")
    assert [(t["supplier"], t["recipient"], t["system"], t["date"]) for t in got] == [
        ("state:TUR", "state:KAZ", "wpn:anka", "2021")]


def test_apposition_after_a_fronted_date() -> None:
    got = keys("In 2021, Kazakhstan, a longtime buyer of Russian arms, ordered Turkish Anka drones.")
    assert got == {("state:TUR", "state:KAZ", "wpn:anka")}


def test_possessive_apposition_of_a_firm_subject() -> None:
    got = keys("Baykar, Turkey's best-known drone maker, has sold TB2s to Kyrgyzstan.")
    assert got == {("state:TUR", "state:KGZ", "wpn:bayraktar-tb2")}


def test_near_miss_apposition_naming_goods_keeps_them() -> None:
    # the comma phrase names a system: it is not blanked, and the sentence's goods stay the subject's
    got = keys("Kazakhstan, the first buyer of the Anka outside Turkey, received its drones in 2022.")
    assert ("state:TUR", "state:KAZ", "wpn:anka") in got


def test_near_miss_list_of_goods_is_no_apposition() -> None:
    got = keys("Azerbaijan bought Harop drones, a Barak-8 battery, and Hermes 900 drones from Israel.")
    assert got == {("state:ISR", "state:AZE", "wpn:harop"), ("state:ISR", "state:AZE", "wpn:barak-8"),
                   ("state:ISR", "state:AZE", "wpn:hermes-900")}


def test_near_miss_relative_clause_is_kept() -> None:
    # a relative clause is no plain apposition: its own transfer is still read
    got = keys("Turkmenistan, which bought Bayraktar TB2 drones from Turkey in 2021, has since paraded them.")
    assert ("state:TUR", "state:TKM", "wpn:bayraktar-tb2") in got


def test_near_miss_apposition_without_a_transfer() -> None:
    assert transfers("Kazakhstan, the region's largest economy, hosted a defence exhibition in 2024.") == []
