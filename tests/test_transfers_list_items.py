"""Arms transfers told as lists (own short sentences): systems listed after a supplier clause, a
colon or a dash, ranges "from S1 to S2", "together with"; list items labelled with their system
(unit nouns counted after the label, values and recipients kept to their own item, no item without
a verb); an amount after a later listed system is that system's; participial asides inside a list,
and listed goods keeping their own verb and date."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import (
    by_system,
    parties_and_system,
    parties_and_system_of,
    parties_system_status,
)

LIST = ("Armenia shops widely. Its recent orders:\n"
        "- Mistral: 20 portable missiles for the Caspian coast, ordered from France in 2023;\n"
        "- Su-30SM: four jets bought from Russia in 2019 for $100 million;\n"
        "- Pinaka: 12 guided missiles for its T-72 units, ordered from India in 2022 at $250 million.")


def test_systems_listed_after_a_supplier_clause() -> None:
    got = {t["system"]: t for t in transfers(
        "France became Greece's leading supplier: six Rafale jets in 2021, two Exocet batteries in 2022 "
        "and four FDI frigates in 2024.")}
    assert got["wpn:rafale"]["supplier"] == "state:FRA" and got["wpn:rafale"]["recipient"] == "state:GRC"
    assert (got["wpn:rafale"]["quantity"], got["wpn:rafale"]["date"]) == (6, "2021")


def test_share_with_an_adjective_of_the_importer() -> None:
    got = transfers("Israel, long a partner, has remained the leading supplier, with 60 percent of Azerbaijani "
                    "imports: 100 Harop drones in 2016 and two Hermes 900 drones in 2018.")
    assert {(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got} == {
        ("wpn:harop", "state:ISR", "state:AZE", 100), ("wpn:hermes-900", "state:ISR", "state:AZE", 2)}


def test_list_before_an_arrival_verb() -> None:
    got = transfers("In 2015 Armenia signed a contract with France. Three Ground Master 200 radars, "
                    "a Ground Master 400 and Mistral missiles arrived in 2018.")
    assert {t["system"] for t in got} == {"wpn:ground-master-200", "wpn:ground-master-400", "wpn:mistral"}
    assert all(t["recipient"] == "state:ARM" and t["date"] == "2018" for t in got)


def test_range_of_goods_after_a_supplier_clause() -> None:
    got = transfers("Russia is Armenia's main arms supplier, from Iskander missiles to Su-30SM fighters.")
    assert parties_and_system(got) == {("state:RUS", "state:ARM", "wpn:iskander"), ("state:RUS", "state:ARM", "wpn:su-30sm")}


def test_list_with_participial_asides_shares_the_verb() -> None:
    got = transfers("Kyrgyzstan buys drones. In 2021 Ankara agreed to sell three Akinci drones, delivered in 2022, "
                    "two Aksungur, delivered in 2023, and four Anka, none of which had arrived by 2025.")
    anka = [t for t in got if t["system"] == "wpn:anka"]
    assert [(t["supplier"], t["recipient"], t["quantity"], t["status"], t["date"]) for t in anka] == [
        ("state:TUR", "state:KGZ", 4, "ordered", "2021")]


def test_listed_goods_keep_their_own_verb_and_date() -> None:
    got = transfers("Russia supplied 80 percent of Belarus's arms imports in 2010–2020, from Tor-M2 systems "
                    "delivered in 2011 to twelve Yak-130 jets bought in 2018.")
    yak = [t for t in got if t["system"] == "wpn:yak-130"]
    assert [(t["supplier"], t["recipient"], t["date"]) for t in yak] == [("state:RUS", "state:BLR", "2018")]


def test_list_label_names_the_category_noun() -> None:
    got = transfers(LIST)
    keys = parties_and_system(got)
    assert ("state:FRA", "state:ARM", "Mistral") in keys  # a label the gazetteer does not know
    assert all(t["recipient"] == "state:ARM" for t in got)
    assert all(t["system"] != "wpn:t-72" for t in got)  # the platform after "for" is not the goods


def test_list_item_value_stays_on_its_line() -> None:
    got = {t["system"]: t.get("value") for t in transfers(LIST)}
    assert got.get("Mistral") is None


def test_units_after_label_stand_for_labelled_system() -> None:
    got = transfers("Egypt's buys:\n- Su-35: 12 units ordered from Russia in 2019;\n"
                    "- S-300: four batteries acquired from Russia in 2015.")
    keys = {(t["supplier"], t["recipient"], t["system"], t.get("quantity")) for t in got}
    assert ("state:RUS", "state:EGY", "wpn:su-35", 12) in keys
    assert ("state:RUS", "state:EGY", "wpn:s-300", 4) in keys
    assert all("label" in t["inferences"]["system"] for t in got)


def test_units_without_label_are_no_goods() -> None:
    got = transfers("Egypt ordered 12 units of equipment from Russia in 2019.")
    assert got == []


def test_list_item_count_from_firm_supplier_is_its_state() -> None:
    got = transfers("India is rearming. Its main deals:\n"
                    "- Heron: 31 drones from Israel Aerospace Industries, delivered in 2023;\n"
                    "- S-400: 10 units from Russia, signed for in 2018.")
    keys = parties_and_system(got)
    assert ("state:ISR", "state:IND", "wpn:heron") in keys
    assert ("state:RUS", "state:IND", "wpn:s-400") in keys
    heron = next(t for t in got if t["system"] == "wpn:heron")
    assert "country of" in heron["inferences"]["supplier"] and heron["status"] == "delivered"


def test_list_item_without_verb_gives_no_transfer() -> None:
    assert transfers("India is rearming. Its fleet:\n- Su-30MKI: 200 jets from Russia.") == []


def test_systems_listed_after_a_colon_share_the_clause_verb() -> None:
    got = by_system(transfers("Russia supplied the heavy kit: twelve T-72 tanks in 2011, four Smerch launchers "
                              "in 2012 and two Mi-17 helicopters to Turkmenistan."))
    assert {s for s in got} == {"wpn:t-72", "wpn:smerch", "wpn:mi-17"}
    assert all(t["supplier"] == "state:RUS" for t in got.values())
    assert got["wpn:smerch"]["quantity"] == 4 and got["wpn:smerch"]["date"] == "2012"


def test_colon_after_a_delivery_noun_with_each_system_adjective() -> None:
    got = by_system(transfers("Turkmenistan bought abroad. In 2020 came more deliveries: four Italian M-346FA "
                              "jets and two Israeli SkyStriker drones."))
    assert got["wpn:m-346fa"]["supplier"] == "state:ITA" and got["wpn:skystriker"]["supplier"] == "state:ISR"
    assert {t["recipient"] for t in got.values()} == {"state:TKM"}


def test_second_object_of_a_nominal_trigger_repeating_of() -> None:
    got = by_system(transfers("Critics pointed to the sale of Akash missiles to Armenia in 2023 and of "
                              "Pinaka launchers in 2024."))
    assert got["wpn:pinaka"]["recipient"] == "state:ARM" and got["wpn:pinaka"]["date"] == "2024"


def test_named_example_of_a_category_shares_its_verb() -> None:
    got = transfers("China has supplied Pakistan with arms for years, including VT-4 tanks in 2020.")
    assert parties_system_status(got) == {("state:CHN", "state:PAK", "wpn:vt-4", "delivered")}


def test_dash_examples_of_a_category() -> None:
    got = transfers("For decades Iran bought Russian weapons - MiG-29 fighters in the 1990s - when it could.")
    assert parties_system_status(got) == {("state:RUS", "state:IRN", "wpn:mig-29", "delivered")}


def test_together_with_lists_a_second_system() -> None:
    got = parties_and_system_of("Kyrgyz troops displayed an HQ-9 system together with FM-90 systems.")
    assert {s for _, _, s in got} == {"wpn:hq-9", "wpn:fm-90"}


def test_second_participle_of_an_aside_is_no_verb_for_later_goods() -> None:
    got = transfers("Turkmenistan received two FM-90 systems, ordered in 2015 and delivered in 2016, "
                    "and three WJ-600 drones.")
    assert {(t["recipient"], t["system"], t.get("quantity")) for t in got} == {
        ("state:TKM", "wpn:fm-90", 2), ("state:TKM", "wpn:wj-600", 3)}


def test_amount_after_a_later_listed_system_is_that_systems() -> None:
    got = {t["system"]: t for t in transfers(
        "India received ten Rafale jets in 2020 and the S-400 system, part of a $5 billion deal, in 2021.")}
    assert "value" not in got["wpn:rafale"] or got["wpn:rafale"]["value"] is None
    assert got["wpn:s-400"]["value"] == {"amount": 5e9, "currency": "USD"}
