"""Arms transfers: paraphrases of common transfer statements (own short sentences), among them
"a contract with Y to supply S", adverbs after a possessed subject, and coordinated operators or
a contract to buy keeping the subject as the buyer."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

CASES = [
    ("Kazakhstan has ordered 12 Su-30SM fighters from Russia.", "wpn:su-30sm", "state:RUS", "state:KAZ", "ordered"),
    ("Astana placed an order with Moscow for four Su-30SM jets in 2019.", "wpn:su-30sm", "state:RUS", "state:KAZ",
     "ordered"),
    ("Two Russian-built Mi-35M helicopters were delivered to Kyrgyzstan in 2021.", None, "state:RUS", "state:KGZ",
     "delivered"),
    ("Azerbaijan's army operates Israeli-made Harop loitering munitions.", "wpn:harop", "state:ISR", "state:AZE",
     "in_service"),
    ("Armenia has expressed interest in buying Indian Pinaka rocket launchers.", "wpn:pinaka", "state:IND",
     "state:ARM", "interest"),
    ("Uzbekistan plans to acquire Turkish Bayraktar TB2 drones.", "wpn:bayraktar-tb2", "state:TUR", "state:UZB",
     "planned"),
    ("Tajikistan received a batch of BTR-80 armoured personnel carriers from Russia.", "wpn:btr-80", "state:RUS",
     "state:TJK", "delivered"),
    ("Moscow has shipped Iskander missiles to Armenia.", "wpn:iskander", "state:RUS", "state:ARM", "delivered"),
    ("Azerbaijan is expected to receive JF-17 Thunder jets from Pakistan.", None, "state:PAK", "state:AZE",
     "planned"),
    # the signatory that supplies: "X signed a contract with Y to supply S"
    ("India signed a contract with Armenia to supply Akash air defence systems.", "wpn:akash", "state:IND",
     "state:ARM", "ordered"),
    # an adverb between a possessed subject and its verb
    ("Kazakhstan's air force now flies C295 transport aircraft.", "wpn:c-295", "state:ESP", "state:KAZ",
     "in_service"),
    ("Kazakhstan's army reportedly operates Chinese HQ-9 systems.", "wpn:hq-9", "state:CHN", "state:KAZ",
     "in_service"),
]


@pytest.mark.parametrize(("text", "system", "supplier", "recipient", "status"), CASES)
def test_paraphrase(text: str, system: str | None, supplier: str, recipient: str, status: str) -> None:
    got = [(t["system"], t["supplier"], t["recipient"], t["status"]) for t in transfers(text)]
    assert any((system is None or s == system) and (sup, rec, st) == (supplier, recipient, status)
               for s, sup, rec, st in got), got


def test_coordinated_operators_each_use_the_system() -> None:
    got = {(t["supplier"], t["recipient"]) for t in transfers(
        "Kazakhstan and Uzbekistan operate Russian Mi-8 helicopters.")}
    assert got == {("state:RUS", "state:KAZ"), ("state:RUS", "state:UZB")}


def test_contract_to_buy_keeps_the_subject_as_buyer() -> None:
    got = [(t["supplier"], t["recipient"]) for t in transfers(
        "Armenia signed a contract with India for Akash systems.")]
    assert got == [("state:IND", "state:ARM")]
