"""A named work's length told by a wider set of verbs ("covers", "spanning", "traverses"), its own
capitalised noun ("the X Highway stretches …", "the X Expressway"), a length closing its clause, and the length of a
part of the work named after "of" ("the first 64-km stretch of the X Expressway", "310 km of the X
railway"): each is the work's figure."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def _km_of(text: str, name: str) -> set[float]:
    return {v for s, v, u in _stats(text) if u == "km" and name in s}


def test_work_length_told_by_cover_span_and_its_capitalised_noun() -> None:
    assert 960.0 in _km_of("The Ural Crest pipeline covers 960 km from the wells to the terminal.", "ural-crest")
    assert 410.0 in _km_of("The Tobol railway, spanning roughly 410 km, was rebuilt in 2015.", "tobol")
    assert 77.0 in _km_of("The Lena canal will traverse about 77 kilometres, officials said.", "lena")


def test_length_of_a_part_of_a_named_work_is_the_works() -> None:
    assert 42.0 in _km_of("Crews opened the first 42-kilometre section of the Irtysh canal in June.", "irtysh")
    assert 215.0 in _km_of("So far workers have laid 215 kilometres of the Sayan railway.", "sayan")
    assert 33.0 in _km_of("Trucks queued on the new 33-km stretch of the Kelmir railway.", "kelmir")


def test_distance_from_a_place_is_no_length_of_the_work() -> None:
    assert not _km_of("Villages within 10 km of the Oka canal were flooded in April.", "oka")
    assert not _km_of("The Kama railway station sits 15 km of open steppe away from town.", "kama")
