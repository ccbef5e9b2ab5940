"""Arms transfers, fifth round (blind text): "handed" with a recipient's forces, letters of
intent and contract signatures as nouns, export orders, lists with participial asides, quantifier
asides before an arrival verb, goods "recorded as delivered", the giver of aid, the state an
article is about, a supplier's share clause naming the recipient, listed goods keeping their
own verb, capitals after from/to, deals that fell through (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(got: list[dict]) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_handed_to_a_states_armed_forces() -> None:
    got = transfers("Moscow's defence minister handed four Mi-17 helicopters to Tajikistan's armed forces in 2021.")
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"]) for t in got] == [
        ("state:RUS", "state:TJK", 4, "delivered")]


def test_handed_down_is_no_transfer() -> None:
    assert transfers("The court handed down a ruling on the Su-30SM deal in 2020.") == []


def test_letter_of_intent_as_a_noun_is_a_plan() -> None:
    got = transfers("Paris and Yerevan exchanged views on a letter of intent on Mistral missiles in 2023.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:FRA", "state:ARM", "planned")]


def test_letter_of_intent_before_a_supply_noun() -> None:
    got = transfers("Armenia signed a letter of intent on the later supply of Mistral missiles in 2023.")
    assert [(t["recipient"], t["status"]) for t in got] == [("state:ARM", "planned")]


def test_export_order_makes_the_subject_the_supplier() -> None:
    got = transfers("Bharat Forge announced an export order for ATAGS howitzers from Armenia in 2023.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:IND", "state:ARM", "ordered")]


def test_list_with_participial_asides_shares_the_verb() -> None:
    got = transfers("Kyrgyzstan buys drones. In 2021 Ankara agreed to sell three Akinci drones, delivered in 2022, "
                    "two Aksungur, delivered in 2023, and four Anka, none of which had arrived by 2025.")
    anka = [t for t in got if t["system"] == "wpn:anka"]
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"], t["date"]) for t in anka] == [
        ("state:TUR", "state:KGZ", 4, "ordered", "2021")]


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


def test_share_clause_names_the_recipient_of_a_relative_delivery() -> None:
    got = transfers("Belarus, which delivered an S-300 system in 2021, accounted for 30 percent of "
                    "Kazakhstan's arms imports in 2020–2024.")
    assert ("state:BLR", "state:KAZ", "wpn:s-300") in _keys(got)


def test_listed_goods_keep_their_own_verb_and_date() -> None:
    got = transfers("Russia supplied 80 percent of Belarus's arms imports in 2010–2020, from Tor-M2 systems "
                    "delivered in 2011 to twelve Yak-130 jets bought in 2018.")
    yak = [t for t in got if t["system"] == "wpn:yak-130"]
    assert [(t["supplier"], t["recipient"], t["date"]) for t in yak] == [("state:RUS", "state:BLR", "2018")]


def test_capital_after_from_is_the_supplier() -> None:
    got = transfers("Armenia received four Su-30SM jets from Moscow in 2020.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:ARM")]


def test_a_range_of_places_is_no_party() -> None:
    assert transfers("Indian missiles are now in service from Manila to Yerevan.") == []


def test_deal_that_fell_through_is_cancelled() -> None:
    got = transfers("Armenia agreed to buy Mistral missiles from France, but the deal fell through in 2024.")
    assert [t["status"] for t in got] == ["cancelled"]


def test_withdrawal_from_a_deal_is_cancelled() -> None:
    got = transfers("Turkey withdrew from the deal to buy Eurofighter jets.")
    assert [t["status"] for t in got] == ["cancelled"]


def test_expects_to_receive_is_planned() -> None:
    got = transfers("Turkmenistan expects to receive two Akinci drones in 2026.")
    assert [(t["recipient"], t["status"]) for t in got] == [("state:TKM", "planned")]


def test_border_guards_of_a_state_operate() -> None:
    got = transfers("The Tajik border guards now operate Chinese drones.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:CHN", "state:TJK", "in_service")]
