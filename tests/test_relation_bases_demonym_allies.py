"""Relations told through noun phrases (own sentences): a state's base on another's soil ("X's
military base in Y", "its air base at Kant in Y", "D forces at the base in Y"), a possessed list
of demonym allies ("X's Turkish allies", "its French and American partners"), drawing closer to a
state, "relations between the neighbours" after a sentence naming the pair, and a supplier
arming many recipients (a market survey, no partnership); with near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples as triples


def test_foreign_base_noun_phrase() -> None:
    assert {("state:RUS", "state:TJK", "partner")} == triples(
        "Russia's 201st military base in Tajikistan is the largest Russian ground force abroad.")
    assert {("state:RUS", "state:TJK", "partner"), ("state:KGZ", "state:RUS", "partner")} == triples(
        "The deal does not conflict with Russia's military base in Tajikistan or its air base at Kant in Kyrgyzstan.")
    assert {("state:RUS", "state:TJK", "partner")} == triples(
        "Russian forces at the 201st military base in Tajikistan guard the southern border.")
    assert {("state:ARM", "state:RUS", "partner")} == triples("Moscow, which has military bases in Armenia, welcomed the vote.")


def test_foreign_base_near_misses() -> None:
    assert not triples("Pakistan's air base near Rawalpindi was damaged in the storm.")
    assert not triples("Turkish engineers inspected the runway of Azerbaijan's air base at Ganja.")
    assert ("state:USA", "state:UZB", "partner") not in triples(
        "The United States closed its air base in Uzbekistan in 2005.")
    assert ("state:IND", "state:PAK", "partner") not in triples("India hit Pakistani air bases in May.")


def test_demonym_allies() -> None:
    assert {("state:FRA", "state:IND", "partner"), ("state:IND", "state:USA", "partner")} == triples(
        "India is pressing its French and American partners for technology transfer.")
    assert {("state:AZE", "state:TUR", "ally")} == triples("Baku's Turkish allies sent engineers to the front.")
    assert {("state:ARM", "state:RUS", "ally")} == triples("Armenia asked its Russian allies for help.")
    assert not triples("Indian officials met French partners of the engine consortium.")
    assert not triples("Kazakhstan's Western partners welcomed the vote.")


def test_drawing_closer() -> None:
    assert {("state:AZE", "state:TUR", "partner")} == triples("Azerbaijan has moved closer to Türkiye since 2021.")
    assert {("state:CHN", "state:UZB", "partner")} == triples("Over the past decade Uzbekistan has drawn closer to China.")
    assert not triples("Azerbaijan has not moved closer to Russia despite the talks.")
    assert not triples("The border post moved closer to Armenia's town of Jermuk.")


def test_between_the_neighbours() -> None:
    assert {("state:AZE", "state:IRN", "rival")} == triples(
        "Azerbaijan summoned Iran's ambassador on Friday. Relations between the neighbours have been strained since 2020.")
    assert not triples("Kazakhstan and Uzbekistan held talks on water sharing. The meeting between the neighbours was short.")


def test_supplier_survey_is_no_partnership() -> None:
    survey = ("Türkiye sold Kazakhstan 45 Cobra-2 vehicles in 2024. It delivered three TB2 drones to Kyrgyzstan in 2021, "
              "two Akinci drones to Kyrgyzstan in 2022 and two Aksungur drones to Kyrgyzstan in 2023. Turkmenistan "
              "bought 28 Kirpi vehicles from Türkiye in 2015, six Dearsan craft from Türkiye in 2016 and a frigate "
              "from Türkiye in 2021. Uzbekistan ordered 24 Ejder Yalcin vehicles from Türkiye in 2017.")
    assert not {t for t in triples(survey) if t[2] == "partner"}
