"""Arms transfers, ninth round: halted deliveries and singular category nouns with an origin
participle (own short sentences)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

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


@pytest.mark.parametrize(("text", "system", "supplier", "recipient", "status"), CASES)
def test_halted_deliveries(text: str, system: str, supplier: str, recipient: str, status: str) -> None:
    got = [(t["system"], t["supplier"], t["recipient"], t["status"]) for t in transfers(text)]
    assert (system, supplier, recipient, status) in got, got


def test_plain_nominal_delivery_stays_delivered() -> None:
    got = [t["status"] for t in transfers("Deliveries of Su-30SM fighters to Armenia began in 2022.")]
    assert got == ["delivered"]


@pytest.mark.parametrize(("text", "category", "supplier", "recipient", "status"), [
    ("Azerbaijan commissioned a Turkish-built corvette in 2023.", "ships", "state:TUR", "state:AZE", "in_service"),
    ("Pakistan received a Chinese-made frigate in 2022.", "ships", "state:CHN", "state:PAK", "delivered"),
    ("Kazakhstan bought one Russian-made helicopter.", "helicopters", "state:RUS", "state:KAZ", "ordered"),
])
def test_singular_category_with_origin(text: str, category: str, supplier: str, recipient: str,
                                       status: str) -> None:
    got = [(t["system"], t["supplier"], t["recipient"], t["status"], t["quantity"]) for t in transfers(text)]
    assert got == [(category, supplier, recipient, status, 1)]


def test_singular_category_without_origin_is_no_item() -> None:
    assert transfers("Azerbaijan commissioned a corvette in 2023.") == []
