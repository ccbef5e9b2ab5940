"""Arms transfers: general phrasings of deals, shares of a force, fronted sources, lists with
"together with", licence relatives, small craft and negated goods (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status as _keys


def test_deal_noun_phrase_with_its_partner_before_the_goods() -> None:
    got = transfers("Tajikistan's contract with Rosoboronexport for Mi-8 helicopters was signed in 2021.")
    assert _keys(got) == {("state:RUS", "state:TJK", "wpn:mi-8", "ordered")}


def test_deal_partner_after_the_goods_supplies() -> None:
    got = transfers("Mongolia signed a contract for two C-295 aircraft with Airbus in 2023.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:FRA", "state:MNG")}


def test_goods_making_up_a_force() -> None:
    got = transfers("Chinese-made drones now make up most of Turkmenistan's fleet.")
    assert _keys(got) == {("state:CHN", "state:TKM", "drones", "in_service")}
    got = transfers("Russian tanks form the backbone of Armenia's army.")
    assert _keys(got) == {("state:RUS", "state:ARM", "tanks", "in_service")}


def test_fronted_source() -> None:
    got = transfers("Armenia diversified its suppliers. From India came Pinaka launchers and Swathi radars.")
    assert {(t["supplier"], t["recipient"], t["system"]) for t in got} == {
        ("state:IND", "state:ARM", "wpn:pinaka"), ("state:IND", "state:ARM", "wpn:swathi")}


def test_together_with_lists_a_second_system() -> None:
    got = transfers("Serbia bought FK-3 systems from China in 2022, together with CH-92 drones.")
    assert {t["system"] for t in got} == {"wpn:hq-22", "wpn:ch-92"}


def test_licence_production_in_a_relative_clause() -> None:
    got = transfers("Officials showed the Arlan vehicles, which Kazakhstan builds under licence from South Africa.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:ZAF", "state:KAZ")}


def test_for_its_part_is_no_pronoun_to_resolve() -> None:
    got = transfers("China is Mongolia's main trade partner. Tajikistan, for its part, has bought Turkish "
                    "drones and received TB2 drones from Türkiye in 2021.")
    assert {t["recipient"] for t in got} == {"state:TJK"}


def test_small_craft_categories_and_a_single_craft() -> None:
    got = transfers("In 2024 India handed over a fast patrol vessel and a landing craft to Mauritius.")
    assert {(t["system"], t["quantity"]) for t in got} == {("patrol vessels", 1), ("landing craft", 1)}
    got = transfers("Russia sold a batch of landing craft to Turkmenistan.")
    assert [t.get("quantity") for t in got] == [None]


def test_negated_goods_and_plans_are_no_transfer() -> None:
    assert transfers("Russia delivered no major weapons to Azerbaijan between 2021 and 2023.") == []
    assert transfers("Officials said Serbia had no plans to buy S-400 systems.") == []
    got = transfers("Russia delivered no fewer than 12 Su-30SM jets to Kazakhstan in 2019.")
    assert [t["quantity"] for t in got] == [12]


def test_officials_in_a_capital_are_the_pronoun_subject() -> None:
    got = transfers("Japan donated fire engines to Bishkek. Officials in Bishkek said they had ordered "
                    "Chinese drones.")
    assert {t["recipient"] for t in got} == {"state:KGZ"}
