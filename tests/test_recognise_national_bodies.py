"""National bodies of the region's states: security councils, parliaments, ministries and
border services, with their country; a lower-case description ("the Tajik parliament") is no
name, and the UN Security Council keeps its own name.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge


def orgs(r: Recognised) -> dict[str, tuple[str, str | None]]:
    """mention text -> (entity id, country) of organisations"""
    return {m.text: (m.entity_id, r.entities[m.entity_id].country) for m in r.mentions
            if m.entity_id in r.entities and r.entities[m.entity_id].type == "organization"}


@pytest.mark.parametrize("text,mention,country", [
    ("Kyrgyzstan's Security Council met on Monday.", "Kyrgyzstan's Security Council", "KGZ"),
    ("The Kazakh Foreign Ministry summoned the envoy.", "Kazakh Foreign Ministry", "KAZ"),
    ("The Iranian Majlis passed the bill.", "Iranian Majlis", "IRN"),
    ("The Armenian National Assembly voted.", "Armenian National Assembly", "ARM"),
    ("Nepal's House of Representatives adopted the map.", "Nepal's House of Representatives", "NPL"),
    ("Tajik Border Troops reported a clash.", "Tajik Border Troops", "TJK"),
    ("The Xinjiang Production and Construction Corps runs the farms.",
     "Xinjiang Production and Construction Corps", "CHN"),
])
def test_national_bodies_have_their_state(kb: Knowledge, text: str, mention: str, country: str) -> None:
    got = orgs(rec(kb, text))
    assert got.get(mention, ("", None))[1] == country, got


def test_un_security_council_is_not_a_national_one(kb: Knowledge) -> None:
    got = orgs(rec(kb, "The UN Security Council met on Monday."))
    assert got.get("UN Security Council", ("",))[0] == "org:unsc", got


@pytest.mark.parametrize("text", [
    "The Tajik parliament ratified the agreement.",
    "Iranian border guards fired at the smugglers.",
    "The Armenian parliament voted.",
])
def test_lower_case_descriptions_are_no_names(kb: Knowledge, text: str) -> None:
    assert orgs(rec(kb, text)) == {}
