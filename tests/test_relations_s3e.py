"""Relations on unseen wording (session 3e): a war named in a fronted time clause links the
main clause's subject and the war's other party; a pair anaphor ("both governments") viewing a
third party."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _rels(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["a"], f.args["b"], f.args["kind"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def test_fronted_war_clause_links_main_subject() -> None:
    assert ("state:ARM", "state:AZE", "adversary") in _rels("After its war with Armenia, Azerbaijan bought more drones.")
    assert ("state:GEO", "state:RUS", "adversary") in _rels("Following its 2008 war with Russia, Georgia left the CIS.")
    assert ("state:IRN", "state:ISR", "adversary") in _rels(
        "After the short war with Israel ended in June, Iranian officials expelled many migrants.")
    assert ("state:IRN", "state:ISR", "adversary") in _rels(
        "After the war with Israel ended, Iranian officials, who blamed Afghans for leaks, expelled migrants.")


def test_fronted_war_clause_near_misses() -> None:
    assert not any(k == "adversary" for _, _, k in _rels("After the war with Israel, analysts said Russia would help."))
    got = _rels("During the war with Armenia, Israel supplied Azerbaijan with drones.")
    assert ("state:ARM", "state:ISR", "adversary") not in got
    assert not _rels("After the talks with Israel, Iran cracked down on smugglers.")


def test_pair_anaphor_views_third_party() -> None:
    got = _rels("Kazakhstan and Uzbekistan signed a water deal. Both governments regard the Taliban as a threat.")
    assert {("armed:taliban", "state:KAZ", "adversary"), ("armed:taliban", "state:UZB", "adversary")} <= got
    got = _rels("Iran and Pakistan traded strikes in January. The two countries now see China as a key partner.")
    assert {("state:CHN", "state:IRN", "partner"), ("state:CHN", "state:PAK", "partner")} <= got


def test_pair_anaphor_views_near_misses() -> None:
    got = _rels("Iran and Pakistan traded strikes. Both governments regard the talks as a success.")
    assert not any(k == "partner" for _, _, k in got)
    got = _rels("Kazakhstan and Uzbekistan met. Analysts regard China as a partner.")
    assert ("state:CHN", "state:KAZ", "partner") not in got
