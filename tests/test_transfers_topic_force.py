"""Arms transfers: a bare force noun ("the army", "the air force", "the country") standing for the
state the article is about, a sale without a buyer going to that state (or to none when no state
leads), the headline's state as the recipient of last resort, yards building for a foreign force,
coordinated suppliers and counts in relative clauses, sources a buyer turned to, and merged deals
that advance (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system_of as _pairs
from transfer_keys import parties_system_status


def test_bare_force_subject_is_the_topic_not_a_suppliers_share() -> None:
    text = ("Mongolia has widened its sources of arms. SIPRI puts Japan's share at 20 percent, when Russia's fell "
            "to 45 percent. The army ordered twelve Bayraktar TB2 drones in 2021.")
    assert _pairs(text) == {("state:TUR", "state:MNG", "wpn:bayraktar-tb2")}


def test_bare_force_subject_is_the_topic_not_an_object() -> None:
    text = ("Tunisia has rebuilt its forces. The government asked Paris to delay a helicopter order, yet the air "
            "force took delivery of eight Bell 412 helicopters in 2019.")
    assert _pairs(text) == {("state:USA", "state:TUN", "wpn:bell-412")}


def test_state_in_a_clause_led_by_a_force_is_no_recipient() -> None:
    text = ("Kenya has modernised its navy. The government asked Beijing for a loan. "
            "A week earlier, India had handed over a Dornier 228 aircraft on loan.")
    assert _pairs(text) == {("state:IND", "state:KEN", "wpn:do-228")}


def test_subordinate_state_before_a_force_subject() -> None:
    text = ("Ghana has expanded its coast guard. After Washington declined, the coast guard turned to Italy. "
            "Two patrol vessels were handed over in 2021.")
    assert _pairs(text) == {("state:ITA", "state:GHA", "patrol vessels")}


def test_built_for_a_foreign_navy() -> None:
    assert _pairs("Two Type 056 corvettes were built by China for the Nigerian Navy.") == {
        ("state:CHN", "state:NGA", "wpn:type-056")}
    assert _pairs("Garden Reach Shipbuilders built a Samarth patrol vessel for the Mauritius Coast Guard.") == {
        ("state:IND", "state:MUS", "wpn:samarth")}


def test_built_for_its_own_navy_is_no_transfer() -> None:
    assert _pairs("Turkey built four Ada corvettes for its own navy.") == set()


def test_coordinated_suppliers_in_a_relative_clause() -> None:
    text = "Uzbekistan's air force still flies the Su-25s that Ukraine and Belarus sold in the 1990s."
    assert _pairs(text) == {("state:UKR", "state:UZB", "wpn:su-25"), ("state:BLR", "state:UZB", "wpn:su-25")}


def test_count_of_which_a_supplier_sold() -> None:
    got = transfers("Peru's army fields 80 T-55 tanks, 30 of which Egypt sold in the 1990s.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:EGY", "state:PER", 30)]
    got = transfers("Armenia's army fields 100 T-72 tanks, 40 of which were lost in the war.")
    assert [t["supplier"] for t in got] == ["state:RUS"]  # lost, not sold: the origin, the whole fleet


def test_pronoun_after_a_force_subject() -> None:
    text = ("Tunisia has few partners. The air force flies F-5E fighters that Jordan donated. "
            "It also operates 18 Black Hawk helicopters, eight of which the United States gave in 2016.")
    assert ("state:USA", "state:TUN", "wpn:black-hawk") in _pairs(text)
    assert all(r == "state:TUN" for _s, r, _x in _pairs(text))


def test_source_the_buyer_turned_to() -> None:
    assert _pairs("Kenya turned to Jordan for fighters. Eight used F-16s arrived in 2019.") == {
        ("state:JOR", "state:KEN", "wpn:f-16")}
    # a named source in the sentence itself wins
    assert _pairs("Kenya turned to Jordan for advice. Eight F-16s arrived from the United States in 2019.") == {
        ("state:USA", "state:KEN", "wpn:f-16")}


def test_origin_adjective_anaphor_entered_service() -> None:
    got = transfers("Officials said twelve Mirage 2000 jets took part. The French-built fighters entered Indian "
                    "service in 1985.")
    assert [(t["supplier"], t["recipient"], t["system"], t["date"]) for t in got] == [
        ("state:FRA", "state:IND", "wpn:mirage-2000", "1985")]


def test_merged_deal_advances_its_status() -> None:
    got = transfers("Uzbekistan ordered four Airbus H225M helicopters in 2018. The last of the four H225M "
                    "helicopters was delivered in 2021.")
    assert [(t["status"], t["date"]) for t in got] == [("delivered", "2018")]


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


def test_force_subject_of_a_service_verb_takes_the_discourse_state() -> None:
    got = transfers("Pakistan leans on Turkey. The air force uses Turkish ASELPOD targeting pods.")
    assert parties_system_status(got) == {("state:TUR", "state:PAK", "wpn:aselpod", "in_service")}
