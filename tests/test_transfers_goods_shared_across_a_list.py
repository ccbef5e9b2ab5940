"""Arms transfers: how one sentence hands its supplier, recipient, count, date and status to
several goods — a colon list after a participle-closed clause ("a package ordered … and
delivered …: S, T"), a seller that "won orders: S …, and T", goods listed after a first good with
its own participle and a deal aside ("delivered 25 S ordered in 2021, in a deal …, together with
T"), a repeated "with" ("supplied Y with S …, and with T"), and a quantified aside closing a list
("S and T, all delivered in 2023").  Own short sentences, with near misses."""

from __future__ import annotations

from test_extract_transfers import transfers


def _by_system(got: list[dict]) -> dict[str, dict]:
    return {t["system"]: t for t in got}


def test_colon_list_takes_the_participles_closest_before_the_colon() -> None:
    got = _by_system(transfers("Morocco kept buying abroad. The French share came from a single package ordered "
                               "in 2014 and delivered in 2017: 30 Exocet missiles and six CAESAR howitzers."))
    assert set(got) == {"wpn:exocet", "wpn:caesar"}
    assert all((t["supplier"], t["recipient"], t["status"]) == ("state:FRA", "state:MAR", "delivered")
               for t in got.values())
    assert (got["wpn:exocet"]["quantity"], got["wpn:caesar"]["quantity"]) == (30, 6)


def test_colon_after_goods_of_the_verb_adds_nothing() -> None:
    got = transfers("Egypt bought 24 Rafale jets in 2015: the first three arrived in 2016.")
    assert [t["system"] for t in got] == ["wpn:rafale"] and got[0]["quantity"] == 24


def test_winning_orders_makes_the_winner_the_supplier_of_the_listed_goods() -> None:
    got = _by_system(transfers("Poland turned to South Korea after 2022. Seoul then won bigger orders: 180 K2 "
                               "tanks in 2022, the first ten of which arrived that year, and 48 K239 launchers "
                               "in 2023."))
    assert set(got) == {"wpn:k2-black-panther", "wpn:k-239-chunmoo"}
    assert all((t["supplier"], t["recipient"], t["status"]) == ("state:KOR", "state:POL", "ordered")
               for t in got.values())
    assert (got["wpn:k2-black-panther"]["quantity"], got["wpn:k2-black-panther"]["date"]) == (180, "2022")
    assert (got["wpn:k-239-chunmoo"]["quantity"], got["wpn:k-239-chunmoo"]["date"]) == (48, "2023")


def test_winning_a_war_is_no_order() -> None:
    got = transfers("Armenia won the war of words, but Turkey sold Azerbaijan 20 Bayraktar TB2 drones.")
    assert [(t["supplier"], t["recipient"], t["system"]) for t in got] == [
        ("state:TUR", "state:AZE", "wpn:bayraktar-tb2")]


def test_list_mate_of_goods_with_their_own_participle_takes_the_main_verb() -> None:
    got = _by_system(transfers("Pakistan relies on China. Beijing delivered 25 of the 30 J-10C fighters ordered "
                               "in 2021, in a deal reported at $1.2 billion, together with two Type-054A frigates "
                               "in 2022."))
    frig = got["wpn:type-054a"]
    assert (frig["supplier"], frig["recipient"], frig["quantity"]) == ("state:CHN", "state:PAK", 2)
    assert (frig["status"], frig["date"]) == ("delivered", "2022")
    assert got["wpn:j-10c"]["date"] == "2021"


def test_an_order_told_in_an_earlier_aside_is_not_the_list_verb() -> None:
    got = _by_system(transfers("Qatar looked to France. From France came 30 Rafale jets since 2016, with six more "
                               "from a 2020 order still pending, eight Exocet missiles delivered in 2021, and "
                               "CAESAR howitzers."))
    assert got["wpn:caesar"]["status"] == "delivered"


