"""Arms transfers, seventh round: unit nouns ("units", "batteries") counted after a list item's
system label stand for the labelled system (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


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


def _keys(got: list[dict]) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_list_item_count_from_firm_supplier_is_its_state() -> None:
    got = transfers("India is rearming. Its main deals:\n"
                    "- Heron: 31 drones from Israel Aerospace Industries, delivered in 2023;\n"
                    "- S-400: 10 units from Russia, signed for in 2018.")
    keys = _keys(got)
    assert ("state:ISR", "state:IND", "wpn:heron") in keys
    assert ("state:RUS", "state:IND", "wpn:s-400") in keys
    heron = next(t for t in got if t["system"] == "wpn:heron")
    assert "country of" in heron["inferences"]["supplier"] and heron["status"] == "delivered"


def test_list_item_without_verb_gives_no_transfer() -> None:
    assert transfers("India is rearming. Its fleet:\n- Su-30MKI: 200 jets from Russia.") == []


def test_origin_built_carriers_with_aside_reach_recipient() -> None:
    got = transfers("Ankara's role grew: some 40 Turkish-made carriers, reportedly donated, reached "
                    "Kyrgyzstan in 2020.")
    assert _keys(got) == {("state:TUR", "state:KGZ", "armoured vehicles")}
    assert transfers("Beijing's navy received two aircraft carriers in 2019.") == []


def test_package_items_inherit_the_deal() -> None:
    got = transfers("Greece bought 24 Rafale jets from France in 2021. The package also includes Meteor "
                    "air-to-air missiles and Exocet anti-ship missiles made by MBDA.")
    by = {t["system"]: t for t in got}
    assert by["wpn:meteor"]["supplier"] == "state:FRA" and by["wpn:meteor"]["recipient"] == "state:GRC"
    assert by["wpn:exocet"]["status"] == "ordered" and by["wpn:exocet"]["date"] == "2021"
    assert "package" in by["wpn:meteor"]["inferences"]["recipient"]


def test_package_after_two_deals_is_unclear() -> None:
    got = transfers("Greece bought 24 Rafale jets from France and Egypt bought 12 F-16 jets from the "
                    "United States in 2021. The package also includes Meteor missiles.")
    assert all(t["system"] != "wpn:meteor" for t in got)


ARMENIA = ("Armenia rebuilt its army after 2020. Armenia's budget doubled, and Armenia now shops in Asia. "
           "Armenia's generals want artillery. Officials in Armenia say more is coming.\n\n"
           "India, a rival of Pakistan, had sold four Pinaka launchers, ordered in 2022 and delivered in 2023.")


def test_sale_without_buyer_goes_to_the_article_state() -> None:
    got = transfers(ARMENIA)
    t = next(t for t in got if t["system"] == "wpn:pinaka")
    assert (t["supplier"], t["recipient"]) == ("state:IND", "state:ARM")
    assert "the article is about" in t["inferences"]["recipient"]


def test_sale_without_buyer_and_no_dominant_state_has_none() -> None:
    got = transfers("Talks went on in Baku and Yerevan. India, a rival of Pakistan, had sold four Pinaka "
                    "launchers, ordered in 2022.")
    assert all(t["recipient"] != "state:ARM" for t in got)
