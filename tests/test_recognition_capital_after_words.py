"""The words after a capital can make it the city: "when Kabul fell", "Kabul was captured",
"a Bishkek-based analyst"; a route "between" two cities ends at the city.  The government
stays the actor elsewhere ("Baku fell silent", "talks between Baku and Yerevan").

Every sentence here is invented."""

from __future__ import annotations

import pytest

from silkgraph.extract.recognise.capitals import capital_is_place


@pytest.mark.parametrize("text,city,place", [
    ("Aid stopped when Kabul fell to the insurgents.", "Kabul", True),
    ("By noon Kabul had been captured by the rebels.", "Kabul", True),
    ("A Bishkek-based economist disagreed.", "Bishkek", True),
    ("Daily flights between Yerevan and Tbilisi resumed.", "Yerevan", True),
    ("Baku fell silent after the vote.", "Baku", False),
    ("Talks between Baku and Yerevan stalled again.", "Baku", False),
    ("Moscow was taken aback by the decision.", "Moscow", False),
    ("Astana hosted the summit in May.", "Astana", False),
])
def test_words_after_a_capital(text: str, city: str, place: bool) -> None:
    s = text.index(city)
    assert capital_is_place(text, s, s + len(city)) is place, text
