"""Session 3d: a supplier named by its minister's apposition, "that country's purchase", and a
buyer's change of supplier ("has since turned to X's S").  Own example sentences."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)}


def test_minister_apposition_names_the_supplier() -> None:
    got = transfers("Ravi Kumar, India's defence minister, handed over two patrol vessels to Bangladesh.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:IND", "state:BGD", 2)]


def test_demonym_title_apposition() -> None:
    assert {(s, r) for s, r, _ in _keys(
        "Ravi Kumar, the Indian defence minister, handed over two patrol vessels to Bangladesh.")} == {("state:IND", "state:BGD")}


def test_apposition_without_a_title_is_no_subject() -> None:
    # "India's closest partner" is no office: Bangladesh receives from China
    assert {(s, r) for s, r, _ in _keys(
        "Bangladesh, India's closest partner, received two patrol vessels from China.")} == {("state:CHN", "state:BGD")}


def test_that_countrys_purchase_refers_to_the_state_named_before() -> None:
    got = transfers("Washington spared India, although it sanctioned Turkey's defence agency in 2020 "
                    "over that country's purchase of the S-400.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:TUR")]
    assert "recipient" in got[0]["inferences"]


def test_that_country_is_not_its_own_clauses_subject() -> None:
    got = transfers("India bought tanks; Washington criticised that country's purchase of the S-400.")
    assert ("state:RUS", "state:IND", "wpn:s-400") in {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_has_turned_to_a_suppliers_system() -> None:
    got = transfers("Nepal has since turned to China's Z-9 helicopters.")
    assert [(t["supplier"], t["recipient"], t["system"]) for t in got] == [("state:CHN", "state:NPL", "wpn:z-9")]


def test_turned_to_without_goods_or_actor_is_nothing() -> None:
    assert transfers("Nepal has turned to China for help with its floods.") == []
    assert transfers("Attention has turned to the Z-9 helicopters.") == []


def test_together_with_lists_a_second_system() -> None:
    got = _keys("Kyrgyz troops displayed an HQ-9 system together with FM-90 systems.")
    assert {s for _, _, s in got} == {"wpn:hq-9", "wpn:fm-90"}


def test_second_participle_of_an_aside_is_no_verb_for_later_goods() -> None:
    got = transfers("Turkmenistan received two FM-90 systems, ordered in 2015 and delivered in 2016, "
                    "and three WJ-600 drones.")
    assert {(t["recipient"], t["system"], t.get("quantity")) for t in got} == {
        ("state:TKM", "wpn:fm-90", 2), ("state:TKM", "wpn:wj-600", 3)}
