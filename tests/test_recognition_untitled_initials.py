"""A person named with glued initials and no title ("led by K.R. Menon") keeps the initials:
the name is not cut to its last initial and surname ("R. Menon").

Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,name", [
    ("A delegation led by K.R. Menon, the foreign ministry official for the region, reached the border.",
     "K.R. Menon"),
    ("The talks were opened by S.T. Varma, the defence ministry official in charge of exports.",
     "S.T. Varma"),
])
def test_untitled_initials_keep_every_initial(kb: Knowledge, text: str, name: str) -> None:
    r = rec(kb, text)
    t = types(r)
    assert t.get(name) == "person", t
    assert not any(m.text == name[2:] for m in r.mentions), spans(r)


def test_state_abbreviation_is_no_initial(kb: Knowledge) -> None:
    t = types(rec(kb, "The U.S. State Department said the convoy had left."))
    assert "person" not in t.values(), t
