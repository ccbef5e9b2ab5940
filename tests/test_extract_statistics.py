"""Statistic extraction on short original sentences (not taken from any corpus)."""

from __future__ import annotations

from typing import Any

from silkgraph.extract import extract_article
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences


def stats(text: str, published: str = "2025-06-01") -> list[dict[str, Any]]:
    art = Article(0, len(text), published=published, sections=[Section("body", "", 0, len(text))])
    sents = split_sentences(text, art.sections)
    ex = extract_article(text, art, sents, load_knowledge())
    return [dict(f.args) for f in ex.facts if f.type == "statistic"]


def test_share_with_subject_scope_and_range() -> None:
    got = stats("Between 2016 and 2020, France accounted for 31 percent of Egypt's arms imports.")
    assert len(got) == 1
    s = got[0]
    assert (s["subject"], s["value"], s["unit"], s["period"]) == ("state:FRA", 31.0, "percent", [2016, 2020])
    assert s["scope"] == "state:EGY"
    assert "Egypt" in s["measure"]


def test_two_values_with_their_own_periods_and_anaphora() -> None:
    got = stats("Türkiye's share of the market was 4 percent in 2010–2014. "
                "This figure grew to 11 percent in 2020–2024.")
    assert [(s["subject"], s["value"], s["period"]) for s in got] == [
        ("state:TUR", 4.0, [2010, 2014]), ("state:TUR", 11.0, [2020, 2024])]


def test_money_statistic_but_not_deal_value() -> None:
    got = stats("Kazakhstan's defence spending in 2023 reached $2.1 billion.")
    assert [(s["subject"], s["value"], s["unit"], s["period"]) for s in got] == [
        ("state:KAZ", 2.1e9, "USD", [2023, 2023])]
    assert stats("Egypt signed a $5.2 billion deal with France for Rafale jets.") == []


def test_source_is_not_the_subject() -> None:
    got = stats("According to SIPRI, China's arms exports fell by 5.3 percent in 2024.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:CHN", 5.3)]


def test_event_tolls_quantities_and_dates_are_not_statistics() -> None:
    assert stats("The bombing in Quetta killed 14 soldiers on Monday.") == []
    assert stats("Uzbekistan ordered 12 Rafale jets in 2024.") == []
    assert stats("In 2019, the two leaders met in Tashkent.") == []


def test_rank_in_an_index() -> None:
    got = stats("The 2024 Global Peace Index ranked Afghanistan first among the least peaceful countries.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:AFG", 1.0, "rank")]


# --------------------------------------------------------------------------- sources, asides, gapping


def test_actor_inside_according_to_phrase_is_a_source() -> None:
    got = stats("According to the annual report of the Stockholm International Peace Research Institute (SIPRI), "
                "China accounted for 40 percent of Egypt's arms imports in 2019–2023.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:CHN", 40.0)]


def test_relative_aside_is_not_the_subject() -> None:
    got = stats("Italy, where the ships that Cairo ordered are built, came second with 9 percent.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:ITA", 9.0)]


def test_gapped_coordination_takes_its_own_subject() -> None:
    got = stats("In 2019–2023 Russia supplied 50 percent and China 30 percent of Algeria's arms imports.")
    assert {(s["subject"], s["value"]) for s in got} == {("state:RUS", 50.0), ("state:CHN", 30.0)}


def test_headless_relative_clause_has_no_subject() -> None:
    got = stats("Armenia passed a law which taxes firms that earn more than 30 percent abroad.")
    assert got == []


def test_money_frozen_or_paused_measures_who_withholds_it() -> None:
    # aid frozen or paused is recorded as its donor's figure (as the development golds do)
    got = stats("In 2024 Germany froze €40 million in assistance to Mali.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:DEU", 40000000.0, "EUR")]


def test_relative_which_and_share_from_supplier() -> None:
    got = stats("The shift pushed Russia behind the United States, which held 40 percent of the market in 2020–2024.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:USA", 40.0)]
    got = stats("Russia provided 30 percent of Armenia's arms imports in 2015–2019, against 55 percent from India.")
    assert {(s["subject"], s["value"]) for s in got} == {("state:RUS", 30.0), ("state:IND", 55.0)}


