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


# --- session 3 (t3c): wording families ---

def test_membership_families() -> None:
    assert {("state:IND", "org:sco"), ("state:PAK", "org:sco")} <= _mems("India and Pakistan, both SCO members, met in Astana.")
    got = _mems("The EAEU's member states are Russia, Belarus and Armenia.")
    assert {("state:RUS", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:ARM", "org:eaeu")} <= got
    assert ("state:NPL", "org:sco") in _mems("Nepal was made a dialogue partner of the SCO in 2015.")
    assert {("state:KAZ", "org:cis"), ("state:BLR", "org:cis")} <= _mems("Kazakhstan and Belarus are the members of the CIS.")
    got = _mems("Kazakhstan and Kyrgyzstan met on Monday. Both sit together in the OTS.")
    assert {("state:KAZ", "org:ots"), ("state:KGZ", "org:ots")} <= got


def test_membership_family_near_misses() -> None:
    assert not _mems("Azerbaijan has applied for observer status in the SCO.")
    assert not _mems("Georgia's bid for full membership of the EU has stalled.")
    assert ("state:RUS", "org:sco") not in _mems("Belarus, Russia's closest ally, formally joined the SCO in July 2024.")
