"""Arms transfers: named systems given as examples of a container noun ("vehicles", "systems",
"equipment") that a buy or sell verb governs share that verb ("Y bought 40 vehicles, including
24 S"; "X handed over 300 used vehicles as aid, among them 159 S"; "New equipment arrived in
2022: 24 S"), with near misses that must not give the fact: a use verb, a tested system, a
clause break before the examples; "used" after a count is the adjective, not the use verb; a
production "in <year>" is no licensed production (own short invented texts)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import by_system
from transfer_keys import parties_and_system_of as _keys

TOPIC = "Armenia rebuilt its army after 2020, officials in Yerevan said. "


def test_including_after_a_counted_container_shares_the_buy_verb() -> None:
    got = by_system(transfers("Armenia bought 60 new vehicles from Russia in 2019, including 30 BMP-3s."))
    t = got["wpn:bmp-3"]
    assert (t["supplier"], t["recipient"], t["quantity"]) == ("state:RUS", "state:ARM", 30)


def test_among_them_after_a_sell_verb_gives_each_example() -> None:
    got = _keys(TOPIC + "In 2017 Washington handed over 250 used vehicles as aid, among them 90 M-ATVs "
                "and 40 Mi-17s.")
    assert ("state:USA", "state:ARM", "wpn:m-atv") in got
    assert ("state:USA", "state:ARM", "wpn:mi-17") in got


def test_such_as_after_an_uncounted_container() -> None:
    got = _keys("Armenia ordered several systems in 2021, such as the K9 Thunder.")
    assert ("state:KOR", "state:ARM", "wpn:k-9") in got


def test_colon_after_an_arrival_whose_subject_is_a_container() -> None:
    got = by_system(transfers(TOPIC + "New equipment arrived in 2023: 12 K9 Thunder howitzers and 6 Mi-17s."))
    assert got["wpn:k-9"]["recipient"] == "state:ARM" and got["wpn:k-9"]["quantity"] == 12
    assert got["wpn:mi-17"]["recipient"] == "state:ARM"


def test_near_miss_use_verb_over_a_container_is_no_purchase() -> None:
    got = transfers("Neighbouring Mongolia operates many systems, including the BMP-3.")
    assert all(t["status"] == "in_service" for t in got)  # what Mongolia fields, not a deal


def test_near_miss_tested_systems_and_a_break_before_the_examples() -> None:
    assert not _keys(TOPIC + "Engineers tested several new systems in 2022, including the K9 Thunder.")
    got = transfers(TOPIC + "The army bought 40 trucks in 2022, but engineers still test systems such as the K9 Thunder.")
    assert not any(t["system"] == "wpn:k-9" for t in got)


def test_near_miss_colon_after_a_container_that_is_no_goods() -> None:
    assert not _keys(TOPIC + "New recruits arrived in 2022: 24 K9 Thunder crews were trained.")


def test_used_after_a_count_is_second_hand_not_a_use() -> None:
    got = by_system(transfers(TOPIC + "In 2024 Washington agreed to transfer six used Mi-17 helicopters."))
    t = got["wpn:mi-17"]
    assert (t["supplier"], t["recipient"], t["status"]) == ("state:USA", "state:ARM", "ordered")


def test_near_miss_produced_in_a_year_is_no_licensed_production() -> None:
    assert not _keys(TOPIC + "More than 400 BMP-3 vehicles were produced in 2016.")
    # … but production in a named country still is (the licence reading is kept)
    got = _keys("The BMP-3 vehicles are produced under licence in Armenia.")
    assert any(r == "state:ARM" and s == "wpn:bmp-3" for _x, r, s in got)
