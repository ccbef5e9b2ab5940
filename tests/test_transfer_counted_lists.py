"""Arms transfers: a list of goods under one verb where each conjunct carries its own count and
date ("received 30 T-72 tanks in 2015, eight Mi-17 helicopters in 2017 and six drones in 2019 from
X"), a counted category noun after a named system ("S drones and four tanks": two goods), and a
supplier's role told as the subject's apposition ("X, Y's main arms supplier, delivered S").
Own invented sentences; near misses must stay out."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system_of as _keys


def _facts(text: str) -> set[tuple[str, str, str, int | None, str | None]]:
    return {(t["supplier"], t["recipient"], t["system"], t["quantity"], t["date"]) for t in transfers(text)}


def test_listed_goods_each_with_count_and_date_share_the_source() -> None:
    got = _facts("Kyrgyzstan received 30 BTR-80 vehicles in 2015, eight Mi-17 helicopters in 2017 and "
                 "six trucks in 2019 from Belarus.")
    assert ("state:BLR", "state:KGZ", "wpn:btr-80", 30, "2015") in got
    assert ("state:BLR", "state:KGZ", "wpn:mi-17", 8, "2017") in got


def test_listed_categories_each_with_count_and_date() -> None:
    got = _facts("Mongolia received 14 armoured vehicles in 2016, nine tanks in 2018 and three helicopters "
                 "in 2020 from Russia.")
    assert got == {("state:RUS", "state:MNG", "armoured vehicles", 14, "2016"),
                   ("state:RUS", "state:MNG", "tanks", 9, "2018"),
                   ("state:RUS", "state:MNG", "helicopters", 3, "2020")}


def test_seller_list_each_with_count_and_date() -> None:
    got = _facts("Ankara delivered to Baku 40 armoured vehicles in 2018, 12 Bayraktar TB2 drones in 2020 "
                 "and two Akinci drones in 2024.")
    assert ("state:TUR", "state:AZE", "wpn:bayraktar-tb2", 12, "2020") in got
    assert ("state:TUR", "state:AZE", "wpn:akinci", 2, "2024") in got


def test_counted_category_after_named_system_is_its_own_goods() -> None:
    assert _keys("Ankara sold 20 Bayraktar TB2 drones and six tanks to Tashkent.") == {
        ("state:TUR", "state:UZB", "wpn:bayraktar-tb2"), ("state:TUR", "state:UZB", "tanks")}


def test_category_head_noun_of_named_system_is_no_second_goods() -> None:
    # "drones" heads the named system's phrase, and an uncounted second noun stays as before
    assert _keys("Ankara sold 20 Bayraktar TB2 drones to Tashkent.") == {("state:TUR", "state:UZB", "wpn:bayraktar-tb2")}


def test_supplier_role_apposition_names_the_recipient() -> None:
    assert _facts("Israel, Azerbaijan's main arms supplier, delivered 30 Harop drones in 2016.") == {
        ("state:ISR", "state:AZE", "wpn:harop", 30, "2016")}
    assert ("state:RUS", "state:IND", "wpn:s-400", 5, "2021") in _facts(
        "In 2023, Russia, India's largest supplier, had delivered five S-400 systems since 2021.")


def test_apposition_near_misses() -> None:
    # an apposition that states no supplier's role names no recipient
    assert not any(k[1] == "state:PAK" for k in _keys("China, Pakistan's closest ally, unveiled 12 J-10C fighters."))
    # the role's state is no recipient of goods sold to another named buyer
    got = _keys("Russia, India's main supplier, sold five S-400 systems to Egypt in 2021.")
    assert ("state:RUS", "state:EGY", "wpn:s-400") in got
    assert ("state:RUS", "state:IND", "wpn:s-400") not in got
