"""Statistics: people hurt, held or killed as a side reports them — the gerund ("killing 12 and
wounding more than 20"), the noun left out ("and that 300 had been detained"), "Yerevan said 50 of
its soldiers had been killed", "Baku reported 40 dead"."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_wounding_gerund() -> None:
    got = _stats("A car bomb hit a checkpoint in Pakistan's Bajaur district, killing nine soldiers and wounding more than 20.")
    assert ("state:PAK", 20.0, "count") in got


def test_elided_noun_after_a_reported_count() -> None:
    got = _stats("Riots shook Kyrgyzstan in June. The police said 120 people had been injured and that 300 had been detained.")
    assert ("state:KGZ", 300.0, "count") in got
    assert not any(v == 2021.0 for _s, v, _u in _stats("Protests in Kyrgyzstan grew, and that 2021 had been detained."))


def test_capital_tells_its_own_dead() -> None:
    got = _stats("Armenia and Azerbaijan clashed in 2021. Yerevan said 50 of its soldiers had been killed.")
    assert ("state:ARM", 50.0, "count") in got


def test_side_reports_its_dead() -> None:
    got = _stats("Kyrgyzstan and Tajikistan clashed in 2022; Dushanbe reported 41 dead.")
    assert ("state:TJK", 41.0, "count") in got
    assert not _stats("Kyrgyzstan and Tajikistan clashed in 2022; the report counted 41 dead.")
