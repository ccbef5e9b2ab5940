"""Arms transfers: licence production with the licensee as the subject, and systems named as
examples after a supplier-role clause (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status as _keys


def test_licensee_subject_with_the_licensor_after_from() -> None:
    got = transfers("Poland manufactures Javelin missiles under licence from the United States.")
    assert _keys(got) == {("state:USA", "state:POL", "wpn:javelin", "delivered")}


def test_licence_production_planned_with_the_licensor_from_the_origin() -> None:
    got = transfers("Egypt will assemble the K9 howitzer under licence.")
    assert _keys(got) == {("state:KOR", "state:EGY", "wpn:k-9", "planned")}
    assert got[0]["inferences"]["supplier"].startswith("origin of")


def test_licence_adjective_names_the_licensor() -> None:
    got = transfers("Georgia produces Warmate drones under a Polish licence.")
    assert _keys(got) == {("state:POL", "state:GEO", "wpn:warmate", "delivered")}


def test_own_production_without_a_licence_is_no_transfer() -> None:
    assert transfers("Turkey builds the Anka drone for export.") == []
    assert transfers("Kazakhstan produces the Barys vehicle.") == []


def test_examples_after_a_supplier_of_goods_to_clause() -> None:
    got = transfers("Turkey is the main supplier of drones to Azerbaijan, including the Bayraktar TB2 "
                    "and the Akinci.")
    assert _keys(got) == {("state:TUR", "state:AZE", "wpn:bayraktar-tb2", "delivered"),
                          ("state:TUR", "state:AZE", "wpn:akinci", "delivered")}


def test_examples_after_a_possessive_supplier_role() -> None:
    got = transfers("Israel became Azerbaijan's largest arms supplier, such as the Harop.")
    assert _keys(got) == {("state:ISR", "state:AZE", "wpn:harop", "delivered")}


def test_supplier_of_goods_to_without_examples_gives_the_category() -> None:
    got = transfers("China is the leading supplier of drones to Kazakhstan.")
    assert _keys(got) == {("state:CHN", "state:KAZ", "drones", "delivered")}


def test_supplier_of_parts_is_no_role_transfer() -> None:
    assert transfers("Russia is the supplier of engines to China.") == []
