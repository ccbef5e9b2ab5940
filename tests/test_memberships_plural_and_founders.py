"""Memberships told with a plural copula and the organisation inside the noun phrase ("X and Y
are CSTO members"), a second membership noun coordinated with the first ("… and founding
members of the SCO"), founders named with "with" ("X launched ORG with Y and Z"), and a subject
separated from its verb by a relative aside ("X, which accuses Y of …, joined ORG")."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\n" + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_plural_copula_with_organisation_inside() -> None:
    got = _mems("Kenya and Peru remain CSTO members, and their trade keeps growing.")
    assert {("state:KEN", "org:csto"), ("state:PER", "org:csto")} <= got


def test_coordinated_membership_nouns() -> None:
    got = _mems("Both Ghana and Chile are NATO members and founding members of the Shanghai Cooperation Organisation.")
    assert {("state:GHA", "org:nato"), ("state:CHL", "org:nato"),
            ("state:GHA", "org:sco"), ("state:CHL", "org:sco")} <= got


def test_founders_named_with_with() -> None:
    got = _mems("In 2016 Beijing launched the Quadrilateral Cooperation and Coordination Mechanism "
                "with Kenya, Peru and Chile.")
    assert {("state:CHN", "org:qccm"), ("state:KEN", "org:qccm"), ("state:PER", "org:qccm"),
            ("state:CHL", "org:qccm")} <= got


def test_founding_near_misses() -> None:
    # a state's own agency, no partner named: no membership
    assert not _mems("Kenya set up the Shanghai Cooperation Organisation office in 2016.")
    assert not _mems("Kenya launched the SCO summit in Nairobi.")
    # "with" + a demonym and a noun: help, not a co-founder
    assert ("state:USA", "org:sco") not in _mems("Kenya set up the Shanghai Cooperation Organisation with American help.")


def test_relative_aside_between_subject_and_verb() -> None:
    got = _mems("Kenya, which accuses Peru of failing to protect it, froze its participation in the CSTO in May.")
    assert ("state:KEN", "org:csto") in got and ("state:PER", "org:csto") not in got
    got = _mems("Ghana, which borders Togo, is a member of the SCO.")
    assert ("state:GHA", "org:sco") in got and ("state:TGO", "org:sco") not in got
