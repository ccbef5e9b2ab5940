"""A clerical title before a known person's name is no part of the name ("led by Archbishop
X"). Every sentence is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_clerical_title_is_not_part_of_a_known_name(kb: Knowledge) -> None:
    got = spans(rec(kb, "The march was led by Archbishop Bagrat Galstanyan, who spoke in Gyumri."))
    assert got.get("Bagrat Galstanyan") == "person:bagrat-galstanyan"
    assert "Archbishop Bagrat Galstanyan" not in got
    got = spans(rec(kb, "The service was led by Patriarch Kirill in Moscow."))
    assert got.get("Patriarch Kirill") == "person:patriarch-kirill"


def test_title_before_an_unknown_name(kb: Knowledge) -> None:
    got = spans(rec(kb, "The rally was led by Bishop Farhod Nazarov, who spoke at noon."))
    assert got.get("Farhod Nazarov") == "person:farhod-nazarov"
    assert not any(k.startswith("Bishop") for k in got)
