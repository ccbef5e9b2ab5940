"""Arms transfers of goods named by a category noun (own short sentences): an unknown name before
a category noun, a descriptive capital word that is no name, origin-built carriers and singular
category nouns with an origin participle (one item), and none without an origin."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers
from transfer_keys import parties_and_system


def test_unknown_name_before_a_category_noun() -> None:
    got = transfers("In 2022, 30 Turkish-built Zorlu armoured vehicles were handed over to Georgia.")
    assert [(t["supplier"], t["recipient"], t["system"], t["quantity"]) for t in got] == [
        ("state:TUR", "state:GEO", "Zorlu", 30)]
    assert "system" in got[0]["inferences"]


def test_a_descriptive_capital_word_is_no_name() -> None:
    got = transfers("In 2021 Russia sold Armenia Soviet-era helicopters.")
    assert [t["system"] for t in got] == ["helicopters"]


def test_origin_built_carriers_with_aside_reach_recipient() -> None:
    got = transfers("Ankara's role grew: some 40 Turkish-made carriers, reportedly donated, reached "
                    "Kyrgyzstan in 2020.")
    assert parties_and_system(got) == {("state:TUR", "state:KGZ", "armoured vehicles")}
    assert transfers("Beijing's navy received two aircraft carriers in 2019.") == []


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
