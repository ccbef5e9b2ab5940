"""The words before a capital that make it the city (ontology/titles.yaml, capital_place) load as
words and keep their readings: "visited Ankara" is the city, "officials in Tashkent" the government."""

from __future__ import annotations

from silkgraph.extract.recognise import capitals
from silkgraph.extract.recognise.capitals import capital_is_place


def test_lists_are_words() -> None:
    for name in ("PLACE_PREPS", "TRAVEL_WORDS", "VISIT_VERBS", "SEAT_PEOPLE", "NEAR_OF_WORDS",
                 "ATTACK_ON_WORDS", "CAPTURE_WORDS", "CAPTURE_OF_WORDS"):
        words = getattr(capitals, name)
        assert words and all(isinstance(w, str) for w in words), name


def test_readings() -> None:
    for text, city in (("The president toured Yerevan last week.", "Yerevan"),
                       ("Rebels shelled the outskirts of Kabul.", "Kabul"),
                       ("Officials in Tashkent declined to comment.", None)):
        word = city or "Tashkent"
        s = text.index(word)
        assert capital_is_place(text, s, s + len(word)) is (city is not None), text
