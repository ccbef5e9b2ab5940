"""Membership extraction on original test sentences."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _members(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nTASHKENT, 3 March 2024 — " + body + "\n"
    out: set[tuple[str, str, str]] = set()
    for aa in analyse_source(Source("test.txt", text)):
        for f in aa.extraction.facts:
            if f.type == "membership":
                out.add((f.args["member"], f.args["organization"], f.args["role"]))
    return out


def _facts(body: str) -> list[Fact]:
    text = "Test headline\n\nTASHKENT, 3 March 2024 — " + body + "\n"
    return [f for aa in analyse_source(Source("test.txt", text)) for f in aa.extraction.facts
            if f.type == "membership"]


def test_list_of_members() -> None:
    got = _members("The members of the CSTO are Armenia, Belarus and Tajikistan.")
    assert {("state:ARM", "org:csto", "member"), ("state:BLR", "org:csto", "member"),
            ("state:TJK", "org:csto", "member")} <= got


def test_observer_and_anaphoric_bloc() -> None:
    got = _members("Turkmenistan attended the Shanghai Cooperation Organisation summit. "
                   "Mongolia remains an observer in the bloc.")
    assert ("state:MNG", "org:sco", "observer") in got


def test_joined_with_since_date() -> None:
    facts = _facts("Finland joined NATO in April 2023.")
    assert len(facts) == 1
    assert facts[0].args["member"] == "state:FIN"
    assert facts[0].args["since"] == "2023-04"


def test_co_mention_is_not_membership() -> None:
    assert _members("Kazakhstan criticised the CSTO for its silence.") == set()


def test_one_of_the_alliances_partners_is_a_partner_role() -> None:
    got = _members("NATO held its summit in Vilnius. Moldova remains one of the alliance's closest partners.")
    assert ("state:MDA", "org:nato", "partner") in got
