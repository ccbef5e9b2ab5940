"""An order and its delivery told in one sentence make a delivered transfer (later_delivery).

Invented sentences; each shape has near misses where the delivery is planned, expected,
negated or belongs to other goods, which must stay orders.
"""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

CONTEXT = "Mongolia has modernised its army slowly. "


def _status(sentence: str, system: str) -> tuple[str | None, str | None]:
    got = {t["system"]: t for t in transfers(CONTEXT + sentence)}
    t = got[system]
    return t["status"], t.get("date")


@pytest.mark.parametrize("sentence, system, date", [
    # the order's participle describes the goods, which arrive
    ("Six T-90 tanks ordered from Russia in 2020 arrived in 2022.", "wpn:t-90", "2020"),
    ("Six T-90 tanks bought from Russia in 2020 were finally delivered in 2023.", "wpn:t-90", "2020"),
    ("Six T-90 tanks ordered from Russia in 2020 for about US$ 30 million arrived in January 2022.",
     "wpn:t-90", "2020"),
    # the buyer's second verb takes the goods back
    ("It ordered three Anka drones from Turkey in 2021 and received them in 2022.", "wpn:anka", "2021"),
    ("It purchased three Anka drones from Turkey in 2021 and then took delivery of the first in 2022.",
     "wpn:anka", "2021"),
    # the goods' passive or aside coordinated with a delivery participle
    ("Four LORA launchers were ordered from Israel in 2017 and delivered the following year.", "wpn:lora", "2017"),
    ("Its Bayraktar TB2 drones, ordered from Turkey in 2019 and delivered in 2020, changed the war.",
     "wpn:bayraktar-tb2", "2019"),
    # a delivery verb governs goods an order participle dates
    ("It took delivery in 2019 of 12 new Su-30SM fighters ordered from Russia in 2017.", "wpn:su-30sm", "2017"),
    # a delivery participle set off by a comma after the goods' phrase and its deal
    ("It ordered 36 Rafale fighters from France under a 7.8 billion euro agreement, delivered between 2019 "
     "and 2022 with missiles.", "wpn:rafale", "2019"),
    # a renaming participle is no transfer verb: the arrival after it tells the transfer
    ("Two second-hand Type 053H2 frigates from China, commissioned as the Tuul and the Orkhon, arrived in 2014.",
     "wpn:type-053h2", "2014"),
    # after a semicolon the goods come back and arrive: the undated order takes the delivery's year
    ("It bought three Anka drones from Turkey; the drones were delivered in 2023.", "wpn:anka", "2023"),
    ("It bought three Anka drones from Turkey; they arrived in 2023.", "wpn:anka", "2023"),
])
def test_order_and_delivery_in_one_sentence_is_delivered(sentence: str, system: str, date: str) -> None:
    assert _status(sentence, system) == ("delivered", date)


@pytest.mark.parametrize("sentence, system", [
    ("Six T-90 tanks ordered from Russia in 2020 are expected to arrive in 2026.", "wpn:t-90"),
    ("Six T-90 tanks ordered from Russia in 2020 have yet to arrive.", "wpn:t-90"),
    ("Six T-90 tanks ordered from Russia in 2020 were not delivered.", "wpn:t-90"),
    ("Six T-90 tanks ordered from Russia in 2020 cost far more than the delivered BMPs.", "wpn:t-90"),
    ("Four LORA launchers were ordered from Israel in 2017 and are to be delivered in 2026.", "wpn:lora"),
    ("It ordered three Anka drones from Turkey in 2021 and received Chinese rifles in 2022.", "wpn:anka"),
    ("It ordered three Anka drones from Turkey in 2021 and hopes to receive them in 2026.", "wpn:anka"),
    ("It bought three Anka drones from Turkey; the drones are due in 2027.", "wpn:anka"),
    ("It ordered 36 Rafale fighters from France under a deal signed in 2016, with deliveries expected from 2019.",
     "wpn:rafale"),
])
def test_planned_negated_or_other_deliveries_stay_orders(sentence: str, system: str) -> None:
    assert _status(sentence, system)[0] == "ordered"