def test_colon_and_share_verb_take_their_own_subject() -> None:
    got = stats("In 2020–2024 Russia faded: Israel accounted for 50 percent of Armenia's imports.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:ISR", 50.0)]
    got = stats("Iran buys from China, while India was the third-largest importer in that period "
                "and Russia supplied 20 percent of its purchases.")
    assert ("state:RUS", 20.0) in {(s["subject"], s["value"]) for s in got}


def test_demonym_is_not_the_subject_of_a_count() -> None:
    got = stats("The base, the largest Russian installation abroad, numbers some 5,000 personnel.")
    assert all(s["subject"] != "state:RUS" for s in got)


def test_share_of_imports_and_change_frames() -> None:
    got = stats("Belarus accounted for 12 percent of Serbia's arms imports in 2016–2020.")
    assert [(s["subject"], s["value"], s["period"], s.get("scope")) for s in got] == \
        [("state:BLR", 12.0, [2016, 2020], "state:SRB")]
    got = stats("Georgia's military spending fell by 8 percent in 2023.")
    assert [(s["subject"], s["measure"], s["value"]) for s in got] == [("state:GEO", "military spending", 8.0)]


def test_explicit_rank_in_a_dated_ranking_with_its_share() -> None:
    got = stats("SIPRI ranks Qatar the world's third-largest arms importer in 2020–2024, "
                "with 7.6 percent of global imports, behind India.")
    assert [(s["subject"], s["value"], s["unit"], s["period"]) for s in got] == [
        ("state:QAT", 3.0, "rank", [2020, 2024]), ("state:QAT", 7.6, "percent", [2020, 2024])]
    assert got[1].get("scope") is None  # "behind India" is a comparator, not the scope
    got = stats("According to SIPRI, Israel accounted for 3.1 percent of world arms exports in 2020–2024, "
                "making it the 9th largest exporter.")
    assert ("state:ISR", 9.0, "rank") in {(s["subject"], s["value"], s["unit"]) for s in got}
    assert all(s.get("scope") != "org:sipri" for s in got)
    got = stats("By SIPRI's count, Egypt was the world's largest arms importer in 2015–2019, "
                "with 5.8 percent of global imports.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [
        ("state:EGY", 1.0, "rank"), ("state:EGY", 5.8, "percent")]
    # a rank with no dated ranking or share behind it is not measured
    assert stats("During those years Egypt was the third largest importer of weapons.") == []
    assert stats("For decades Egypt was the world's largest buyer of weapons.") == []


def test_coordinated_figures_share_subject_and_scope() -> None:
    got = stats("Kyrgyz officials said the country buys 80 percent of its fuel and over 30 percent "
                "of its grain from Kazakhstan.", )
    assert [(s["value"], s.get("scope")) for s in got] == [(80.0, "state:KAZ"), (30.0, "state:KAZ")]
    assert got[0]["subject"] == got[1]["subject"] != "state:KAZ"
    got = stats("Brazil's defence exports reached $1.2 billion in 2022 and about $1.8 billion in 2023.")
    assert [(s["subject"], s["value"], s["period"], s["measure"]) for s in got] == [
        ("state:BRA", 1.2e9, [2022, 2022], "defence exports"), ("state:BRA", 1.8e9, [2023, 2023], "defence exports")]


def test_project_cost_baseline_and_glossed_currency_are_not_extra_statistics() -> None:
    assert stats("Japan spent an estimated $90 million in the 1990s rebuilding the port of Sihanoukville.") == []
    got = stats("Pakistan wants to sell arms. The Defence Ministry said exports reached Rs 8,400 crore, "
                "about $1 billion, in 2024, against less than Rs 900 crore in 2014.")
    assert [(s["subject"], s["value"], s["unit"], s["measure"]) for s in got] == [
        ("state:PAK", 1e9, "USD", "exports")]
    from silkgraph.nlp.numbers import find_money
    assert [n.value for n in find_money("Rs 8,400 crore and Rs 5 lakh")] == [8.4e10, 5e5]


def test_counts_of_a_named_force_holdings() -> None:
    got = stats("After the coup, 14 transport aircraft and 9 helicopters of the Afghan Air Force, "
                "carrying 310 servicemen, landed in Tajikistan.")
    assert [(s["subject"], s["value"], s["measure"], s.get("scope")) for s in got] == [
        ("org:afghan-air-force", 14.0, "transport aircraft", None),
        ("org:afghan-air-force", 9.0, "helicopters", None),
        ("org:afghan-air-force", 310.0, "servicemen", None)]
    assert stats("Russia delivered 12 helicopters to the Afghan Air Force in 2019.") == []


