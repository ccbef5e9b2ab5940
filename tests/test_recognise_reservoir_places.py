"""A capitalised word before "reservoir" names a place, the whole phrase being its name, as
before "lake", "dam" or "canal"; a bare or sentence-initial "Reservoir" names nothing.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


def test_named_reservoir_is_a_place(kb: Knowledge) -> None:
    r = rec(kb, "Farmers said the Kayrakkum reservoir had shrunk by a third since spring.")
    assert types(r).get("Kayrakkum reservoir") == "place"


def test_bare_reservoir_names_nothing(kb: Knowledge) -> None:
    assert spans(rec(kb, "Water levels in the reservoir fell sharply.")) == {}
    assert spans(rec(kb, "Reservoir levels fell sharply in July.")) == {}
