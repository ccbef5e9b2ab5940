"""Arms transfers: a deal noun whose relative clause lists its contents ("X delivered a package that
included S, T and U"), a definite deal with its own partner as the subject of "include", hyphenated
participial asides and "with N missiles" counts inside a list, a colon list of goods after a
container object, a demonym on a list's last item, a date opening a later conjunct and a date
closing a subject's aside (own invented sentences, with near misses)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import by_system
from transfer_keys import parties_and_system_of as _keys


def test_package_relative_clause_lists_the_verbs_goods() -> None:
    for verb in ("included", "comprised", "contained", "covered"):
        got = by_system(transfers(f"In 2018 Moscow delivered to Kyrgyzstan a package that {verb} five BTR-80 "
                                  "carriers, two Mi-8 helicopters and six Igla-S launchers."))
        assert set(got) == {"wpn:btr-80", "wpn:mi-8", "wpn:igla-s"}, (verb, got)
        assert all(t["supplier"] == "state:RUS" and t["recipient"] == "state:KGZ" for t in got.values())
        assert (got["wpn:btr-80"]["quantity"], got["wpn:mi-8"]["quantity"]) == (5, 2)
        assert got["wpn:mi-8"]["status"] == "delivered" and got["wpn:mi-8"]["date"] == "2018"


def test_relative_clause_of_no_deal_noun_stays_a_boundary() -> None:
    # the relative clause describes a parade, not the verb's goods
    got = _keys("In 2018 Moscow delivered to Kyrgyzstan a speech that included praise for its Mi-8 crews.")
    assert ("state:RUS", "state:KGZ", "wpn:mi-8") not in got


def test_definite_deal_with_a_partner_includes_goods() -> None:
    got = by_system(transfers("Kazakhstan's air defences are being renewed. The contract with Beijing, signed "
                              "in 2021, comprised two HQ-9 batteries and 30 QW-2 missiles."))
    assert {(t["supplier"], t["recipient"]) for t in got.values()} == {("state:CHN", "state:KAZ")}
    assert set(got) == {"wpn:hq-9", "wpn:qw-2"} and got["wpn:qw-2"]["quantity"] == 30
    # a bare definite deal told before is the package reading's, not a new partner's
    assert _keys("The contract comprised two HQ-9 batteries.") == set()


def test_hyphenated_participle_and_count_asides_keep_the_list() -> None:
    assert _keys("Israel has sold Azerbaijan the Barak-8 missile, co-produced with local firms, as well as "
                 "Harop munitions.") == {("state:ISR", "state:AZE", "wpn:barak-8"),
                                         ("state:ISR", "state:AZE", "wpn:harop")}
    assert _keys("China sold Kyrgyzstan an HQ-9 battery with 40 missiles, as well as FM-90 systems.") == {
        ("state:CHN", "state:KGZ", "wpn:hq-9"), ("state:CHN", "state:KGZ", "wpn:fm-90")}
    # a "with" naming a partner, not a count of the goods' parts, still cuts the list
    assert ("state:CHN", "state:KGZ", "wpn:fm-90") not in _keys(
        "China sold Kyrgyzstan an HQ-9 battery with Russia, as well as FM-90 systems.")


def test_colon_list_after_a_container_object() -> None:
    got = by_system(transfers("Washington shipped 200 armoured vehicles to Tajikistan in 2016: 120 M-ATV "
                              "vehicles and 80 RG-33 vehicles."))
    assert got["wpn:m-atv"]["quantity"] == 120 and got["wpn:rg-33"]["quantity"] == 80
    assert got["wpn:m-atv"]["supplier"] == "state:USA" and got["wpn:m-atv"]["recipient"] == "state:TJK"
    # a colon after a clause about something else lists no goods of the verb
    assert ("state:USA", "state:TJK", "wpn:m-atv") not in _keys(
        "Washington shipped aid to Tajikistan in 2016; its neighbours field other types: 120 M-ATV vehicles.")


def test_demonym_on_the_last_item_is_its_own() -> None:
    got = by_system(transfers("Kazakhstan ordered four Spanish C-295 aircraft, two A400M transports and six "
                              "Turkish Anka drones in 2024."))
    assert got["wpn:anka"]["supplier"] == "state:TUR" and got["wpn:c-295"]["supplier"] == "state:ESP"
    assert got["wpn:a400m-atlas"]["supplier"] != "state:TUR"
    # a source written after the list is the whole list's
    got = by_system(transfers("Tajikistan received 20 BTR-80 carriers in 2016 and two Mi-8 helicopters in "
                              "2017 from Russia."))
    assert {t["supplier"] for t in got.values()} == {"state:RUS"}


def test_date_closing_a_subject_aside_is_not_the_verbs() -> None:
    got = by_system(transfers("Kyrgyzstan buys widely. Washington, mending ties that had soured after Bishkek "
                              "closed a U.S. base in 2014, shipped 200 vehicles to Kyrgyzstan in early 2019: "
                              "120 M-ATV vehicles and 80 RG-33 vehicles."))
    assert got["wpn:m-atv"]["date"].startswith("2019") and got["wpn:rg-33"]["quantity"] == 80
    # a fronted date set off by a comma is the verb's own
    assert by_system(transfers("In 2019, Russia sold Armenia Su-30SM fighters."))["wpn:su-30sm"]["date"] == "2019"


def test_package_as_a_later_conjunct_with_its_own_date() -> None:
    got = by_system(transfers("Tajikistan depends on Russia. Moscow supplied 20 BTR-80 carriers in 2016 and, in "
                              "2017, a package that included three T-72 tanks and four BMP-2 vehicles."))
    assert (got["wpn:btr-80"]["date"], got["wpn:t-72"]["date"], got["wpn:bmp-2"]["date"]) == ("2016", "2017", "2017")
    assert got["wpn:t-72"]["supplier"] == "state:RUS" and got["wpn:t-72"]["recipient"] == "state:TJK"
    # a conjunct that is no deal noun phrase is not the verb's goods through a package
    assert ("state:RUS", "state:TJK", "wpn:t-72") not in _keys(
        "Tajikistan depends on Russia. Moscow supplied 20 BTR-80 carriers in 2016 and, in 2017, a speech that "
        "included praise for T-72 tanks.")


def test_contents_told_as_none_are_no_transfer() -> None:
    from event_facts import source_facts

    text = ("Test headline about the region\n\nBy A. Writer\n\n"
            "Russia delivered to Armenia in 2020 a shipment that contained no Iskander missiles.\n")
    assert not [f for f in source_facts(text, "arms_transfer") if "iskander" in str(f.args.get("system", "")).lower()]
