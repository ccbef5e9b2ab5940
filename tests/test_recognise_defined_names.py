"""Names defined in the text: an acronym given after ", or" ("the Joint Water Council, or
JWC,") as well as in brackets, without a sentence-initial article in the name; and a capital
taken or besieged, which is a place, not its government.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge


def spans(r: Recognised) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in r.mentions]


def test_or_acronym_defines_and_is_used_later(kb: Knowledge) -> None:
    r = rec(kb, "The Joint Water Council, or JWC, met in Osh. Later the JWC issued a statement.")
    ids = {t: e for t, e in spans(r)}
    assert ids.get("Joint Water Council") == "org:joint-water-council"
    assert [e for t, e in spans(r) if t == "JWC"] == ["org:joint-water-council"] * 2


def test_or_before_a_known_name_defines_nothing(kb: Knowledge) -> None:
    r = rec(kb, "Kazakhstan must choose between Russia, or NATO, in the end.")
    assert ("NATO", "org:nato") in spans(r) and ("NATO", "state:RUS") not in spans(r)


def test_bracketed_acronym_name_drops_the_article(kb: Knowledge) -> None:
    r = rec(kb, "The Border Delimitation Commission (BDC) met in Osh.")
    assert ("Border Delimitation Commission", "org:border-delimitation-commission") in spans(r)


@pytest.mark.parametrize("text,eid", [
    ("When the rebels took Kabul in 1996, the embassy closed.", "place:kabul"),
    ("After the fall of Kabul, refugees fled north.", "place:kabul"),
    ("Islamabad took Kabul's side in the dispute.", "state:AFG"),
    ("Kabul rejected the claim.", "state:AFG"),
])
def test_capital_taken_is_a_place(kb: Knowledge, text: str, eid: str) -> None:
    assert any(t == "Kabul" and e == eid for t, e in spans(rec(kb, text))), spans(rec(kb, text))
