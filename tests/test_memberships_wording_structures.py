"""Membership wordings built on structure: lists after "members such as", "the N-member bloc of
X, Y and Z", participle appositions ("comprising", "admitted as a member"), possessive
appositions ("the SCO's newest member, Belarus"), "fellow" members, coordinated organisations
("a NATO and EU member"), companion asides ("X, along with Y, belongs to"), joining as an
observer, with near misses that must tell no membership."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

M = "member"


def _members(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nTASHKENT, 3 March 2024 — " + body + "\n"
    out: set[tuple[str, str, str]] = set()
    for aa in analyse_source(Source("test.txt", text)):
        for f in aa.extraction.facts:
            if f.type == "membership":
                out.add((str(f.args["member"]).split(":")[1], str(f.args["organization"]).split(":")[1],
                         str(f.args["role"])))
    return out


@pytest.mark.parametrize(("body", "want"), [
    ("The SCO has members such as India, Pakistan and Iran.",
     {("IND", "sco", M), ("PAK", "sco", M), ("IRN", "sco", M)}),
    ("Members of the CSTO including Armenia and Belarus skipped the drills.",
     {("ARM", "csto", M), ("BLR", "csto", M)}),
    ("The three-member Eurasian Economic Union of Russia, Belarus and Kazakhstan was launched in 2015.",
     {("RUS", "eaeu", M), ("BLR", "eaeu", M), ("KAZ", "eaeu", M)}),
    ("The Eurasian Economic Union is made up of Russia, Belarus and Armenia.",
     {("RUS", "eaeu", M), ("BLR", "eaeu", M), ("ARM", "eaeu", M)}),
    ("The EAEU, comprising Russia, Belarus and Armenia, met in Minsk.",
     {("RUS", "eaeu", M), ("BLR", "eaeu", M), ("ARM", "eaeu", M)}),
    ("Kazakhstan and its fellow CSTO members Russia and Armenia held talks.",
     {("KAZ", "csto", M), ("RUS", "csto", M), ("ARM", "csto", M)}),
    ("Hungary's fellow EU members criticised the veto.", {("HUN", "eu", M)}),
    ("Kazakhstan and Uzbekistan, fellow members of the SCO, signed a pact.",
     {("KAZ", "sco", M), ("UZB", "sco", M)}),
    ("The SCO's newest member, Belarus, sent a delegation.", {("BLR", "sco", M)}),
    ("Turkey, NATO's only Muslim-majority member, objected.", {("TUR", "nato", M)}),
    ("Russia and China, the SCO's founding members, hosted the drills.", {("RUS", "sco", M), ("CHN", "sco", M)}),
    ("The CSTO met. The organisation's members Kazakhstan and Armenia disagreed.",
     {("KAZ", "csto", M), ("ARM", "csto", M)}),
    ("Kazakhstan, which holds the SCO's rotating chair, hosted the talks.", {("KAZ", "sco", M)}),
    ("Bangladesh and Egypt were admitted as new members of the New Development Bank.",
     {("BGD", "ndb", M), ("EGY", "ndb", M)}),
    ("Iran, admitted to the SCO in 2023, sent its foreign minister.", {("IRN", "sco", M)}),
    ("The SCO granted Belarus full membership in July.", {("BLR", "sco", M)}),
    ("The SCO granted Laos observer status in 2024.", {("LAO", "sco", "observer")}),
    ("NATO welcomed Finland as its 31st member.", {("FIN", "nato", M)}),
    ("The SCO counts India and Pakistan among its members.", {("IND", "sco", M), ("PAK", "sco", M)}),
    ("Iran gained full membership of the SCO in 2023.", {("IRN", "sco", M)}),
    ("Iran was formally inducted into the SCO in 2023.", {("IRN", "sco", M)}),
    ("Egypt and Ethiopia entered BRICS in January 2024.", {("EGY", "brics", M), ("ETH", "brics", M)}),
    ("Iran's entry into the SCO was completed in 2023.", {("IRN", "sco", M)}),
    ("Belarus's SCO membership was approved in Astana.", {("BLR", "sco", M)}),
    ("Kazakhstan has been an SCO member since 2001.", {("KAZ", "sco", M)}),
    ("Armenia is one of the six CSTO member states.", {("ARM", "csto", M)}),
    ("Hungary, a NATO and EU member, blocked the decision.", {("HUN", "nato", M), ("HUN", "eu", M)}),
    ("Moscow and Minsk, both CSTO founders, signed.", {("RUS", "csto", M), ("BLR", "csto", M)}),
    ("China and Russia founded the SCO in 2001.", {("CHN", "sco", M), ("RUS", "sco", M)}),
    ("Kazakhstan is in the CSTO and the EAEU.", {("KAZ", "csto", M), ("KAZ", "eaeu", M)}),
    ("Turkey, which is in NATO, objected.", {("TUR", "nato", M)}),
    ("Armenia, along with Belarus and Kazakhstan, belongs to the Eurasian Economic Union.",
     {("ARM", "eaeu", M), ("BLR", "eaeu", M), ("KAZ", "eaeu", M)}),
    ("Kazakhstan, the region's largest economy and a member, like Kyrgyzstan, of the Eurasian Economic "
     "Union, objected.", {("KAZ", "eaeu", M), ("KGZ", "eaeu", M)}),
    ("Turkmenistan reduced its status in the Commonwealth of Independent States to that of an associate member.",
     {("TKM", "cis", M)}),
    ("OTS observer states Turkmenistan and Hungary sent delegations.",
     {("TKM", "ots", "observer"), ("HUN", "ots", "observer")}),
    ("Uzbekistan, which joined the EAEU as an observer in 2020, has resisted full membership.",
     {("UZB", "eaeu", "observer")}),
    ("Pakistan was admitted to the SCO as an observer in 2005.", {("PAK", "sco", "observer")}),
    ("The SCO's dialogue partners include Turkey and Egypt.", {("TUR", "sco", "partner"), ("EGY", "sco", "partner")}),
    ("The SCO's observers include Mongolia.", {("MNG", "sco", "observer")}),
    ("The OTS, whose observers include Hungary, met.", {("HUN", "ots", "observer")}),
    ("Armenia's membership in the CSTO is frozen.", {("ARM", "csto", M)}),
    ("Kazakhstan, Kyrgyzstan and Tajikistan – all CSTO members – held drills.",
     {("KAZ", "csto", M), ("KGZ", "csto", M), ("TJK", "csto", M)}),
    ("The CSTO – Russia, Belarus and Armenia – met in Minsk.", {("RUS", "csto", M), ("BLR", "csto", M), ("ARM", "csto", M)}),
    ("The Quad (the United States, Japan, India and Australia) met in Tokyo.",
     {("USA", "quad", M), ("JPN", "quad", M), ("IND", "quad", M), ("AUS", "quad", M)}),
    ("Uzbekistan participates in the OTS as a full member.", {("UZB", "ots", M)}),
])
def test_membership_wordings(body: str, want: set[tuple[str, str, str]]) -> None:
    assert _members(body) == want


@pytest.mark.parametrize("body", [
    "The force, comprising Russian and Belarusian troops, arrived.",
    "The bloc's largest member, Russia, objected.",  # no bloc named anywhere
    "The SCO offered Turkey membership talks.",
    "Talks between Russia and a member of the CSTO broke down.",
    "Turkmenistan is not an SCO member.",
    "Georgia's NATO membership bid stalled.",
    "Uzbekistan suspended its CSTO membership in 2012.",
    "Russia's CSTO membership was suspended.",
    "The radar entered service in 2023. Kazakhstan's army uses it.",
    "The HQ-9 entered Pakistani service in 2021 after the Quad met.",
    "Georgia is in the EU waiting room.",
    "Kazakhstan is in the SCO's orbit.",
    "Georgia is not in NATO.",
    "Georgia quit the CIS in 2009.",
    "Ukraine wants to join NATO.",
    "Turkmenistan attended the SCO summit as a guest.",
    "The EU-Central Asia summit in Samarkand ended with a declaration.",
    "NATO and the Moscow-led alliance have no formal ties.",
    "Russia's membership of the Council of Europe was suspended in 2022.",
    "Former CSTO member Uzbekistan stayed away.",
    "Uzbekistan, a former member of the CSTO, stayed away.",
    "The SCO (founded in 2001 in Shanghai) met.",
    "NATO – and Turkey in particular – objected.",
    "The summit of the CSTO – in Minsk, Belarus – ended.",
])
def test_near_misses_tell_no_membership(body: str) -> None:
    assert _members(body) == set()