def test_pronoun_subject_of_a_share() -> None:
    got = stats("Kyrgyzstan is landlocked. It sends roughly 40 percent of its gold to Switzerland.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:KGZ", 40.0)]


def test_second_actor_close_behind() -> None:
    got = stats("Russia held 45 percent of the market in 2024, with China close behind at 30 percent.")
    assert {(s["subject"], s["value"]) for s in got} == {("state:RUS", 45.0), ("state:CHN", 30.0)}


def test_bare_rupees_take_the_subject_country() -> None:
    got = stats("Pakistan's defence budget rose to 3 trillion rupees in 2025.")
    assert [(s["subject"], s["unit"]) for s in got] == [("state:PAK", "PKR")]


def test_border_length() -> None:
    got = stats("Mongolia shares with China a border of about 4,600 kilometres.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:MNG", 4600.0, "km")]
    assert stats("Tehran guards its 40-kilometre border with Armenia.") == []


def test_evacuated_residents_and_no_aircraft_as_fighters() -> None:
    got = stats("The Tajik authorities evacuated more than 20,000 residents of the valley.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:TJK", 20000.0)]
    assert stats("Beijing had offered 30 J-10 fighters to the air force.") == []


def test_investment_package_kept_without_arms() -> None:
    got = stats("Japan announced a $4 billion investment package for Mongolian railways.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:JPN", 4e9, "USD")]


def test_package_with_arms_is_a_deal_value() -> None:
    assert stats("Japan announced a $4 billion package of missiles and helicopters for Mongolia.") == []


def test_organ_acts_for_its_bloc() -> None:
    got = stats("The European Commission will lend 2 billion euros to Moldova for its power grid.")
    assert [(s["subject"], s["value"]) for s in got] == [("org:eu", 2e9)]


def test_money_of_a_demonym_funder() -> None:
    got = stats("The Mongolian government opened a hospital built with Japanese money, about $30 million.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:JPN", 3e7)]


def test_count_without_noun_and_flow_from_a_state() -> None:
    got = stats("In March 2024, Turkey told all unregistered migrants to leave; the ministry put their "
                "number at 2.3 million.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:TUR", 2.3e6, "count")]
    got = stats("The agency counted nearly half a million deportations from Germany last year.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:DEU", 5e5)]


def test_possessor_after_preposition_owns_count() -> None:
    got = stats("It was a grim year for India's border troops, with 120 personnel killed in ambushes, "
                "according to the ministry.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:IND", 120.0)]


def test_it_subject_of_money_verb_and_no_its_owner_for_counts() -> None:
    got = stats("Kazakhstan urged Gazprom to begin drilling at the field it leased in 2019 for about $2 billion.")
    assert [(s["subject"], s["value"]) for s in got] == [("company:gazprom", 2e9)]
    got = stats("Russia keeps a garrison in Armenia. Its northern base, with some 3,000 personnel, is the largest.")
    assert [s for s in got if s["value"] == 3000.0] == []


def test_figure_given_to_a_recipient() -> None:
    got = stats("The election commission gave Georgian Dream 48.2 percent of the vote.")
    assert [(s["subject"], s["value"]) for s in got] == [("org:georgian-dream", 48.2)]


def test_deal_valued_by_a_source_is_no_statistic() -> None:
    assert stats("Baku bought the radars in 2019, in a deal that SIPRI values at $90 million.") == []


def test_appositive_cost_of_a_thing() -> None:
    assert stats("In May Kazakhstan opened a logistics hub, a $40 million dry port near the border.") == []
    got = stats("Kazakhstan, a $260 billion economy, keeps growing.")
    assert [(s["subject"], s["unit"]) for s in got] == [("state:KAZ", "USD")]


def test_share_of_the_countrys_territory() -> None:
    got = stats("Moldova keeps its army small. Russian troops still hold about 10 percent of the country's territory.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:MDA", 10.0)]


def test_length_of_a_named_work() -> None:
    got = stats("Engineers are lining the Mahakali canal, a 120-kilometre channel across the plains.")
    assert [(s["subject"], s["value"], s["unit"], s.get("period")) for s in got] == [
        ("place:mahakali-canal", 120.0, "km", None)]
    got = stats("Work began on the 1,200-km Mahakali Canal in 2020.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("place:mahakali-canal", 1200.0, "km")]
    assert stats("Nepal, a 900-km long country, is hilly.") == []


def test_share_of_a_people_is_its_states() -> None:
    got = stats("Polls have found about 70 percent of Kazakhs in favour of the plan.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:KAZ", 70.0)]
    got = stats("About 40 percent of the Kyrgyz population speaks Russian.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:KGZ", 40.0)]


