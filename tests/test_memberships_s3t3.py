"""Memberships in lists after "members, including" and in appositions with "other" (session 3, t3)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_members_including_list() -> None:
    got = _mems("The SCO's members, including Russia, China and Kazakhstan, will meet in July.")
    assert {("state:RUS", "org:sco"), ("state:CHN", "org:sco"), ("state:KAZ", "org:sco")} <= got
    assert ("state:TUR", "org:nato") in _mems("NATO's members, including Türkiye, met in Brussels.")


def test_other_member_apposition() -> None:
    assert ("state:IND", "org:sco") in _mems("India, the SCO's other South Asian member, stayed away.")


def test_near_misses() -> None:
    assert not _mems("Uzbekistan, the CSTO's former member, stayed away.")
    assert not _mems("Georgia's members of parliament, including several deputies, voted against the bill.")
