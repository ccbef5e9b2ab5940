"""Arms transfers: wording families checked for breadth (order and source verbs, goods held by a
force, licences through a firm, local assembly, partitive follow-ups, weighing a deal, equipping
another's force) and the near misses that must stay out (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_booking_and_sourcing_verbs() -> None:
    assert _keys("Indonesia booked 42 Rafale fighters from France in 2022.") == {
        ("state:FRA", "state:IDN", "wpn:rafale", "ordered")}
    assert _keys("Belarus got S-400 systems from Russia in 2022.") == {
        ("state:RUS", "state:BLR", "wpn:s-400", "delivered")}
    assert _keys("Uzbekistan sourced air defence systems from China.") == {
        ("state:CHN", "state:UZB", "air defence systems", "delivered")}
    assert _keys("Georgia got approval from Brussels for the plan.") == set()


def test_turned_to_a_source_for_a_category() -> None:
    assert _keys("Nepal has quietly turned to Beijing for drones.") == {("state:CHN", "state:NPL", "drones", "ordered")}


def test_goods_held_in_a_named_inventory() -> None:
    assert _keys("Russian-made S-300 systems remain in Armenia's inventory.") == {
        ("state:RUS", "state:ARM", "wpn:s-300", "in_service")}
    assert _keys("Turkish-built Kirpi vehicles are part of Uzbekistan's fleet.") == {
        ("state:TUR", "state:UZB", "wpn:kirpi", "in_service")}
    assert _keys("Turkish-supplied TB2 drones in Azerbaijani hands changed the war.") == {
        ("state:TUR", "state:AZE", "wpn:bayraktar-tb2", "in_service")}
    assert _keys("Iskander missiles remain in Russia's arsenal.") == set()  # its own goods


def test_goods_serving_with_a_named_force() -> None:
    assert _keys("Mi-8 helicopters have flown with the Kazakh air force since 2010.") == {
        ("state:RUS", "state:KAZ", "wpn:mi-8", "in_service")}
    assert _keys("The Yak-130 serves with the Belarusian air force.") == {
        ("state:RUS", "state:BLR", "wpn:yak-130", "in_service")}


def test_operator_of_and_success_owed_to_goods() -> None:
    assert _keys("Kazakhstan is the largest operator of the C-295 in the region.") == {
        ("state:ESP", "state:KAZ", "wpn:c-295", "in_service")}
    assert _keys("Georgia's defence owed much to Turkish drones.") == {("state:TUR", "state:GEO", "drones", "in_service")}


def test_licence_given_through_a_firm() -> None:
    assert _keys("Turkey's Otokar licensed the Cobra II to Kazakhstan.") == {
        ("state:TUR", "state:KAZ", "wpn:cobra-2", "ordered")}


def test_local_assembly_of_foreign_goods() -> None:
    assert _keys("Uzbekistan will assemble Chinese Wing Loong drones at a new plant near Tashkent.") == {
        ("state:CHN", "state:UZB", "wpn:wing-loong", "planned")}
    assert _keys("Turkey builds Bayraktar TB2 drones at a plant in Istanbul.") == set()


def test_passive_seller_then_arrival_names_the_recipient() -> None:
    assert _keys("T-72 tanks supplied by Poland reached Ukraine in April.") == {
        ("state:POL", "state:UKR", "wpn:t-72", "delivered")}


def test_partitive_follow_up_advances_the_deal() -> None:
    got = transfers("Baku signed for ten Bayraktar TB2 drones in 2020. Three of them arrived a year later.")
    assert [(t["supplier"], t["recipient"], t["status"], t["quantity"], t["date"]) for t in got] == [
        ("state:TUR", "state:AZE", "delivered", 10, "2020")]
    got = transfers("Nepal signed a deal for 24 Ejder Yalcin vehicles in 2018. The first six were delivered a year later.")
    assert [(t["recipient"], t["status"], t["quantity"]) for t in got] == [("state:NPL", "delivered", 24)]


def test_main_verb_status_over_a_pronoun_relative() -> None:
    assert _keys("Astana has received the last of 31 Su-30SM fighters it ordered from Moscow.") == {
        ("state:RUS", "state:KAZ", "wpn:su-30sm", "delivered")}


def test_weighing_a_deal_is_interest() -> None:
    assert _keys("Moscow is reportedly considering supplying Su-35 fighters to Iran.") == {
        ("state:RUS", "state:IRN", "wpn:su-35", "interest")}


def test_equipping_another_states_force() -> None:
    assert _keys("Turkey will equip Uzbekistan's army with armoured vehicles.") == {
        ("state:TUR", "state:UZB", "armoured vehicles", "planned")}
    assert _keys("Russia arms Belarus with Iskander missiles.") == {("state:RUS", "state:BLR", "wpn:iskander", "delivered")}
    assert _keys("Kazakhstan armed its border guards with Turkish Kirpi vehicles.") == {
        ("state:TUR", "state:KAZ", "wpn:kirpi", "delivered")}


def test_relative_clause_with_a_use_verb() -> None:
    assert _keys("Israeli-made Harop drones, which Baku has operated since 2016, were not part of the deal.") == {
        ("state:ISR", "state:AZE", "wpn:harop", "in_service")}


def test_a_relative_clause_belongs_to_the_nearest_goods() -> None:
    keys = _keys("Kazakhstan received Su-30SM fighters. The jets join a fleet guarded by French Ground Master "
                 "radars that Thales began delivering in 2023.")
    assert ("state:FRA", "state:KAZ", "fighter jets", "delivered") not in keys


def test_a_second_predicate_keeps_its_own_source() -> None:
    assert _keys("Armenia has signed a contract with India for Pinaka rocket launchers and is receiving "
                 "CAESAR howitzers from France.") == {("state:IND", "state:ARM", "wpn:pinaka", "ordered"),
                                                     ("state:FRA", "state:ARM", "wpn:caesar", "delivered")}


def test_coast_guard_cutters_category() -> None:
    assert _keys("The United States has transferred former coast guard cutters to Ghana.") == {
        ("state:USA", "state:GHA", "coast guard cutters", "delivered")}


def test_a_giver_in_the_previous_sentence_is_no_recipient() -> None:
    text = "Hardware came from all sides. China donated a frigate. The United States transferred two cutters."
    assert all(t["recipient"] != "state:CHN" for t in transfers(text))


def test_near_misses_stay_out() -> None:
    for text in ("Kazakhstan exported 70 million tonnes of oil to Europe last year.",
                 "Ukraine shipped grain to Egypt through the Black Sea corridor.",
                 "Russia deployed Iskander missiles to Kaliningrad in 2018.",
                 "Kazakh and Kyrgyz troops held a joint exercise with T-72 tanks.",
                 "Analysts say the Chinese J-10C is comparable to the French Rafale.",
                 "Kazakhstan could buy Rafale jets from France if prices fall.",
                 "Russia has never sold S-400 systems to Azerbaijan.",
                 "The US Army deployed HIMARS launchers to Romania for an exercise.",
                 "Russia moved S-400 batteries closer to the Finnish border."):
        assert _keys(text) == set(), text


def test_a_relative_clause_shared_by_listed_goods() -> None:
    keys = _keys("Kazakhstan flies Su-30SM fighters and Yak-130 trainers that Russia supplied in 2015.")
    assert {k[2] for k in keys if k[0] == "state:RUS" and k[1] == "state:KAZ"} == {"wpn:su-30sm", "wpn:yak-130"}
