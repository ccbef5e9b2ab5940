"""Arms transfers whose goods are named again or counted apart (own short sentences): "another
batch", "the type", a category noun after a named transfer, a bare count after "another" or as a
later subject, "N of which", a package that inherits its deal, "that country's purchase", a
contract's count replacing a delivered batch's, a family name counted apart from its variant, and
counts shared by coordinated systems."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import by_system, parties_and_system


def test_another_batch_refers_back_to_the_system_of_the_sentence() -> None:
    got = transfers("France is Greece's main supplier. The backbone of its air force is the Rafale, and another "
                    "batch of six fighters arrived in 2023.")
    t = [x for x in got if x["system"] == "wpn:rafale"]
    assert t and t[0]["quantity"] == 6 and t[0]["supplier"] == "state:FRA" and "system" in t[0]["inferences"]


def test_count_aside_of_coordinated_systems() -> None:
    got = transfers("Chinese-made VP-11 and Tiger armoured vehicles, eight of each, reached the Kyrgyz army in 2020.")
    assert {(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got} == {
        ("wpn:vp-11", "state:CHN", "state:KGZ", 8), ("wpn:tiger", "state:CHN", "state:KGZ", 8)}


def test_coordinated_subject_of_a_passive_delivery() -> None:
    got = transfers("Russia supplied nearly all of Armenia's arms. Six TOS-1A launchers and their loader "
                    "vehicles were handed over in 2021.")
    assert [(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got
            if t["system"] != "arms"] == [("wpn:tos-1", "state:RUS", "state:ARM", 6)]


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


def test_deal_aside_and_battalion_count() -> None:
    got = transfers("Three battalions of S-400 systems, a $1 billion order, arrived in Turkey in 2019.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:RUS", "state:TUR", 3)]


def test_count_as_subject_of_a_later_delivery() -> None:
    got = transfers("Pakistan ordered J-10C fighters from China in 2021. Twenty had been delivered by 2023.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:CHN", "state:PAK", 20)]


def test_the_type_refers_back() -> None:
    got = transfers("The newest addition is the J-10C. Pakistan ordered the type from China in 2021.")
    assert parties_and_system(got) == {("state:CHN", "state:PAK", "wpn:j-10c")}


def test_package_items_inherit_the_deal() -> None:
    got = transfers("Greece bought 24 Rafale jets from France in 2021. The package also includes Meteor "
                    "air-to-air missiles and Exocet anti-ship missiles made by MBDA.")
    by = {t["system"]: t for t in got}
    assert by["wpn:meteor"]["supplier"] == "state:FRA" and by["wpn:meteor"]["recipient"] == "state:GRC"
    assert by["wpn:exocet"]["status"] == "ordered" and by["wpn:exocet"]["date"] == "2021"
    assert "package" in by["wpn:meteor"]["inferences"]["recipient"]


def test_package_after_two_deals_is_unclear() -> None:
    got = transfers("Greece bought 24 Rafale jets from France and Egypt bought 12 F-16 jets from the "
                    "United States in 2021. The package also includes Meteor missiles.")
    assert all(t["system"] != "wpn:meteor" for t in got)


def test_count_of_which_after_the_system() -> None:
    got = transfers("Kazakhstan operates Turkish Anka drones, four of which arrived in 2023.")
    assert got[0]["quantity"] == 4


def test_counted_category_is_not_absorbed_by_another_system() -> None:
    got = by_system(transfers("Armenia will acquire 36 towed howitzers from India. New Delhi has already shipped "
                              "Pinaka launchers to Yerevan."))
    assert set(got) == {"artillery", "wpn:pinaka"}


def test_that_countrys_purchase_refers_to_the_state_named_before() -> None:
    got = transfers("Washington spared India, although it sanctioned Turkey's defence agency in 2020 "
                    "over that country's purchase of the S-400.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:TUR")]
    assert "recipient" in got[0]["inferences"]


def test_that_country_is_not_its_own_clauses_subject() -> None:
    got = transfers("India bought tanks; Washington criticised that country's purchase of the S-400.")
    assert ("state:RUS", "state:IND", "wpn:s-400") in {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_category_noun_after_a_named_transfer_is_the_same_goods() -> None:
    got = transfers("Iran sent Shahed-136 drones to Russia in 2022. Tehran later denied supplying any drones to Russia.")
    assert [t["system"] for t in got] == ["wpn:shahed-136"]