def test_vote_share_and_turnout_of_the_articles_state() -> None:
    got = stats("Kyrgyzstan held a referendum. In the vote of 2021, 79 percent of those who took part "
                "approved the plan, on a turnout of about 37 percent.")
    assert [(s["subject"], s["value"], s["measure"]) for s in got][1:] == [("state:KGZ", 37.0, "turnout")]
    assert got[0]["subject"] == "state:KGZ" and got[0]["value"] == 79.0


def test_bilateral_trade_put_by_a_states_figures() -> None:
    got = stats("Kazakh figures put bilateral trade at about $1.1 billion in 2024.")
    assert [(s["subject"], s["value"], s["measure"], s["period"]) for s in got] == [
        ("state:KAZ", 1.1e9, "bilateral trade", [2024, 2024])]


def test_share_told_in_words() -> None:
    got = stats("Russia shipped 30 tanks to Tajikistan in 2019, and it accounted for half of "
                "Tajikistan's arms imports in 2015-2019.")
    assert [(s["subject"], s["value"], s["scope"], s["period"]) for s in got] == [
        ("state:RUS", 50.0, "state:TJK", [2015, 2019])]
    got = stats("China supplied nearly two-thirds of the region's arms imports in 2020-2024.")
    assert [(s["subject"], round(s["value"])) for s in got] == [("state:CHN", 67)]
    assert stats("Half of the delegates left early, and all of them were tired.") == []


def test_demonym_owns_counted_people() -> None:
    got = stats("Tajikistan hosted some 300 Kazakh soldiers for the drill.")
    assert [(s["subject"], s["value"]) for s in got if s["value"] == 300.0] == [("state:KAZ", 300.0)]


def test_cost_that_someone_put_at_is_no_statistic() -> None:
    assert stats("The road will be built at a cost that Tajik officials have put at up to $2 billion.") == []


def test_the_bloc_as_subject_is_the_organisation_named_before() -> None:
    got = stats("The European Union met Central Asian leaders. According to the European Commission, "
                "the bloc is the region's largest investor, accounting for more than 40 percent of "
                "foreign investment in Uzbekistan.")
    assert [(s["subject"], s["value"]) for s in got if s["unit"] == "percent"] == [("org:eu", 40.0)]


def test_people_hurt_or_held_are_counted() -> None:
    got = stats("Armenian police arrested more than 150 demonstrators in Yerevan on Sunday.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:ARM", 150.0)]
    got = stats("Kazakhstan's interior ministry said that 37 officers had been injured in the clashes.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:KAZ", 37.0)]


def test_coordinated_count_without_its_noun() -> None:
    got = stats("Uzbekistan's army said 6 of its troops had been killed and 14 wounded in the raid.")
    assert (("state:UZB", 14.0) in [(s["subject"], s["value"]) for s in got])
    got = stats("Tajik officials said the shelling killed 9 and injured 31 on the Tajik side.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:TJK", 31.0)]


def test_no_count_from_a_year_before_an_injury() -> None:
    assert stats("A clash in the Pamirs in March 2021 left guards injured on both sides.") == []


def test_share_after_a_relative_aside_and_of_an_economy() -> None:
    got = stats("In 2019–2023 Russia accounted for 70 percent of Kyrgyzstan's arms imports, China for 18 "
                "percent and Belarus, which delivered armoured cars in 2021, for 6 percent.")
    assert [(s["subject"], s["value"], s["period"]) for s in got][-1] == ("state:BLR", 6.0, [2019, 2023])
    got = stats("Remittances, mostly from Russia, equalled about 31 percent of Kyrgyzstan's GDP in 2022.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:KGZ", 31.0)]


def test_it_after_a_source_is_the_previous_subject() -> None:
    got = stats("France is a large supplier to India. By SIPRI's count it supplied 29 percent of India's "
                "arms imports in 2019–2023.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:FRA", 29.0)]


def test_weapon_range_is_a_statistic_of_the_weapon() -> None:
    got = stats("Russia deployed the Iskander, a missile with a range of up to 500 kilometres.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("wpn:iskander", 500.0, "km")]
