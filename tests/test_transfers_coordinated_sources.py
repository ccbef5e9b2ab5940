"""Arms transfers: suppliers coordinated in one source phrase each supply the goods: two demonyms
before the goods ("Israeli and Turkish weapons") and two states after "from" ("from India and
France"); a second "from" of other goods is no coordination (own short sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_coordinated_demonyms_before_the_goods() -> None:
    got = _keys("Serbia still imports Russian and Chinese weapons.")
    assert {("state:RUS", "state:SRB", "arms"), ("state:CHN", "state:SRB", "arms")} <= got


def test_three_coordinated_demonyms() -> None:
    got = _keys("Serbia imports Russian, Belarusian and Chinese weapons.")
    assert {s for s, _r, _g in got} == {"state:RUS", "state:BLR", "state:CHN"}


def test_coordinated_states_after_from() -> None:
    got = _keys("In 2019 Serbia bought T-72 tanks from Russia and Belarus.")
    assert {("state:RUS", "state:SRB", "wpn:t-72"), ("state:BLR", "state:SRB", "wpn:t-72")} <= got


def test_second_from_of_other_goods_is_no_coordination() -> None:
    # near miss: "tanks from X and radars from Z": Z does not supply the tanks
    got = _keys("Serbia bought tanks from Russia and radars from France.")
    assert ("state:FRA", "state:SRB", "tanks") not in got


def test_demonym_separated_by_a_clause_is_no_coordination() -> None:
    # near miss: "Chinese" modifies other words, not the weapons bought
    got = _keys("Despite Chinese pressure, Serbia imports Russian weapons.")
    assert ("state:CHN", "state:SRB", "arms") not in got


def test_coordinated_subjects_of_a_supplier_role() -> None:
    got = _keys("Serbia rearmed after 2015. Russia and China have been Serbia's main arms suppliers.")
    assert {("state:RUS", "state:SRB", "arms"), ("state:CHN", "state:SRB", "arms")} <= got


def test_a_person_coordinated_with_the_supplier_is_no_supplier() -> None:
    # near miss: only states supply under a supplier role; "like China" is no coordination
    got = _keys("Serbia rearmed after 2015. Russia, like China, is Serbia's main arms supplier.")
    assert ("state:CHN", "state:SRB", "arms") not in got
    assert ("state:RUS", "state:SRB", "arms") in got


def test_comma_and_after_one_source_starts_a_new_clause() -> None:
    got = _keys("Azerbaijan bought Bayraktar TB2 drones from Turkey, and Israel supplied Harop drones.")
    assert ("state:TUR", "state:AZE", "wpn:bayraktar-tb2") in got
    assert ("state:ISR", "state:AZE", "wpn:bayraktar-tb2") not in got


def test_coordinated_subject_of_a_new_clause_is_no_source() -> None:
    got = _keys("Armenia bought Pinaka rocket launchers from India, and France and Greece sent rifles.")
    assert ("state:IND", "state:ARM", "wpn:pinaka") in got
    assert not any(sys == "wpn:pinaka" and sup in ("state:FRA", "state:GRC") for sup, _rec, sys in got)


def test_source_list_ends_before_a_new_clause() -> None:
    got = _keys("Azerbaijan bought drones from Turkey and Israel, and Pakistan sent jets.")
    assert {("state:TUR", "state:AZE", "drones"), ("state:ISR", "state:AZE", "drones")} <= got
    assert ("state:PAK", "state:AZE", "drones") not in got


def test_serial_comma_list_of_sources() -> None:
    # near miss: a serial comma before "and" in a list of three keeps the list
    got = _keys("Azerbaijan bought Bayraktar TB2 drones from Turkey, Israel, and Pakistan in 2020.")
    assert {s for s, _r, g in got if g == "wpn:bayraktar-tb2"} == {"state:TUR", "state:ISR", "state:PAK"}
