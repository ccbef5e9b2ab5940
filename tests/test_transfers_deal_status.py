"""Arms transfers: how far a deal has gone, told by its wording (own short sentences): interest,
letters of intent, expectations and approvals (planned), goods on order and signatures (ordered),
talks close to a deal (negotiating), deals that fell through, were withdrawn from, blocked, shelved
or collapsed and halted deliveries (cancelled), later deliveries, and goods a force operates or
has (in service)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers
from transfer_keys import parties_system_status

CASES = [
    # a nominal delivery whose fate is a passive after it: the noun's parties, cancelled
    ("Deliveries of Su-30SM fighters to Armenia were halted in 2022.", "wpn:su-30sm", "state:RUS", "state:ARM",
     "cancelled"),
    ("Russian deliveries of S-300 systems to Armenia have been suspended.", "wpn:s-300", "state:RUS", "state:ARM",
     "cancelled"),
    ("The supply of Akash systems to Armenia was frozen.", "wpn:akash", "state:IND", "state:ARM", "cancelled"),
    # an active freezing verb before the delivery noun
    ("Russia froze deliveries of S-300 systems to Armenia.", "wpn:s-300", "state:RUS", "state:ARM", "cancelled"),
    ("India suspended the supply of Akash systems to Armenia in 2024.", "wpn:akash", "state:IND", "state:ARM",
     "cancelled"),
]


def test_possessed_interest_noun() -> None:
    got = transfers("Kazakh officials make no secret of their interest in Türkiye's KAAN fighter.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:TUR", "state:KAZ", "interest")]


def test_signed_with_a_date_before_for() -> None:
    got = transfers("Cairo signed on 4 May 2015 for 24 Rafale jets.")
    assert [(t["recipient"], t["quantity"], t["status"]) for t in got] == [("state:EGY", 24, "ordered")]


def test_letter_of_intent_as_a_noun_is_a_plan() -> None:
    got = transfers("Paris and Yerevan exchanged views on a letter of intent on Mistral missiles in 2023.")
    assert [(t["supplier"], t["recipient"], t["status"]) for t in got] == [("state:FRA", "state:ARM", "planned")]


def test_letter_of_intent_before_a_supply_noun() -> None:
    got = transfers("Armenia signed a letter of intent on the later supply of Mistral missiles in 2023.")
    assert [(t["recipient"], t["status"]) for t in got] == [("state:ARM", "planned")]


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


@pytest.mark.parametrize(("text", "system", "supplier", "recipient", "status"), CASES)
def test_halted_deliveries(text: str, system: str, supplier: str, recipient: str, status: str) -> None:
    got = [(t["system"], t["supplier"], t["recipient"], t["status"]) for t in transfers(text)]
    assert (system, supplier, recipient, status) in got, got


def test_plain_nominal_delivery_stays_delivered() -> None:
    got = [t["status"] for t in transfers("Deliveries of Su-30SM fighters to Armenia began in 2022.")]
    assert got == ["delivered"]


def test_future_dated_delivery_is_planned() -> None:
    got = transfers("The delivery of the last S-400 squadron to India has slipped to 2027.", published="2025-06-01")
    assert got[0]["status"] == "planned"


def test_approval_of_a_possible_sale_is_planned() -> None:
    got = transfers("Washington approved the possible sale of eight F-16 jets to Jordan.")
    assert got[0]["status"] == "planned"


def test_deal_noun_blocked_after_its_goods_is_cancelled() -> None:
    got = transfers("A 2019 sale of six Mi-35M helicopters by Russia to Egypt was blocked.")
    assert got[0]["status"] == "cancelled"


def test_later_delivery_told_in_a_relative_clause() -> None:
    got = transfers("In 2017 Washington approved the sale of Javelin missiles to Georgia, which were delivered in 2018.")
    assert got[0]["status"] == "delivered"


def test_possession_with_a_count_is_in_service() -> None:
    got = transfers("Pakistan already has about 20 J-10C fighters.")
    assert parties_system_status(got) == {("state:CHN", "state:PAK", "wpn:j-10c", "in_service")}
    assert got[0]["quantity"] == 20


def test_goods_joining_a_named_force() -> None:
    got = transfers("Turkish-made Cobra II vehicles joined the Georgian army in 2022.")
    assert parties_system_status(got) == {("state:TUR", "state:GEO", "wpn:cobra-2", "in_service")}


def test_goods_on_order() -> None:
    got = transfers("Armenia has bought Swathi radars from India, and Akash missiles are on order.")
    assert ("state:IND", "state:ARM", "wpn:akash", "ordered") in parties_system_status(got)


def test_coordinated_buyers_close_to_deals() -> None:
    got = transfers("Vietnam and Indonesia are close to BrahMos deals of their own.")
    assert parties_system_status(got) == {("state:IND", "state:VNM", "wpn:brahmos", "negotiating"),
                                          ("state:IND", "state:IDN", "wpn:brahmos", "negotiating")}


def test_owner_deal_that_collapsed() -> None:
    got = transfers("Egypt's Su-35 deal collapsed in 2021.")
    assert parties_system_status(got) == {("state:RUS", "state:EGY", "wpn:su-35", "cancelled")}


def test_contracted_firm_supplies() -> None:
    got = transfers("Israel's Elbit Systems was contracted in 2019 to supply Kazakhstan with howitzers, but the "
                    "order was reportedly shelved.")
    assert parties_system_status(got) == {("state:ISR", "state:KAZ", "artillery", "cancelled")}
