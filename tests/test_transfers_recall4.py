"""Arms transfers, fourth round (fresh text): active "give", price asides inside the noun phrase,
possessed interest, export contracts, unknown names before a category noun, makers that are no
recipients, counts as subjects, lists before an arrival verb, ranges after a supply clause,
generic prohibitions (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(got: list[dict]) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_active_give_with_indirect_object() -> None:
    got = transfers("Berlin had given the Ukrainian army 20 Leopard 2 tanks in 2023.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"]) for t in got] == [
        ("state:DEU", "state:UKR", 20, "delivered")]


def test_give_up_is_no_transfer() -> None:
    assert transfers("Armenia gave up its claim to the S-300 batteries in 2019.") == []


def test_price_aside_between_system_and_passive() -> None:
    got = transfers("Twelve Mi-35M helicopters worth $300 million were delivered to Kazakhstan in 2016.")
    assert [(t["recipient"], t["quantity"], t["value"]["amount"]) for t in got] == [
        ("state:KAZ", 12, 300_000_000.0)]


def test_deal_aside_and_battalion_count() -> None:
    got = transfers("Three battalions of S-400 systems, a $1 billion order, arrived in Turkey in 2019.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:RUS", "state:TUR", 3)]


def test_possessed_interest_noun() -> None:
    got = transfers("Kazakh officials make no secret of their interest in Türkiye's KAAN fighter.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:TUR", "state:KAZ", "interest")]


def test_signed_with_a_date_before_for() -> None:
    got = transfers("Cairo signed on 4 May 2015 for 24 Rafale jets.")
    assert [(t["recipient"], t["quantity"], t["status"]) for t in got] == [("state:EGY", 24, "ordered")]


def test_export_contract_and_a_later_buyer_clause() -> None:
    got = transfers("Russia concluded its first export contract for the Pantsir-S1, developed with Belarus, "
                    "in 2010, when Kazakhstan agreed to buy two batteries for about $90 million.")
    assert [(t["supplier"], t["recipient"], t["value"]["amount"]) for t in got] == [
        ("state:RUS", "state:KAZ", 90_000_000.0)]


def test_unknown_name_before_a_category_noun() -> None:
    got = transfers("In 2022, 30 Turkish-built Zorlu armoured vehicles were handed over to Georgia.")
    assert [(t["supplier"], t["recipient"], t["system"], t["quantity"]) for t in got] == [
        ("state:TUR", "state:GEO", "Zorlu", 30)]
    assert "system" in got[0]["inferences"]


def test_a_descriptive_capital_word_is_no_name() -> None:
    got = transfers("In 2021 Russia sold Armenia Soviet-era helicopters.")
    assert [t["system"] for t in got] == ["helicopters"]


def test_maker_before_the_system_is_no_recipient() -> None:
    got = transfers("Kazakhstan relies on Russia. Spain has supplied nine Airbus C295 aircraft since 2013.")
    assert _keys(got) == {("state:ESP", "state:KAZ", "wpn:c-295")}


def test_active_verb_wins_over_a_participial_aside() -> None:
    got = transfers("Türkiye sold Kazakhstan three Anka drones, delivered in 2022.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:TUR", "state:KAZ", 3)]
    assert "supplier" not in got[0]["inferences"]


def test_count_as_subject_of_a_later_delivery() -> None:
    got = transfers("Pakistan ordered J-10C fighters from China in 2021. Twenty had been delivered by 2023.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:CHN", "state:PAK", 20)]


def test_the_type_refers_back() -> None:
    got = transfers("The newest addition is the J-10C. Pakistan ordered the type from China in 2021.")
    assert _keys(got) == {("state:CHN", "state:PAK", "wpn:j-10c")}


def test_list_before_an_arrival_verb() -> None:
    got = transfers("In 2015 Armenia signed a contract with France. Three Ground Master 200 radars, "
                    "a Ground Master 400 and Mistral missiles arrived in 2018.")
    assert {t["system"] for t in got} == {"wpn:ground-master-200", "wpn:ground-master-400", "wpn:mistral"}
    assert all(t["recipient"] == "state:ARM" and t["date"] == "2018" for t in got)


def test_range_of_goods_after_a_supplier_clause() -> None:
    got = transfers("Russia is Armenia's main arms supplier, from Iskander missiles to Su-30SM fighters.")
    assert _keys(got) == {("state:RUS", "state:ARM", "wpn:iskander"), ("state:RUS", "state:ARM", "wpn:su-30sm")}


def test_a_law_penalising_purchases_is_no_transfer() -> None:
    assert transfers("The U.S. embassy said the law, which penalises significant purchases of Russian arms, "
                     "was no blanket waiver.") == []
