"""Arms transfers: verbs and nouns that tell a transfer and name its parties (own short sentences):
active "give", "send" and "hand" to a state's forces, goods that reached a force, export orders and
contracts, a price or deal aside inside the noun phrase, delivery nouns with their recipient first,
goods "recorded as delivered", arrival verbs after a quantifier aside, capitals after from/to, the
giver of aid, firms signing or chosen to supply, pledges of coordinated suppliers, goods that went
to several buyers, taking over, co-production, licences told across sentences, "supplied"
adjectives, and buyers turning to a supplier's system."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status


def test_active_give_with_indirect_object() -> None:
    got = transfers("Berlin had given the Ukrainian army 20 Leopard 2 tanks in 2023.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"]) for t in got] == [
        ("state:DEU", "state:UKR", 20, "delivered")]


def test_price_aside_between_system_and_passive() -> None:
    got = transfers("Twelve Mi-35M helicopters worth $300 million were delivered to Kazakhstan in 2016.")
    assert [(t["recipient"], t["quantity"], t["value"]["amount"]) for t in got] == [
        ("state:KAZ", 12, 300_000_000.0)]


def test_export_contract_and_a_later_buyer_clause() -> None:
    got = transfers("Russia concluded its first export contract for the Pantsir-S1, developed with Belarus, "
                    "in 2010, when Kazakhstan agreed to buy two batteries for about $90 million.")
    assert [(t["supplier"], t["recipient"], t["value"]["amount"]) for t in got] == [
        ("state:RUS", "state:KAZ", 90_000_000.0)]


def test_handed_to_a_states_armed_forces() -> None:
    got = transfers("Moscow's defence minister handed four Mi-17 helicopters to Tajikistan's armed forces in 2021.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"]) for t in got] == [
        ("state:RUS", "state:TJK", 4, "delivered")]


def test_export_order_makes_the_subject_the_supplier() -> None:
    got = transfers("Bharat Forge announced an export order for ATAGS howitzers from Armenia in 2023.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:IND", "state:ARM", "ordered")]


def test_quantifier_aside_before_came_from() -> None:
    got = transfers("Tajikistan rearmed. Four Mi-17 helicopters, two of them armed, came from Russia in 2022.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["date"]) for t in got] == [
        ("state:RUS", "state:TJK", 4, "2022")]


def test_goods_recorded_as_delivered() -> None:
    got = transfers("Armenia diversified. Paris began with 12 Bastion vehicles that SIPRI records as delivered in 2022.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["date"]) for t in got] == [
        ("state:FRA", "state:ARM", 12, "2022")]


def test_aid_giver_supplies_goods_handed_over() -> None:
    got = transfers("Tajikistan needs vehicles. Chinese military aid has been generous: 40 Type 59 tanks "
                    "were handed over in 2019.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:CHN", "state:TJK", 40)]
    assert "supplier" in got[0]["inferences"]


def test_capital_after_from_is_the_supplier() -> None:
    got = transfers("Armenia received four Su-30SM jets from Moscow in 2020.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:ARM")]


def test_delivery_noun_with_its_recipient_first() -> None:
    got = transfers("Deliveries to Armenia of Swathi radars began in 2021.")
    assert parties_system_status(got) == {("state:IND", "state:ARM", "wpn:swathi", "delivered")}


def test_adjective_supplied_names_the_supplier() -> None:
    got = transfers("Armenia has fought Azerbaijan since 2020. Israeli-supplied Harop drones struck Armenian "
                    "positions, and Azerbaijan used them again in 2023.")
    assert ("state:ISR", "state:AZE", "wpn:harop", "delivered") in parties_system_status(got)


def test_buyer_choosing_a_maker_to_supply() -> None:
    got = transfers("Egypt picked Hanwha Aerospace to build K9 howitzers for its army.")
    assert parties_system_status(got) == {("state:KOR", "state:EGY", "wpn:k-9", "ordered")}


def test_firm_signing_with_a_state_sells() -> None:
    got = transfers("Baykar signed a contract with Kuwait in 2023 for Bayraktar TB2 drones.")
    assert parties_system_status(got) == {("state:TUR", "state:KWT", "wpn:bayraktar-tb2", "ordered")}


def test_coordinated_suppliers_of_a_pledge() -> None:
    got = transfers("Norway and Denmark have pledged F-16 fighters to Ukraine.")
    assert parties_system_status(got) == {("state:NOR", "state:UKR", "wpn:f-16", "planned"),
                                          ("state:DNK", "state:UKR", "wpn:f-16", "planned")}


def test_licence_passive_across_sentences() -> None:
    got = transfers("India's Hindustan Aeronautics Limited produces Su-30MKI fighters at Nashik. The jets are "
                    "built under licence from Russia.")
    assert parties_system_status(got) == {("state:RUS", "state:IND", "wpn:su-30mki", "delivered")}


def test_co_production_by_the_subject() -> None:
    got = transfers("Kazakhstan relies on Russia. It co-produces Turkish Anka drones.")
    assert parties_system_status(got) == {("state:TUR", "state:KAZ", "wpn:anka", "delivered")}


def test_goods_that_went_to_several_buyers() -> None:
    got = transfers("Baykar's Akinci went to Pakistan and Azerbaijan in 2023.")
    assert {t["recipient"] for t in got} == {"state:PAK", "state:AZE"}


def test_took_over_goods_from_a_supplier() -> None:
    got = transfers("The Uzbek army took over four Tor-M2 batteries from Russia in 2022.")
    assert parties_system_status(got) == {("state:RUS", "state:UZB", "wpn:tor-m2", "delivered")}


def test_has_turned_to_a_suppliers_system() -> None:
    got = transfers("Nepal has since turned to China's Z-9 helicopters.")
    assert [(t["supplier"], t["recipient"], t["system"]) for t in got] == [("state:CHN", "state:NPL", "wpn:z-9")]


def test_turned_to_without_goods_or_actor_is_nothing() -> None:
    assert transfers("Nepal has turned to China for help with its floods.") == []
    assert transfers("Attention has turned to the Z-9 helicopters.") == []


def test_sent_is_a_delivery_and_forces_reached_are_the_recipient() -> None:
    t = transfers("France sent 12 CAESAR howitzers to Armenia in 2024.")
    assert [(x["supplier"], x["recipient"], x["quantity"], x["status"]) for x in t] == [
        ("state:FRA", "state:ARM", 12, "delivered")]
    t = transfers("Eight VP-11 armoured vehicles reached the Tajik army in 2019.")
    assert [(x["supplier"], x["recipient"], x["quantity"]) for x in t] == [("state:CHN", "state:TJK", 8)]
