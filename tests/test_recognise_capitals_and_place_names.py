"""Places named in text: capitals as the destination of a visit and in day-first datelines, an
accented capital only with its accent ("Malé"), Delhi and New Delhi as two places, and an unknown
name coordinated with a known place (but not a person so coordinated).

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


def test_capital_as_destination_of_a_visit(kb: Knowledge) -> None:
    s = spans(rec(kb, "The new president picked Kathmandu for his first official visit."))
    assert s.get("Kathmandu") == "place:kathmandu"


def test_day_first_dateline_city_is_a_place(kb: Knowledge) -> None:
    s = spans(rec(kb, "THIMPHU, 3 May 2025 — Bhutan said it would expand the airport."))
    assert s.get("THIMPHU") == "place:thimphu"


def test_accented_capital_matches_only_with_its_accent(kb: Knowledge) -> None:
    assert spans(rec(kb, "The minister flew to Malé on Sunday.")).get("Malé") == "place:male"
    assert "Male" not in spans(rec(kb, "Male recruits outnumber female ones."))


def test_delhi_and_new_delhi_are_two_places(kb: Knowledge) -> None:
    s = spans(rec(kb, "Smog closed schools across Delhi, officials in New Delhi said."))
    assert s.get("Delhi") == "place:delhi"


def test_unknown_name_coordinated_with_a_known_place(kb: Knowledge) -> None:
    r = rec(kb, "The company builds solar parks in Jaffna and Kilinochchiya after the rains.")
    assert types(r).get("Kilinochchiya") == "place"


def test_coordinated_person_is_no_place(kb: Knowledge) -> None:
    r = rec(kb, "The talks in Jaffna and Perera said nothing new.")
    assert "Perera" not in types(r)
