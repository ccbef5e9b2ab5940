"""A government organ named with its state inside the name ("China's foreign ministry", "the
Iranian Foreign Ministry") is also a mention of that state; a party or company named after its
country ("Georgian Dream") and a body of no state are not.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec

from silkgraph.knowledge import Knowledge


def _ids(kb: Knowledge, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in rec(kb, text).mentions]


def test_possessive_state_inside_a_ministry(kb: Knowledge) -> None:
    got = _ids(kb, "China's foreign ministry urged both sides to show restraint.")
    assert ("China", "state:CHN") in got
    assert ("China's foreign ministry", "org:mfa-china") in got


def test_demonym_inside_a_ministry(kb: Knowledge) -> None:
    got = _ids(kb, "The Iranian Foreign Ministry summoned the envoy on Tuesday.")
    assert ("Iranian", "state:IRN") in got


def test_party_named_after_its_country_is_no_state(kb: Knowledge) -> None:
    got = _ids(kb, "The ruling Georgian Dream party won a majority.")
    assert not any(eid.startswith("state:") for _t, eid in got)


def test_body_of_no_state(kb: Knowledge) -> None:
    got = _ids(kb, "The Collective Security Treaty Organization met in the autumn.")
    assert not any(eid.startswith("state:") for _t, eid in got)
