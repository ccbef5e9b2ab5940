"""Each listed system priced where it is named keeps its own price (transfers/own_price.py).

Invented sentences. A price between two listed systems does not end the list; one total after
a list stays the package's (no system takes it).
"""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

M = 1_000_000.0


def _values(sentence: str) -> dict[str, float | None]:
    return {t["system"]: (t["value"] or {}).get("amount") if t.get("value") else None
            for t in transfers("Russia remains Mongolia's main supplier. " + sentence)}


@pytest.mark.parametrize("sentence", [
    "In 2010 Russia sold Mongolia two S-300 systems for US$ 300 million and 24 Mi-35M helicopters for about "
    "US$ 360 million.",
    "In 2010 Moscow agreed to sell Mongolia two S-300 air-defence systems in a deal worth a reported US$ 300 "
    "million, along with 24 Mi-35M attack helicopters for about US$ 360 million.",
    "In 2010 Mongolia signed for two battalions of S-300 air defence systems, a deal reported at US$ 300 million, "
    "and for 24 Mi-35M attack helicopters worth about US$ 360 million.",
])
def test_each_listed_system_keeps_its_own_price(sentence: str) -> None:
    assert _values(sentence) == {"wpn:s-300": 300 * M, "wpn:mi-35m": 360 * M}


def test_one_total_after_a_list_is_no_systems_price() -> None:
    assert _values("In 2010 Russia sold Mongolia two S-300 systems and 24 Mi-35M helicopters for about "
                   "US$ 660 million.") == {"wpn:s-300": None, "wpn:mi-35m": None}


def test_one_priced_system_and_an_unpriced_one() -> None:
    got = _values("In 2010 Russia sold Mongolia two S-300 systems for US$ 300 million and 24 Mi-35M helicopters.")
    assert got == {"wpn:s-300": 300 * M, "wpn:mi-35m": None}
