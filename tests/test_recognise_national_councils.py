"""Entity recognition, twenty-third session and its fix round: a state's own council written with
generic words ("the National Security Council") is not the UN body whose alias ("Security
Council") ends it, yet stays an organisation; a state's council the gazetteer knows by its "of"
name ("Security Council of Azerbaijan") stays that council inside a longer name. And the world's
big cities are no gazetteer places: their names are surnames, given names, companies and ships in
the region's news. Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


def test_a_states_national_security_council_is_no_un_body(kb: Knowledge) -> None:
    r = rec(kb, "Kyrgyzstan's National Security Council met on Friday.")
    assert types(r).get("National Security Council") == "organization", types(r)
    assert "org:unsc" not in spans(r).values(), spans(r)


@pytest.mark.parametrize(
    "text",
    [
        "Riots spread through the south. The State Security Council met on Friday.",
        "After the vote the new Central Security Council sat until midnight.",
    ],
)
def test_a_bare_generic_council_is_an_organisation_but_no_un_body(kb: Knowledge, text: str) -> None:
    r = rec(kb, text)
    assert "org:unsc" not in spans(r).values(), spans(r)
    assert any(t == "organization" and "Council" in m for m, t in types(r).items()), types(r)


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("The State Security Council of Azerbaijan met after the clashes on the border.",
         "org:security-council-azerbaijan"),
        ("Officials of the National Security Council of Kyrgyzstan denied the report.",
         "org:security-council-kyrgyzstan"),
        ("A new State Security Council of Kazakhstan decree was published on Monday.",
         "org:security-council-kazakhstan"),
    ],
)
def test_a_longer_name_keeps_the_states_own_council(kb: Knowledge, text: str, eid: str) -> None:
    assert eid in spans(rec(kb, text)).values(), spans(rec(kb, text))


def test_a_generic_council_of_a_state_is_that_states_body(kb: Knowledge) -> None:
    r = rec(kb, "The Supreme Security Council of Iran rejected the offer.")
    assert "org:unsc" not in spans(r).values(), spans(r)
    eid = spans(r).get("Supreme Security Council of Iran")
    assert eid is not None and r.entities[eid].type == "organization", spans(r)
    assert r.entities[eid].country == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met in New York on Friday.",
        "Russia vetoed the draft in the UN Security Council.",
    ],
)
def test_the_un_security_council_stays(kb: Knowledge, text: str) -> None:
    assert "org:unsc" in spans(rec(kb, text)).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Former Chilean president Ricardo Lagos said the talks had failed.", "Lagos"),
        ("Veteran analyst Adelaide Brown expects a second round.", "Adelaide"),
        ("Kawasaki delivered two transport aircraft to the air force.", "Kawasaki"),
        ("The frigate Valencia and the destroyer Perth sailed for the Gulf.", "Valencia"),
        ("The frigate Valencia and the destroyer Perth sailed for the Gulf.", "Perth"),
        ("Lord Melbourne once wrote about the Great Game.", "Melbourne"),
    ],
)
def test_world_city_names_in_prose_are_no_places(kb: Knowledge, text: str, word: str) -> None:
    r = rec(kb, text)
    assert not any(word in m.text and r.entities[m.entity_id].type == "place"
                   for m in r.mentions if m.entity_id in r.entities), spans(r)
