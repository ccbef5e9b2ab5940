"""People introduced without a gazetteer entry: a name in apposition to a role noun that a
relative clause follows ("X, a lawyer who ..."), a role with its place before the name ("the
governor of Batken region, X,"), and titles of heads of government, governors and clerics
("Vice Premier He Lifeng", "Akim ...", "Mullah ..."). Also unknown companies by their legal
form ("... OJSC").

Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from recognised import rec, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,name", [
    ("Police detained Askar Temirov, a lawyer who had defended the strikers.", "Askar Temirov"),
    ("The court jailed Dilnoza Karimova, a blogger whose posts mocked the governor.", "Dilnoza Karimova"),
    ("The governor of Sughd region, Farrukh Sharifov, said the road was open.", "Farrukh Sharifov"),
    ("Vice Premier Wu Zhenhai arrived in Astana.", "Wu Zhenhai"),
    ("Akim of Shymkent Bakhyt Nurlanov resigned.", "Bakhyt Nurlanov"),
    ("Mullah Abdul Rahim Akhtar met the delegation.", "Abdul Rahim Akhtar"),
])
def test_people_by_role_and_title(kb: Knowledge, text: str, name: str) -> None:
    assert types(rec(kb, text)).get(name) == "person"


@pytest.mark.parametrize("text", [
    "Analysts say Central Asia, a region that wants investment, is cautious.",
    "He said the talks went well.",
    "Exports to Eastern Europe, a market that has grown, doubled.",
])
def test_no_person_without_a_name(kb: Knowledge, text: str) -> None:
    assert "person" not in types(rec(kb, text)).values()


def test_company_by_legal_form_keeps_its_short_name(kb: Knowledge) -> None:
    r = rec(kb, "Tashkent Cable Works OJSC won the tender.")
    ent = next(r.entities[m.entity_id] for m in r.mentions if m.text == "Tashkent Cable Works OJSC")
    assert ent.type == "company" and "Tashkent Cable Works" in ent.aliases
