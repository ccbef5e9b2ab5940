"""Arms transfers written in phrasings beyond the development texts (own short sentences):
reduced relatives, pronoun subjects, colon lists, nominal variants, planned and cancelled
deals, coordinated suppliers and discourse recipients."""

from __future__ import annotations

from typing import Any

from test_extract_transfers import transfers


def _keys(got: list[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in got}


def _by_system(got: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {t["system"]: t for t in got}


# --- the main verb, not a participle after the object, tells the transfer

def test_reduced_relative_after_the_object_of_a_service_verb() -> None:
    got = transfers("The Kyrgyz air force now flies Mi-17 helicopters bought from Russia.")
    assert _keys(got) == {("state:RUS", "state:KGZ", "wpn:mi-17", "in_service")}


def test_participle_agent_supplies_the_object_of_a_service_verb() -> None:
    got = transfers("Tajikistan operates six Mi-24 gunships donated by Russia.")
    assert _keys(got) == {("state:RUS", "state:TJK", "wpn:mi-24", "in_service")}


def test_participle_with_two_agents_gives_two_suppliers() -> None:
    got = transfers("Serbia relies on ten MiG-29 jets, most of them handed over by Russia and Belarus.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:RUS", "state:SRB"), ("state:BLR", "state:SRB")}


# --- pronouns and conjunctions

def test_pronoun_subject_after_a_report_verb_is_the_reporter() -> None:
    got = transfers("Aselsan said on Friday that it had signed an export contract with Qatar for Korkut systems "
                    "and Kirpi vehicles.")
    assert ("state:TUR", "state:QAT", "wpn:kirpi", "ordered") in _keys(got)


def test_pronoun_subject_of_a_coordinated_clause() -> None:
    got = transfers("The Georgian army already fields Javelin missiles, and it plans to acquire Spike-NLOS missiles.")
    assert ("state:ISR", "state:GEO", "wpn:spike-nlos", "planned") in _keys(got)


def test_possessive_pronoun_subject_is_the_sentence_subject() -> None:
    got = transfers("Qatar bought Leopard 2A7 tanks from Germany in 2015, and its naval units operate Turkish "
                    "Kirpi vehicles.")
    assert ("state:TUR", "state:QAT", "wpn:kirpi", "in_service") in _keys(got)


def test_subject_of_a_subordinate_clause() -> None:
    got = transfers("Congress objected after Ankara took delivery of S-400 systems in 2019.")
    assert _keys(got) == {("state:RUS", "state:TUR", "wpn:s-400", "delivered")}


# --- lists and nominal variants

def test_systems_listed_after_a_colon_share_the_clause_verb() -> None:
    got = _by_system(transfers("Russia supplied the heavy kit: twelve T-72 tanks in 2011, four Smerch launchers "
                               "in 2012 and two Mi-17 helicopters to Turkmenistan."))
    assert {s for s in got} == {"wpn:t-72", "wpn:smerch", "wpn:mi-17"}
    assert all(t["supplier"] == "state:RUS" for t in got.values())
    assert got["wpn:smerch"]["quantity"] == 4 and got["wpn:smerch"]["date"] == "2012"


def test_colon_after_a_delivery_noun_with_each_system_adjective() -> None:
    got = _by_system(transfers("Turkmenistan bought abroad. In 2020 came more deliveries: four Italian M-346FA "
                               "jets and two Israeli SkyStriker drones."))
    assert got["wpn:m-346fa"]["supplier"] == "state:ITA" and got["wpn:skystriker"]["supplier"] == "state:ISR"
    assert {t["recipient"] for t in got.values()} == {"state:TKM"}


def test_delivery_noun_with_its_recipient_first() -> None:
    got = transfers("Deliveries to Armenia of Swathi radars began in 2021.")
    assert _keys(got) == {("state:IND", "state:ARM", "wpn:swathi", "delivered")}


def test_second_object_of_a_nominal_trigger_repeating_of() -> None:
    got = _by_system(transfers("Critics pointed to the sale of Akash missiles to Armenia in 2023 and of "
                               "Pinaka launchers in 2024."))
    assert got["wpn:pinaka"]["recipient"] == "state:ARM" and got["wpn:pinaka"]["date"] == "2024"


def test_named_example_of_a_category_shares_its_verb() -> None:
    got = transfers("China has supplied Pakistan with arms for years, including VT-4 tanks in 2020.")
    assert _keys(got) == {("state:CHN", "state:PAK", "wpn:vt-4", "delivered")}


def test_count_of_which_after_the_system() -> None:
    got = transfers("Kazakhstan operates Turkish Anka drones, four of which arrived in 2023.")
    assert got[0]["quantity"] == 4


# --- suppliers named by adjectives, choices and firms

def test_adjective_supplied_names_the_supplier() -> None:
    got = transfers("Armenia has fought Azerbaijan since 2020. Israeli-supplied Harop drones struck Armenian "
                    "positions, and Azerbaijan used them again in 2023.")
    assert ("state:ISR", "state:AZE", "wpn:harop", "delivered") in _keys(got)


def test_buyer_choosing_a_maker_to_supply() -> None:
    got = transfers("Egypt picked Hanwha Aerospace to build K9 howitzers for its army.")
    assert _keys(got) == {("state:KOR", "state:EGY", "wpn:k-9", "ordered")}


def test_firm_signing_with_a_state_sells() -> None:
    got = transfers("Baykar signed a contract with Kuwait in 2023 for Bayraktar TB2 drones.")
    assert _keys(got) == {("state:TUR", "state:KWT", "wpn:bayraktar-tb2", "ordered")}


def test_coordinated_suppliers_of_a_pledge() -> None:
    got = transfers("Norway and Denmark have pledged F-16 fighters to Ukraine.")
    assert _keys(got) == {("state:NOR", "state:UKR", "wpn:f-16", "planned"),
                          ("state:DNK", "state:UKR", "wpn:f-16", "planned")}


# --- how far the deal has gone

def test_future_dated_delivery_is_planned() -> None:
    got = transfers("The delivery of the last S-400 squadron to India has slipped to 2027.", published="2025-06-01")
    assert got[0]["status"] == "planned"


def test_approval_of_a_possible_sale_is_planned() -> None:
    got = transfers("Washington approved the possible sale of eight F-16 jets to Jordan.")
    assert got[0]["status"] == "planned"


def test_deal_noun_blocked_after_its_goods_is_cancelled() -> None:
    got = transfers("A 2019 sale of six Mi-35M helicopters by Russia to Egypt was blocked.")
    assert got[0]["status"] == "cancelled"


def test_later_delivery_told_in_a_relative_clause() -> None:
    got = transfers("In 2017 Washington approved the sale of Javelin missiles to Georgia, which were delivered in 2018.")
    assert got[0]["status"] == "delivered"


def test_generic_buyers_give_no_recipient() -> None:
    assert transfers("Turkey won the war in Nagorno-Karabakh for Azerbaijan. Its TB2 has been sold to more than "
                     "30 countries.") == []


def test_denied_category_transfer_is_dropped() -> None:
    assert transfers("Tehran denied sending any missiles to Russia.") == []


def test_possession_with_a_count_is_in_service() -> None:
    got = transfers("Pakistan already has about 20 J-10C fighters.")
    assert _keys(got) == {("state:CHN", "state:PAK", "wpn:j-10c", "in_service")}
    assert got[0]["quantity"] == 20


def test_goods_joining_a_named_force() -> None:
    got = transfers("Turkish-made Cobra II vehicles joined the Georgian army in 2022.")
    assert _keys(got) == {("state:TUR", "state:GEO", "wpn:cobra-2", "in_service")}


def test_licence_passive_across_sentences() -> None:
    got = transfers("India's Hindustan Aeronautics Limited produces Su-30MKI fighters at Nashik. The jets are "
                    "built under licence from Russia.")
    assert _keys(got) == {("state:RUS", "state:IND", "wpn:su-30mki", "delivered")}


def test_headline_state_is_the_recipient_of_last_resort() -> None:
    from silkgraph.extract import extract_article
    from silkgraph.knowledge import load_knowledge
    from silkgraph.model import Article, Section
    from silkgraph.nlp.sentences import split_sentences

    text = "Since 2022 the war has changed priorities. France, for its part, has delivered 24 Bastion vehicles."
    art = Article(0, len(text), published="2025-06-01", title="Armenia's rearmament",
                  sections=[Section("body", "", 0, len(text))])
    ex = extract_article(text, art, split_sentences(text, art.sections), load_knowledge())
    got = [f.args for f in ex.facts if f.type == "arms_transfer"]
    assert [(a["supplier"], a["recipient"], a["system"]) for a in got] == [("state:FRA", "state:ARM", "wpn:bastion")]


# --- further verbs and nouns of transfer

def test_goods_on_order() -> None:
    got = transfers("Armenia has bought Swathi radars from India, and Akash missiles are on order.")
    assert ("state:IND", "state:ARM", "wpn:akash", "ordered") in _keys(got)


def test_co_production_by_the_subject() -> None:
    got = transfers("Kazakhstan relies on Russia. It co-produces Turkish Anka drones.")
    assert _keys(got) == {("state:TUR", "state:KAZ", "wpn:anka", "delivered")}


def test_coordinated_buyers_close_to_deals() -> None:
    got = transfers("Vietnam and Indonesia are close to BrahMos deals of their own.")
    assert _keys(got) == {("state:IND", "state:VNM", "wpn:brahmos", "negotiating"),
                          ("state:IND", "state:IDN", "wpn:brahmos", "negotiating")}


def test_dash_examples_of_a_category() -> None:
    got = transfers("For decades Iran bought Russian weapons - MiG-29 fighters in the 1990s - when it could.")
    assert _keys(got) == {("state:RUS", "state:IRN", "wpn:mig-29", "delivered")}


def test_owner_deal_that_collapsed() -> None:
    got = transfers("Egypt's Su-35 deal collapsed in 2021.")
    assert _keys(got) == {("state:RUS", "state:EGY", "wpn:su-35", "cancelled")}


def test_force_subject_of_a_service_verb_takes_the_discourse_state() -> None:
    got = transfers("Pakistan leans on Turkey. The air force uses Turkish ASELPOD targeting pods.")
    assert _keys(got) == {("state:TUR", "state:PAK", "wpn:aselpod", "in_service")}


def test_goods_that_went_to_several_buyers() -> None:
    got = transfers("Baykar's Akinci went to Pakistan and Azerbaijan in 2023.")
    assert {t["recipient"] for t in got} == {"state:PAK", "state:AZE"}


def test_took_over_goods_from_a_supplier() -> None:
    got = transfers("The Uzbek army took over four Tor-M2 batteries from Russia in 2022.")
    assert _keys(got) == {("state:RUS", "state:UZB", "wpn:tor-m2", "delivered")}


def test_contracted_firm_supplies() -> None:
    got = transfers("Israel's Elbit Systems was contracted in 2019 to supply Kazakhstan with howitzers, but the "
                    "order was reportedly shelved.")
    assert _keys(got) == {("state:ISR", "state:KAZ", "artillery", "cancelled")}


def test_counted_category_is_not_absorbed_by_another_system() -> None:
    got = _by_system(transfers("Armenia will acquire 36 towed howitzers from India. New Delhi has already shipped "
                               "Pinaka launchers to Yerevan."))
    assert set(got) == {"artillery", "wpn:pinaka"}
