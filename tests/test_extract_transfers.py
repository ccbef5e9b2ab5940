"""Arms-transfer extraction on short original sentences (not taken from any corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from silkgraph.extract import extract_article
from silkgraph.extract.linking import compatible, same_deal_pairs
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences


def transfers(text: str, published: str = "2025-06-01") -> list[dict[str, Any]]:
    art = Article(0, len(text), published=published, sections=[Section("body", "", 0, len(text))])
    sents = split_sentences(text, art.sections)
    ex = extract_article(text, art, sents, load_knowledge())
    out = []
    for f in ex.facts:
        if f.type == "arms_transfer":
            out.append({**f.args, "modality": f.modality, "inferences": f.inferences})
    return out


def one(text: str, **kw: Any) -> dict[str, Any]:
    got = transfers(text, **kw)
    assert len(got) == 1, got
    return got[0]


def test_seller_verb_with_recipient_list() -> None:
    got = transfers("In 2019 Russia delivered T-90 tanks to both Kyrgyzstan and Tajikistan.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:RUS", "state:KGZ"),
                                                              ("state:RUS", "state:TJK")}
    assert all(t["status"] == "delivered" and t["date"] == "2019" for t in got)


def test_buyer_verb_quantity_value_and_supplier() -> None:
    t = one("Kazakhstan signed a $90 million contract with Türkiye for the purchase of 12 Bayraktar TB2 drones.")
    assert (t["supplier"], t["recipient"]) == ("state:TUR", "state:KAZ")
    assert t["system"] == "wpn:bayraktar-tb2"
    assert t["quantity"] == 12 and t["status"] == "ordered"
    assert t["value"] == {"amount": 90e6, "currency": "USD"}


def test_supplier_inferred_from_origin_is_recorded() -> None:
    t = one("Last year Egypt bought at least 30 Rafale jets.")
    assert t["supplier"] == "state:FRA" and "supplier" in t["inferences"]
    assert t["quantity"] == 30 and t["quantity_qualifier"] == "at least"
    assert t["date"] == "2024"


def test_interest_and_negotiation_override_the_verb() -> None:
    got = transfers("Mongolia, which once showed interest in buying 10 Rafale jets, "
                    "is now in talks with China to purchase J-10C fighters.")
    status = {t["system"]: t["status"] for t in got}
    assert status == {"wpn:rafale": "interest", "wpn:j-10c": "negotiating"}
    j10 = next(t for t in got if t["system"] == "wpn:j-10c")
    assert j10["supplier"] == "state:CHN"


def test_passive_with_capital_as_recipient() -> None:
    t = one("The TB2 drones acquired by Baku have changed the balance.")
    assert (t["supplier"], t["recipient"]) == ("state:TUR", "state:AZE")


def test_status_and_modality_are_separate() -> None:
    t = one("Serbia is expected to receive six Rafale jets.")
    assert t["status"] == "planned" and t["modality"] == "expected"


def test_combat_use_and_development_are_not_transfers() -> None:
    assert transfers("Indian jets shot down two J-10C aircraft over the border.") == []
    assert transfers("Türkiye tested the KAAN prototype in 2024.") == []
    assert transfers("Pakistan is developing its own air defence systems.") == []


def test_demonym_modifier_gives_supplier() -> None:
    t = one("Bangladesh procured Chinese-made J-10C fighters in March.")
    assert t["supplier"] == "state:CHN" and t["date"] == "2025-03"
    assert "supplier" not in t["inferences"]


def test_same_deal_in_two_sentences_is_merged() -> None:
    got = transfers("Egypt ordered 24 Rafale jets from France. "
                    "In 2015, Egypt signed a $5.2 billion agreement with France for the Rafale jets.")
    assert len(got) == 1
    assert got[0]["quantity"] == 24 and got[0]["value"]["amount"] == pytest.approx(5.2e9)


def test_generic_supplier_role() -> None:
    t = one("Russia has been Armenia's main arms supplier for decades.")
    assert (t["supplier"], t["recipient"], t["system"]) == ("state:RUS", "state:ARM", "arms")


def test_linking_pairs_across_articles() -> None:
    a = '{"supplier": "state:FRA", "recipient": "state:EGY", "system": "wpn:rafale", "date": "2015"}'
    b = '{"supplier": "state:FRA", "recipient": "state:EGY", "system": "wpn:rafale", "date": "2016"}'
    c = '{"supplier": "state:FRA", "recipient": "state:EGY", "system": "wpn:rafale", "date": "2021"}'
    rows = [("f1", "a1", a), ("f2", "a2", b), ("f3", "a3", c), ("f4", "a1", b)]
    assert same_deal_pairs(rows) == [("f1", "f2"), ("f2", "f4")]
    assert not compatible({"quantity": 24}, {"quantity": 30})


# --------------------------------------------------------------------------- discourse and new frames
# (invented sentences; each exercises one general rule)


def _by_system(got: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {t["system"]: t for t in got}


def test_recipient_from_previous_sentence_subject_is_recorded() -> None:
    got = _by_system(transfers("Mongolia has modernised its army slowly. Six T-90 tanks ordered from Russia "
                               "in 2020 arrived in 2022."))
    t = got["wpn:t-90"]
    assert (t["supplier"], t["recipient"]) == ("state:RUS", "state:MNG")
    # the goods the order's participle describes arrived: delivered (later_delivery), dated by the order
    assert t["quantity"] == 6 and t["date"] == "2020" and t["status"] == "delivered"
    assert t["inferences"]["recipient"].startswith("recipient from context")


def test_recipient_from_previous_transfer_and_suppliers_excluded() -> None:
    got = _by_system(transfers(
        "In 2019 Armenia bought Pinaka launchers from India. France supplied Caesar howitzers with "
        "12 Akash units, and two Harop drones came from Israel in 2021."))
    assert got["wpn:caesar"]["recipient"] == "state:ARM"
    assert (got["wpn:harop"]["supplier"], got["wpn:harop"]["recipient"]) == ("state:ISR", "state:ARM")
    assert got["wpn:harop"]["quantity"] == 2 and got["wpn:harop"]["date"] == "2021"


def test_possessor_in_the_same_sentence_is_the_recipient() -> None:
    t = one("Mongolia's main partner is Türkiye, which supplied Bayraktar TB2 drones in 2022.")
    assert (t["supplier"], t["recipient"]) == ("state:TUR", "state:MNG")


def test_no_recipient_without_context() -> None:
    assert transfers("Rafale jets arrived in 2021.") == []


def test_filled_the_requirement_with_is_a_supply() -> None:
    got = transfers("Egypt needed new air defence. China filled the gap with a battery of HQ-9 "
                    "systems, delivered between 2016 and 2018.")
    t = next(t for t in got if t["system"] == "wpn:hq-9")
    assert (t["supplier"], t["recipient"]) == ("state:CHN", "state:EGY")
    assert t["date"] == "2016" and t["status"] == "delivered"


def test_arrival_from_and_followed_by() -> None:
    got = _by_system(transfers("Kenya expanded its fleet. Two Akinci drones came from Türkiye in 2021, "
                               "followed in 2022 by four Bayraktar TB2 aircraft."))
    assert got["wpn:akinci"]["recipient"] == "state:KEN" and got["wpn:akinci"]["supplier"] == "state:TUR"
    assert got["wpn:bayraktar-tb2"]["date"] == "2022" and got["wpn:bayraktar-tb2"]["quantity"] == 4


def test_system_followed_as_subject() -> None:
    got = _by_system(transfers("Israel armed Baku generously. Harop drones followed in 2017."))
    assert (got["wpn:harop"]["supplier"], got["wpn:harop"]["recipient"]) == ("state:ISR", "state:AZE")
    assert got["wpn:harop"]["date"] == "2017"


def test_licensed_production_in_a_country() -> None:
    t = one("The Caesar howitzer, designed by France's Nexter, is assembled under licence in India, "
            "and the first locally built unit entered service in 2021.")
    assert (t["supplier"], t["recipient"]) == ("state:FRA", "state:IND")
    assert t["status"] == "in_service" and t["date"] == "2021"
    t = one("Russia has licensed the production of T-90 tanks in Egypt.")
    assert (t["supplier"], t["recipient"]) == ("state:RUS", "state:EGY") and t["status"] == "ordered"


def test_company_as_supplier_and_brought_in() -> None:
    got = transfers("Israel has sold much to Baku. A package agreed with Israel Aerospace Industries (IAI) "
                    "in 2015 brought in Harop drones, which were delivered in 2017.")
    t = next(t for t in got if t["system"] == "wpn:harop")
    assert (t["supplier"], t["recipient"]) == ("state:ISR", "state:AZE")
    assert "supplier" in t["inferences"] and "recipient" in t["inferences"]


def test_refused_sale_is_no_transfer() -> None:
    assert transfers("Paris refused to sell Rafale jets to Pakistan.") == []


def test_generic_supplier_role_becomes_the_named_transfer() -> None:
    got = transfers("China has been Egypt's main arms supplier. In 2018 Egypt bought HQ-9 systems from China.")
    assert [t["system"] for t in got] == ["wpn:hq-9"]


def test_unknown_designation_before_category_noun_is_the_system_not_the_category() -> None:
    got = transfers("In 2020 Nepal ordered six XK-47 helicopters from China.")
    assert [(t["supplier"], t["recipient"], t["system"], t["quantity"]) for t in got] == [
        ("state:CHN", "state:NPL", "wpn:xk-47", 6)
    ]


# --- constructions added for unseen wording (own sentences)


def test_passive_recipient_coordinated_systems_with_own_counts_and_dates() -> None:
    got = transfers("Dushanbe was handed six upgraded BMP-2 vehicles in 2016 and two Mi-8 helicopters in 2017.")
    by = {t["system"]: t for t in got}
    assert by["wpn:bmp-2"]["recipient"] == "state:TJK" and by["wpn:bmp-2"]["quantity"] == 6
    assert by["wpn:bmp-2"]["date"] == "2016" and by["wpn:bmp-2"]["status"] == "delivered"
    assert by["wpn:mi-8"]["quantity"] == 2 and by["wpn:mi-8"]["date"] == "2017"
    assert "supplier" in by["wpn:mi-8"]["inferences"]


def test_long_list_keeps_its_trigger_and_a_year_later() -> None:
    got = transfers("In the late 1990s Armenia bought T-72 tanks, BMP-2 vehicles, Mi-8 helicopters "
                    "and S-300 air defence systems from Russia.")
    assert {t["system"] for t in got} >= {"wpn:t-72", "wpn:s-300"}
    assert all(t["status"] == "delivered" for t in got)  # a purchase decades before the article
    got = transfers("Two Akinci drones arrived from Türkiye in 2021 for Bangladesh, followed by two "
                    "Aksungur drones a year later.")
    aks = [t for t in got if t["system"] == "wpn:aksungur"]
    assert not aks or aks[0]["date"] == "2022"


def test_official_signs_for_his_state_and_context_recipient_in_section() -> None:
    text = ("In May 2022 Defence Minister Suren Papikyan and his French counterpart, Sébastien Lecornu, "
            "signed a contract for four Ground Master 200 radars. Later the two ministers signed for "
            "12 CAESAR howitzers.")
    got = {t["system"]: t for t in transfers(text)}
    assert got["wpn:ground-master-200"]["recipient"] == "state:ARM"
    assert "recipient" in got["wpn:ground-master-200"]["inferences"]
    assert got["wpn:caesar"]["recipient"] == "state:ARM" and got["wpn:caesar"]["quantity"] == 12


def test_nominal_deliveries_included_with_demonym_supplier() -> None:
    got = transfers("Georgia diversified. Turkish deliveries included Bayraktar TB2 drones in 2019 and "
                    "three Akinci drones in 2023.")
    by = {t["system"]: t for t in got}
    assert by["wpn:akinci"]["supplier"] == "state:TUR" and by["wpn:akinci"]["recipient"] == "state:GEO"
    assert by["wpn:akinci"]["quantity"] == 3 and by["wpn:akinci"]["date"] == "2023"
    assert by["wpn:bayraktar-tb2"]["date"] == "2019"


def test_possessed_foreign_system_and_participle_after_comma() -> None:
    got = transfers("Egypt said its Rafale jets, bought from France in 2015, flew patrols.")
    t = next(t for t in got if t["system"] == "wpn:rafale")
    assert (t["supplier"], t["recipient"], t["date"]) == ("state:FRA", "state:EGY", "2015")
    assert "recipient" in t["inferences"]
    got = transfers("Cairo said its J-10C fighters, armed with Chinese PL-15 missiles, were on alert.")
    assert {(t["system"], t["recipient"]) for t in got} >= {("wpn:pl-15", "state:EGY")}


def test_share_of_imports_is_a_supply_and_the_country_is_the_antecedent() -> None:
    got = transfers("Belarus accounted for 40 percent of Mongolia's arms imports in 2016–2020.")
    assert {(t["supplier"], t["recipient"], t["system"]) for t in got} == {("state:BLR", "state:MNG", "arms")}
    got = transfers("The change is sharpest in Mongolia: Russia supplied most of the country's major arms.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:MNG")]
    assert "recipient" in got[0]["inferences"]


def test_agreed_to_transfer_is_an_order() -> None:
    t = one("France agreed to transfer 20 Bastion armoured vehicles to Armenia in 2023.")
    assert t["status"] == "ordered" and t["quantity"] == 20


@pytest.mark.parametrize(("text", "status", "sup", "rec"), [
    ("Kazakhstan has shortlisted the Turkish Hürjet trainer as its next jet.", "interest", "state:TUR", "state:KAZ"),
    ("Uzbekistan has been evaluating Chinese HQ-9 air defence systems.", "interest", "state:CHN", "state:UZB"),
    ("Kyrgyzstan is discussing the purchase of Turkish Bayraktar TB2 drones with Ankara.", "negotiating",
     "state:TUR", "state:KGZ"),
    ("Azerbaijan is bargaining with Pakistan over the price of JF-17 fighters.", "negotiating",
     "state:PAK", "state:AZE"),
    ("Turkmenistan is to receive six Chinese Wing Loong drones next year.", "planned", "state:CHN", "state:TKM"),
    ("In 2023 Kazakhstan contracted with Türkiye for ten Anka drones.", "ordered", "state:TUR", "state:KAZ"),
    ("Kazakhstan terminated a contract for Russian Su-30SM fighters in 2024.", "cancelled",
     "state:RUS", "state:KAZ"),
])
def test_status_lexicon_breadth(text: str, status: str, sup: str, rec: str) -> None:
    t = one(text)
    assert (t["status"], t["supplier"], t["recipient"]) == (status, sup, rec)


def test_planned_receipt_and_contract_year() -> None:
    t = one("Turkmenistan is to receive six Chinese Wing Loong drones next year.")
    assert t["quantity"] == 6 and t["date"] == "2026"
    t = one("In 2023 Kazakhstan contracted with Türkiye for ten Anka drones.")
    assert t["quantity"] == 10 and t["date"] == "2023"


def test_capacity_to_supply_is_no_transfer() -> None:
    assert transfers("Russia's ability to deliver S-400 systems to India has been questioned.") == []
    assert transfers("Moscow failed to supply T-90 tanks to Serbia on time.") == []


def test_coordinated_suppliers_without_recipient_take_none_from_context() -> None:
    text = ("Serbia signed a defence accord with Belgrade's neighbours. "
            "The supply of tanks by Russia and Belarus has reduced Serbia's reliance on France.")
    assert not [t for t in transfers(text) if t.get("supplier") in ("state:RUS", "state:BLR")]


def test_relative_aside_is_crossed_and_keeps_its_deal_value() -> None:
    got = transfers("Serbia looked west again. France, which had sold Serbia six Rafale jets in a $3 billion "
                    "deal in 2024, delivered J-10C fighters to Serbia in 2025.")
    by = {t["system"]: t for t in got}
    assert by["wpn:rafale"]["supplier"] == "state:FRA" and by["wpn:rafale"]["quantity"] == 6
    assert by["wpn:rafale"]["value"] == {"amount": 3e9, "currency": "USD"}
    assert by["wpn:j-10c"]["supplier"] == "state:FRA" and by["wpn:j-10c"]["recipient"] == "state:SRB"
    assert by["wpn:j-10c"].get("value") is None


def test_signatory_that_makes_the_system_sells_to_its_counterpart() -> None:
    t = one("In March 2023, Russia's defence minister signed a contract with his Indian counterpart "
            "for 10 Su-30 fighters.")
    assert (t["supplier"], t["recipient"], t["quantity"], t["status"]) == ("state:RUS", "state:IND", 10, "ordered")
    assert "recipient" in t["inferences"]


def test_agreed_with_a_date_before_the_infinitive_is_an_order() -> None:
    t = one("Greece agreed in May 2022 to supply two Rafale jets to Croatia.")
    assert (t["supplier"], t["recipient"], t["status"], t["date"]) == ("state:GRC", "state:HRV", "ordered", "2022-05")


def test_parade_display_means_in_service() -> None:
    t = one("Serbia paraded four J-10C fighters in 2024.")
    assert (t["supplier"], t["recipient"], t["quantity"], t["status"]) == ("state:CHN", "state:SRB", 4, "in_service")


def test_bare_numeral_counts_the_system_named_before() -> None:
    got = transfers("Egypt received 24 Rafale jets in 2016, and Qatar received twelve in 2019.")
    q = next(t for t in got if t["recipient"] == "state:QAT")
    assert (q["system"], q["quantity"], q["date"]) == ("wpn:rafale", 12, "2019")
    assert "system" in q["inferences"]


def test_share_of_them_goes_to_the_importer_named_before() -> None:
    t = one("Algeria was the largest arms importer in Africa in 2019–2023, and Russia supplied 48 percent of them.")
    assert (t["supplier"], t["recipient"], t["system"]) == ("state:RUS", "state:DZA", "arms")
    assert "recipient" in t["inferences"]


def test_generic_noun_with_a_count_takes_the_system_of_the_previous_sentence() -> None:
    t = one("The Su-30 is a Russian multirole fighter. The first four aircraft reached Kazakhstan in 2023.")
    assert (t["supplier"], t["recipient"], t["system"], t["quantity"], t["status"]) == \
        ("state:RUS", "state:KAZ", "wpn:su-30", 4, "delivered")
    assert t["inferences"]["system"] == "system from context: 'Su-30' in the previous sentence"


def test_generic_noun_needs_a_matching_category() -> None:
    got = transfers("The S-300 is a Russian air defence system. The first four aircraft reached Kazakhstan in 2023.")
    assert not any(t["system"] == "wpn:s-300" for t in got)


def test_letter_of_intent_on_a_supply_is_planned() -> None:
    t = one("Uzbekistan signed a letter of intent on the supply of J-10C fighters.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("state:CHN", "state:UZB", "planned")
    t = one("Serbia signed a memorandum with France on the supply of Rafale jets.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("state:FRA", "state:SRB", "planned")


def test_launch_customer_and_first_foreign_operator() -> None:
    t = one("Kazakhstan was the launch customer for the Su-30.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("state:RUS", "state:KAZ", "delivered")
    assert "supplier" in t["inferences"]
    t = one("Serbia became the first foreign operator of the J-10C.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("state:CHN", "state:SRB", "in_service")
    assert "supplier" in t["inferences"]
