"""A capital followed by a relative "where" is the city the clause happens in ("the tour ends
in Tashkent, where ...", "it also took her to Ankara, where she ..."), even after words that
alone leave it the government; other relatives and bare subjects stay the government.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from silkgraph.extract.recognise.capitals import capital_is_place


@pytest.mark.parametrize("text,city,place", [
    ("The programme will also take the minister to Ankara, where she meets her counterpart.", "Ankara", True),
    ("Delegates then moved on to Tashkent, where the talks resumed.", "Tashkent", True),
    ("Ankara, which has its own worries, said nothing.", "Ankara", False),
    ("Officials said Tashkent would reply within a week.", "Tashkent", False),
    ("Ankara, whereas Baku stayed silent, protested loudly.", "Ankara", False),
])
def test_capital_before_a_relative_where(text: str, city: str, place: bool) -> None:
    s = text.index(city)
    assert capital_is_place(text, s, s + len(city)) is place, text
