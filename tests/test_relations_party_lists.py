"""Coordinated lists of relation parties (relations.lists) and the parties' list reader
(relations.parties.next_list): where a list ends, the conjuncts before a party."""

from __future__ import annotations

from silkgraph.extract.events import Part
from silkgraph.extract.relations.lists import closed_list, conjuncts_before
from silkgraph.extract.relations.parties import next_list


def _parts(text: str, *names: str) -> list[Part]:
    out: list[Part] = []
    for n in names:
        i = text.index(n)
        out.append(Part(f"state:{n[:3].upper()}", i, i + len(n)))
    return out


def test_closed_list_stops_after_the_and_conjunct() -> None:
    text = "Ruritania, Freedonia and Sylvania, and Latveria later joined"
    ps = _parts(text, "Ruritania", "Freedonia", "Sylvania", "Latveria")
    assert [p.eid for p in closed_list(ps, text)] == ["state:RUR", "state:FRE", "state:SYL"]


def test_closed_list_without_and_is_whole() -> None:
    text = "Ruritania, Freedonia, Sylvania"
    ps = _parts(text, "Ruritania", "Freedonia", "Sylvania")
    assert closed_list(ps, text) == ps


def test_conjuncts_before_nearest_first() -> None:
    text = "Ruritania, Freedonia and the Sylvania, rivals"
    ps = _parts(text, "Ruritania", "Freedonia", "Sylvania")
    assert [p.eid for p in conjuncts_before(ps, text, 2)] == ["state:FRE", "state:RUR"]


def test_conjuncts_before_stops_at_other_words() -> None:
    text = "Ruritania sells to Freedonia and Sylvania"
    ps = _parts(text, "Ruritania", "Freedonia", "Sylvania")
    assert [p.eid for p in conjuncts_before(ps, text, 2)] == ["state:FRE"]


def test_next_list_reads_a_coordination_after_a_position() -> None:
    text = "ties with Ruritania, Freedonia & Sylvania; Latveria"
    ps = _parts(text, "Ruritania", "Freedonia", "Sylvania", "Latveria")
    got = next_list(ps, text, text.index("with") + 4)
    assert [p.eid for p in got] == ["state:RUR", "state:FRE", "state:SYL"]
