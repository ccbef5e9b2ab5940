"""A side telling its own toll is read only for its own forces: another side's forces named by their
demonym are not the teller's dead (invented sentences)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _stats(sentence: str) -> set[tuple[str | None, float]]:
    text = "Test headline\n\nBAKU, March 6, 2024 (Wire) - " + sentence + "\n"
    return {(f.args.get("subject"), f.args.get("value")) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "statistic"}


def test_own_toll_told_by_its_side() -> None:
    assert ("state:KGZ", 31.0) in _stats("Kyrgyzstan has officially acknowledged 31 servicemen killed in the fighting.")


def test_another_sides_forces_are_not_the_tellers_toll() -> None:
    assert ("state:UKR", 40.0) not in _stats("Ukraine acknowledged 40 Russian servicemen killed in the raid.")
