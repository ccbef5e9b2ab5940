"""Arms transfers: an explicit second order counted without a noun is a deal of its own;
goods that "are to follow" take the date of the deal told just before; other verb forms of
arrivals and contracts; a category summary merges into the named deal; "one-way" is no count
(own short sentences, with near misses)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_a_second_order_counted_without_a_noun_is_a_deal_apart() -> None:
    got = transfers("Serbia ordered 12 Bayraktar TB2 drones from Türkiye in 2021; a second order for 20 followed in 2023.")
    assert {(t["system"], t.get("quantity"), t.get("date"), t["status"]) for t in got} == {
        ("wpn:bayraktar-tb2", 12, "2021", "ordered"), ("wpn:bayraktar-tb2", 20, "2023", "ordered")}


def test_a_bare_count_of_more_goods_is_not_split_off() -> None:
    got = transfers("Serbia ordered 12 Bayraktar TB2 drones from Türkiye in 2021 and 20 more in 2023.")
    assert len(got) == 1


def test_goods_to_follow_take_the_date_of_the_deal_before() -> None:
    got = transfers("Serbia signed a deal with France for 12 Rafale jets in 2021. MICA missiles are to follow.")
    mica = [t for t in got if t["system"] == "wpn:mica"]
    assert [(t["supplier"], t["recipient"], t.get("date"), t["status"]) for t in mica] == [
        ("state:FRA", "state:SRB", "2021", "planned")]
    # near miss: "more will follow" names no goods
    assert len(transfers("Serbia signed a deal with France for 12 Rafale jets in 2021. It hopes more will follow.")) == 1


def test_arrivals_and_contracts_in_other_verb_forms() -> None:
    got = transfers("Serbia's army relies on Russia. T-72 tanks continued to arrive until 2020.")
    assert {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in got} == {
        ("state:RUS", "state:SRB", "wpn:t-72", "delivered")}
    got = transfers("Serbia's army relies on the United States. Four more P-8 aircraft were contracted in 2016.")
    assert {(t["system"], t.get("quantity"), t["status"]) for t in got} == {("wpn:p-8", 4, "ordered")}


def test_a_category_summary_merges_into_the_named_deal() -> None:
    got = transfers("Serbia is buying Belarusian missiles. In 2023 Belarus delivered an S-125 Pechora-2T system to Serbia.")
    assert [t["system"] for t in got] == ["wpn:s-125t-pechora-2t"]


def test_a_hyphenated_number_word_is_no_count() -> None:
    got = transfers("Within months Serbia had begun receiving Iranian one-way attack drones.")
    assert [t.get("quantity") for t in got] == [None]