def test_repeated_with_gives_the_second_goods_the_same_parties() -> None:
    got = _by_system(transfers("Russia supplied Serbia with six MiG-29 fighters as a gift, overhauled and "
                               "delivered in 2017 with the rest following later, and with thirty T-72 tanks "
                               "in 2020."))
    tank = got["wpn:t-72"]
    assert (tank["supplier"], tank["recipient"], tank["quantity"], tank["date"]) == (
        "state:RUS", "state:SRB", 30, "2020")


def test_a_new_recipient_before_with_is_no_repeated_with() -> None:
    got = transfers("Russia supplied Serbia with six MiG-29 fighters in 2017, and Belarus with four Su-30 "
                    "fighters in 2019.")
    assert not any(t["recipient"] == "state:SRB" and t["system"] != "wpn:mig-29" for t in got)


def test_quantified_aside_closing_a_list_tells_every_listed_transfer() -> None:
    got = _by_system(transfers("Iran has backed Russia's war. SIPRI also lists 50 Shahed-131 and 10 Mohajer-6 "
                               "drones, all delivered in 2023."))
    assert set(got) == {"wpn:shahed-131", "wpn:mohajer-6"}
    assert all((t["supplier"], t["recipient"], t["status"], t["date"]) == ("state:IRN", "state:RUS", "delivered", "2023")
               for t in got.values())
    assert (got["wpn:shahed-131"]["quantity"], got["wpn:mohajer-6"]["quantity"]) == (50, 10)


def test_quantified_aside_without_a_transfer_verb_adds_nothing() -> None:
    assert transfers("Iran has backed Russia's war. Iran's arsenal holds Shahed-131 and Mohajer-6 drones, "
                     "all built at home.") == []


def test_goods_shared_out_after_a_colon_give_one_transfer_per_recipient() -> None:
    got = transfers("Turkey kept exporting. The heavier Akinci was sold abroad: six to Pakistan in 2023 "
                    "and two to Kyrgyzstan in 2024.")
    assert {(t["recipient"], t["quantity"], t["date"]) for t in got} == {
        ("state:PAK", 6, "2023"), ("state:KGZ", 2, "2024")}
    assert all(t["supplier"] == "state:TUR" and t["system"] == "wpn:akinci" for t in got)


def test_shares_to_units_of_one_recipient_are_no_recipients() -> None:
    got = transfers("Turkey kept exporting. Ankara sold eight Akinci drones to Azerbaijan in 2023: two to the "
                    "navy and six to the air force.")
    assert [(t["recipient"], t["quantity"]) for t in got] == [("state:AZE", 8)]


def test_a_colon_list_of_buyers_without_counts_is_not_shared_out() -> None:
    got = transfers("Turkey kept exporting. The Akinci went to two buyers: Pakistan and Azerbaijan.")
    assert all(t.get("quantity") is None for t in got)


def test_examples_after_including_share_the_clause_verb_not_the_first_ones_participle() -> None:
    got = _by_system(transfers("Algeria rearmed quickly. Russia supplied the bulk of Algeria's air force in the "
                               "2000s, including 28 Su-30MKA fighters ordered in 2006 and 16 Yak-130 trainers."))
    yak = got["wpn:yak-130"]
    assert (yak["supplier"], yak["recipient"], yak["quantity"], yak["status"]) == (
        "state:RUS", "state:DZA", 16, "delivered")
    assert yak.get("date") != "2006"  # the Su-30MKA's own order year
    assert got["wpn:su-30mka"]["date"] == "2006"


def test_goods_shared_out_to_more_recipients_than_a_sentence_names_are_not_shared_out() -> None:
    # a run of dozens of "N to STATE" parts is no share-out of one deal (and each part would rescan the sentence)
    states = ["Pakistan", "Kyrgyzstan", "Azerbaijan", "Uzbekistan", "Kazakhstan", "Tajikistan", "Turkmenistan",
              "Georgia", "Armenia", "Mongolia", "Nepal", "Bangladesh"]
    parts = " and ".join(f"two to {s} in {2010 + i}" for i, s in enumerate(states))
    got = transfers(f"Turkey kept exporting. The Akinci drones followed: {parts}.")
    assert got == []
