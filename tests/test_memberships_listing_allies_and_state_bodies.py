"""Memberships told by general constructions (invented sentences): a body listing its members
("whose seven members –", a participle coordinated after its founding, "the bloc brings together"),
members implied by a body's action or by fellowship ("at the request of its member X", "allies
in the CSTO", "X and the other members of ORG"), a companion after a long object ("joined ORG
(ABBR) as a full member in 2017, together with Y"), a relative clause after an apposition that
names the bloc again; and near misses: a ship joining a state's navy, "joined X in condemning",
a membership ended "until" a year, a host of a summit."""

from __future__ import annotations

import pytest
from membership_pairs import mems as _mems


@pytest.mark.parametrize(("body", "want"), [
    ("Delhi turned to BIMSTEC, whose five members – Bangladesh, Bhutan, India, Nepal and Thailand – met in May.",
     {("state:BGD", "org:bimstec"), ("state:BTN", "org:bimstec"), ("state:NPL", "org:bimstec"),
      ("state:THA", "org:bimstec"), ("state:IND", "org:bimstec")}),
    ("The Moscow Format, set up by Russia in 2017 and bringing together China, Iran and Pakistan, met again.",
     {("state:CHN", "org:moscow-format"), ("state:IRN", "org:moscow-format"), ("state:PAK", "org:moscow-format")}),
    ("The Eurasian Economic Union (EAEU), grouping Armenia, Belarus and Kyrgyzstan, cut its tariffs.",
     {("state:ARM", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:KGZ", "org:eaeu")}),
    ("The Organization of Turkic States met in May. The bloc brings together Turkey, Kazakhstan and Uzbekistan.",
     {("state:TUR", "org:ots"), ("state:KAZ", "org:ots"), ("state:UZB", "org:ots")}),
])
def test_a_body_listing_its_members(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _mems(body)


@pytest.mark.parametrize(("body", "want"), [
    ("The CSTO sent troops at the request of its member Tajikistan.", {("state:TJK", "org:csto")}),
    ("The CSTO sent troops at the request of member state Armenia.", {("state:ARM", "org:csto")}),
    ("The CSTO met in May. The alliance sent troops at the request of Belarus, one of its members.",
     {("state:BLR", "org:csto")}),
    ("Armenia and Belarus are allies in the Collective Security Treaty Organization.",
     {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Armenia and Belarus, allies within the CSTO, voted together.",
     {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Armenia and Belarus are CSTO allies.", {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Armenia and Belarus are fellow members of the CSTO.", {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Kazakhstan and Kyrgyzstan, each a member of the SCO, voted together.",
     {("state:KAZ", "org:sco"), ("state:KGZ", "org:sco")}),
    ("Kazakhstan and Kyrgyzstan, both part of the SCO, voted together.",
     {("state:KAZ", "org:sco"), ("state:KGZ", "org:sco")}),
    ("Belarus and the other members of the Eurasian Economic Union abstained.", {("state:BLR", "org:eaeu")}),
    ("The SCO accepted Mongolia as a full member in 2017.", {("state:MNG", "org:sco")}),
    ("Armenia, Belarus's fellow CSTO member, stayed silent.", {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Armenia is an ally of Belarus in the CSTO.", {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Russia sells the jets to its partners in the CSTO.", {("state:RUS", "org:csto")}),
    ("Kazakhstan's partners in the SCO stayed silent.", {("state:KAZ", "org:sco")}),
])
def test_members_implied_by_action_and_fellowship(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _mems(body)


@pytest.mark.parametrize(("body", "want"), [
    ("Kazakhstan's security ties run mainly through the SCO, which it co-founded in 2001.", {("state:KAZ", "org:sco")}),
    ("Armenia held elections in June. Its trade runs through the EAEU, which it joined in 2015.",
     {("state:ARM", "org:eaeu")}),
    ("Kazakhstan and Uzbekistan have quarrelled over water. Russia, which sits alongside both countries in the SCO, "
     "kept quiet.", {("state:RUS", "org:sco"), ("state:KAZ", "org:sco"), ("state:UZB", "org:sco")}),
])
def test_relative_clauses_on_the_organisation(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _mems(body)


def test_companion_after_a_long_object() -> None:
    got = _mems("Kazakhstan joined the Shanghai Cooperation Organisation (SCO) as a full member in June 2017, "
                "together with Mongolia, and it hosts the secretariat.")
    assert {("state:KAZ", "org:sco"), ("state:MNG", "org:sco")} <= got


def test_relative_clause_after_an_apposition_naming_the_bloc() -> None:
    got = _mems("Kazakhstan and Uzbekistan have quarrelled over water. The Collective Security Treaty Organization "
                "(CSTO), a Russian-led military alliance to which both countries belong, called for restraint.")
    assert {("state:KAZ", "org:csto"), ("state:UZB", "org:csto")} <= got


@pytest.mark.parametrize(("body", "state"), [
    ("India built two patrol boats, ordered in 2014, which joined the Sri Lankan navy in 2017.", "state:IND"),
    ("The SCO met in May. Kazakhstan joined Belarus in condemning the strike.", "state:KAZ"),
    ("The SCO met in May. Kazakhstan joined Russia and Belarus in calling for talks.", "state:KAZ"),
    ("Belarus was a member of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic "
     "Cooperation (BIMSTEC) until 2012.", "state:BLR"),
    ("Kazakhstan hosted the SCO summit in 2019.", "state:KAZ"),
    ("The CSTO sent troops to Kyrgyzstan.", "state:KGZ"),
    ("Armenia and Belarus are allies in the fight against smuggling.", "state:ARM"),
    ("Armenia is a major trading partner of the EAEU.", "state:ARM"),
    ("Armenia held elections in June. The report on the EAEU, which it praised in 2015, was long.", "state:ARM"),
    ("The SCO met in May. Kazakhstan relies on its partners in the region.", "state:KAZ"),
    ("The SCO met in May. Armenia is an ally of Belarus in the fight against smuggling.", "state:ARM"),
    ("Kazakhstan's partners in the war on terror stayed silent.", "state:KAZ"),
])
def test_near_misses(body: str, state: str) -> None:
    assert not any(m == state for m, _ in _mems(body))
