"""People's names written with initials ("Major General A.K.M. Nazmul Hasan") keep every name
word and stop before a possessive state; a numbered craft ("Xiang Yang 3") is no person.

Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,name", [
    ("Major General A.K.M. Nazmul Hasan inspected the base.", "A.K.M. Nazmul Hasan"),
    ("Brigadier R.S. Tomar Singh briefed reporters.", "R.S. Tomar Singh"),
    ("Air Marshal P.K. Rao said the squadron was ready.", "P.K. Rao"),
])
def test_initials_keep_every_name_word(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "person", t


def test_initials_stop_before_a_possessive_state(kb: Knowledge) -> None:
    t = types(rec(kb, "General M.N. Qadir Pakistan’s envoy arrived."))
    assert "M.N. Qadir Pakistan" not in t and t.get("M.N. Qadir") == "person"


def test_numbered_craft_is_no_person(kb: Knowledge) -> None:
    assert "person" not in types(rec(kb, "The research vessel Xiang Yang 3 anchored off the coast.")).values()
