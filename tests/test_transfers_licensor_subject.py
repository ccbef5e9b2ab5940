"""Arms transfers: licensed production told by the licensor ("X licensed 20 S"), by the licence
itself ("a licence for the S was signed"), or by an agreement to produce goods ("agreed to
produce the S in Y"); the licensee receives, named or from the discourse (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status as _keys


def test_licensor_subject_with_a_count_and_the_discourse_recipient() -> None:
    got = transfers("Kazakhstan modernised its air defences. France licensed 20 Ground Master-400 radars, "
                    "assembled locally as the Nur.")
    assert _keys(got) == {("state:FRA", "state:KAZ", "wpn:ground-master-400", "ordered")}
    assert got[0]["quantity"] == 20


def test_company_licensor_subject_gives_its_country() -> None:
    got = transfers("Uzbekistan expanded its helicopter fleet. Italy's Leonardo licensed the AW139, "
                    "produced locally as the Lochin.")
    assert _keys(got) == {("state:ITA", "state:UZB", "wpn:aw139", "ordered")}


def test_a_licence_for_goods_is_granted_by_their_maker() -> None:
    got = transfers("Egypt wanted its own radars. A licence for the Ground Master-400 was signed in 2018.")
    assert _keys(got) == {("state:FRA", "state:EGY", "wpn:ground-master-400", "ordered")}
    got = transfers("Italy granted Uzbekistan a licence to produce the AW139 in 2019.")
    assert _keys(got) == {("state:ITA", "state:UZB", "wpn:aw139", "ordered")}


def test_an_agreement_to_produce_goods_in_the_licensee() -> None:
    got = transfers("In 2021 Ankara and Baku signed an agreement to produce the Anka in Azerbaijan.")
    assert _keys(got) == {("state:TUR", "state:AZE", "wpn:anka", "ordered")}


def test_maker_home_state_is_no_context_recipient() -> None:
    got = transfers("Uzbekistan looked abroad for vehicles. Israel's Plasan came first. "
                    "Turkey's Otokar licensed the Cobra-2, produced as the Tulpar.")
    assert _keys(got) == {("state:TUR", "state:UZB", "wpn:cobra-2", "ordered")}


def test_near_misses_are_no_licence_transfers() -> None:
    assert transfers("Washington refused an export licence for the AW139 engines.") == []
    assert transfers("The AW139 is a licensed design.") == []
    assert transfers("Pilots licensed to fly the AW139 are scarce.") == []


def test_count_after_a_renaming_aside_and_the_signing_date() -> None:
    got = transfers("Kazakhstan wanted vehicles. Italy's Leonardo licensed the AW139, produced as the Berkut, "
                    "of which 12 were ordered in 2019.")
    assert [(g["quantity"], g.get("date")) for g in got] == [(12, "2019")]
    got = transfers("Egypt wanted its own radars. A licence for the Ground Master-400 radar, built as the Nur, "
                    "was signed in 2018 for 20 units.")
    assert [(g["quantity"], g.get("date")) for g in got] == [(20, "2018")]
