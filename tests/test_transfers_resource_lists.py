"""Word lists of the transfer extractor kept as data (ontology/transfers.yaml): prepositions that
make a state no context recipient, and units whose number is a size, not a count."""

from __future__ import annotations

from silkgraph.extract.transfers.build import MEASURE_AFTER_RE
from silkgraph.extract.transfers.parties import CONTEXT_SKIP_PREPS


def test_context_skip_preps_are_words() -> None:
    assert all(isinstance(w, str) for w in CONTEXT_SKIP_PREPS)
    assert {"on", "from", "with", "amid"} <= CONTEXT_SKIP_PREPS  # ('on' is no YAML boolean)
    assert "to" not in CONTEXT_SKIP_PREPS


def test_measure_units() -> None:
    for rest in ("-metre craft", "mm howitzers", " tonnes of", "-knot boats", "m patrol boats"):
        assert MEASURE_AFTER_RE.match(rest), rest
    for rest in (" missiles", " modern tanks", "-made drones"):
        assert not MEASURE_AFTER_RE.match(rest), rest
