"""Arms transfers: sources that are not parties, amounts of a listed system, shared
recipients, category nouns referring back, "sent" (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_research_institute_citing_data_is_no_party() -> None:
    got = transfers("Azerbaijan expanded its arsenal. SIPRI records an order for 30 Harop drones placed in "
                    "2016, with at least 20 delivered by 2018, along with two Hermes 900 drones.")
    assert got and all("state:SWE" not in (t["supplier"], t["recipient"]) for t in got)
    assert {(t["system"], t["supplier"], t["recipient"]) for t in got} == {
        ("wpn:harop", "state:ISR", "state:AZE"), ("wpn:hermes-900", "state:ISR", "state:AZE")}


def test_amount_after_a_later_listed_system_is_that_systems() -> None:
    got = {t["system"]: t for t in transfers(
        "India received ten Rafale jets in 2020 and the S-400 system, part of a $5 billion deal, in 2021.")}
    assert "value" not in got["wpn:rafale"] or got["wpn:rafale"]["value"] is None
    assert got["wpn:s-400"]["value"] == {"amount": 5e9, "currency": "USD"}


def test_category_noun_after_a_named_transfer_is_the_same_goods() -> None:
    got = transfers("Iran sent Shahed-136 drones to Russia in 2022. Tehran later denied supplying any drones to Russia.")
    assert [t["system"] for t in got] == ["wpn:shahed-136"]


def test_coordinated_verbs_of_one_supplier_share_the_recipient() -> None:
    got = {t["system"]: t for t in transfers(
        "Türkiye delivered T129 helicopters in 2021 and agreed to sell Pakistan 30 Bayraktar TB2 drones.")}
    assert got["wpn:t129"]["recipient"] == "state:PAK" and "recipient" in got["wpn:t129"]["inferences"]
    assert got["wpn:bayraktar-tb2"]["status"] == "ordered"


def test_sent_is_a_delivery_and_forces_reached_are_the_recipient() -> None:
    t = transfers("France sent 12 CAESAR howitzers to Armenia in 2024.")
    assert [(x["supplier"], x["recipient"], x["quantity"], x["status"]) for x in t] == [
        ("state:FRA", "state:ARM", 12, "delivered")]
    t = transfers("Eight VP-11 armoured vehicles reached the Tajik army in 2019.")
    assert [(x["supplier"], x["recipient"], x["quantity"]) for x in t] == [("state:CHN", "state:TJK", 8)]


def test_sent_troops_or_brought_in_are_no_delivery_of_a_system() -> None:
    assert transfers("Russia sent troops to the border in 2022.") == []
