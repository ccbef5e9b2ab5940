"""Entity recall, twenty-third session: the world's cities of a million are places
(``tools/build_towns.py``'s ``WORLD`` tier; those more often a word or a person stay out), and a
state's own council written with generic words ("the National Security Council") is not the UN
body whose alias ("Security Council") ends it. Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("The exiled editor now lives in Melbourne with his family.", "Melbourne", "AUS"),
        ("Investors from Busan toured the new free zone.", "Busan", "KOR"),
        ("The two ministers met again in Casablanca in the spring.", "Casablanca", "MAR"),
        ("Pilgrims returning through Karbala were stopped at the border.", "Karbala", "IRQ"),
        ("A trade fair in Guadalajara drew three Kazakh firms.", "Guadalajara", "MEX"),
    ],
)
def test_world_cities_are_places(kb: Knowledge, text: str, city: str, country: str) -> None:
    r = rec(kb, text)
    eid = spans(r).get(city)
    assert eid is not None and r.entities[eid].type == "place", spans(r)
    assert r.entities[eid].country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Phoenix squadrons flew over the border at dawn.", "Phoenix"),
        ("Queens of the old dynasty were buried there.", "Queens"),
        ("Kobe Rahimov scored twice in the final.", "Kobe"),
    ],
)
def test_world_city_names_that_are_words_or_names_stay_out(kb: Knowledge, text: str, word: str) -> None:
    r = rec(kb, text)
    eid = spans(r).get(word)
    assert eid is None or r.entities[eid].type != "place", spans(r)


def test_a_states_national_security_council_is_no_un_body(kb: Knowledge) -> None:
    r = rec(kb, "Kyrgyzstan's National Security Council met on Friday.")
    assert types(r).get("National Security Council") == "organization", types(r)
    assert "org:unsc" not in spans(r).values(), spans(r)


def test_a_bare_state_security_council_is_no_un_body(kb: Knowledge) -> None:
    r = rec(kb, "Riots spread through the south. The State Security Council met on Friday.")
    assert "org:unsc" not in spans(r).values(), spans(r)


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met in New York on Friday.",
        "Russia vetoed the draft in the UN Security Council.",
    ],
)
def test_the_un_security_council_stays(kb: Knowledge, text: str) -> None:
    assert "org:unsc" in spans(rec(kb, text)).values()
