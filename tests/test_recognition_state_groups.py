"""A closed group of states that lists its members ("the Baltic states") is a mention of each
member; a region's adjective ("the Central Asian states") is left to the relation extractors.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec

from silkgraph.knowledge import Knowledge


def _ids(kb: Knowledge, text: str) -> set[str]:
    return {m.entity_id for m in rec(kb, text).mentions}


def test_baltic_states_name_each_member(kb: Knowledge) -> None:
    got = sorted((m.entity_id, m.text) for m in rec(kb, "The Baltic states expelled two diplomats last week.").mentions)
    assert got == [("state:EST", "The Baltic states"), ("state:LTU", "The Baltic states"),
                   ("state:LVA", "The Baltic states")], got


def test_wrong_count_names_no_member(kb: Knowledge) -> None:
    ids = _ids(kb, "The two Baltic states expelled two diplomats last week.")
    assert not {"state:EST", "state:LVA", "state:LTU"} & ids, ids


def test_region_adjective_is_not_expanded(kb: Knowledge) -> None:
    ids = _ids(kb, "The Central Asian states met in a closed session.")
    assert "state:TKM" not in ids, ids
