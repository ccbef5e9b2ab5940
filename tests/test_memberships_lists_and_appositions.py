"""Memberships told as lists and appositions (own sentences): a bloc's members listed (owned by
the bloc, after "has N members:", after "members, including", after a listing verb), the
organisation named again by its common noun, prenominal members ("NATO member Turkey"), plural
appositions ("both admitted in 2017", "all dialogue partners of the SCO", "both SCO members"), "the
SCO's other South Asian member", contingents and founders, the only state that belongs; near
misses (former members, members of parliament, applications and bids)."""

from __future__ import annotations

from dateline_facts import facts, members

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_bloc_s_members_are_a_list() -> None:
    got = members("The CSTO's six members are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.")
    assert {("state:RUS", "org:csto"), ("state:TJK", "org:csto"), ("state:ARM", "org:csto")} <= got


def test_the_organisation_s_members_refers_back() -> None:
    got = members("Ministers of the Organization of Turkic States met in Baku. "
                  "The organisation's members are Turkey, Azerbaijan and Uzbekistan.")
    assert ("state:AZE", "org:ots") in got and ("state:UZB", "org:ots") in got


def test_org_has_n_members_colon_list() -> None:
    got = members("The Gulf Cooperation Council has six members: Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and "
                  "the United Arab Emirates.")
    assert ("state:KWT", "org:gcc") in got and ("state:ARE", "org:gcc") in got


def test_listing_verb_after_the_organisation() -> None:
    got = members("The CSTO, which groups Russia, Armenia and Tajikistan, held drills.")
    assert {("state:RUS", "org:csto"), ("state:ARM", "org:csto"), ("state:TJK", "org:csto")} <= got
    assert members("The SCO summit includes talks with Turkey on trade.") == set()


def test_prenominal_member() -> None:
    assert ("state:KAZ", "org:csto") in members("Fellow CSTO member Kazakhstan offered to mediate.")
    assert ("state:TUR", "org:nato") in members("NATO member Turkey objected to the plan.")


def test_active_admission_and_plural_apposition() -> None:
    got = members("The Shanghai Cooperation Organisation admitted Iran in July 2023.")
    assert ("state:IRN", "org:sco") in got
    got = members("The SCO met in Astana. India and Pakistan, both admitted in 2017, sent ministers.")
    assert {("state:IND", "org:sco"), ("state:PAK", "org:sco")} <= got


def test_partners_and_observers_in_plural_apposition() -> None:
    got = facts("Nepal, Cambodia and Armenia, all dialogue partners of the SCO, attended.", "membership")
    assert {(a["member"], a["role"]) for a in got} == {("state:NPL", "partner"), ("state:KHM", "partner"),
                                                       ("state:ARM", "partner")}


def test_only_state_that_belongs() -> None:
    got = members("Azerbaijan is the only South Caucasus state that is part of the Non-Aligned Movement.")
    assert got == {("state:AZE", "org:nam")}


def test_make_up_its_contingent_and_founders() -> None:
    got = members("The CSTO met in Minsk. Kazakhstan and Kyrgyzstan make up its Central Asian contingent.")
    assert {("state:KAZ", "org:csto"), ("state:KGZ", "org:csto")} <= got
    got = members("The Shanghai Five was set up in 1996. China and Russia were among the founders of that grouping.")
    assert {("state:CHN", "org:shanghai-five"), ("state:RUS", "org:shanghai-five")} <= got


def test_members_including_list() -> None:
    got = _mems("The SCO's members, including Russia, China and Kazakhstan, will meet in July.")
    assert {("state:RUS", "org:sco"), ("state:CHN", "org:sco"), ("state:KAZ", "org:sco")} <= got
    assert ("state:TUR", "org:nato") in _mems("NATO's members, including Türkiye, met in Brussels.")


def test_other_member_apposition() -> None:
    assert ("state:IND", "org:sco") in _mems("India, the SCO's other South Asian member, stayed away.")


def test_near_misses() -> None:
    assert not _mems("Uzbekistan, the CSTO's former member, stayed away.")
    assert not _mems("Georgia's members of parliament, including several deputies, voted against the bill.")


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
