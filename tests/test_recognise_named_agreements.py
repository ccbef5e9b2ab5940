"""Named agreements ("the Kosi River Treaty of 1954", "the 1999 Karakoram Accord", "the Treaty of
Gulistan") are programmes, and one named after a city is no mention of the city; generic
agreements are left alone.

Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,name", [
    ("Both sides invoked the Kosi River Treaty of 1954.", "Kosi River Treaty"),
    ("Officials recalled the 1999 Karakoram Accord during the talks.", "Karakoram Accord"),
    ("The Ferghana Declaration was signed by three presidents.", "Ferghana Declaration"),
    ("Neither side has ratified the Treaty of Gulistan since.", "Treaty of Gulistan"),
])
def test_named_agreements_are_programmes(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "program", t


def test_agreement_named_after_a_city_is_no_mention_of_the_city(kb: Knowledge) -> None:
    r = rec(kb, "The Samarkand Declaration set out a common agenda.")
    s = spans(r)
    assert types(r).get("Samarkand Declaration") == "program"
    assert "Samarkand" not in s


@pytest.mark.parametrize("text", [
    "The Defence Cooperation Agreement was extended.",
    "They discussed the Free Trade Agreement.",
    "The Russian Declaration was rejected.",
])
def test_generic_agreements_are_left_alone(kb: Knowledge, text: str) -> None:
    assert "program" not in types(rec(kb, text)).values()
