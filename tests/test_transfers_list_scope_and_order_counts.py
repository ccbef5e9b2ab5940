"""Arms transfers: the reach of lists and clauses around a transfer (own invented text).

- a state closing a "from A and B" list in a fronted phrase is no subject or recipient of the
  main clause ("After importing S from A and B, Y ordered T from X");
- a purchase told in a relative clause ("Y, which buys arms from A and B, ordered T in 2016") takes
  no date from the main clause;
- in a "to A in 2015 and to B …" list a later recipient's time is its own: counted on ("a year
  later", ", three years on,"), written in its relative clause ("which took delivery in 2020"),
  or none ("and subsequently to B");
- a conjunct with its own year continues the "to" list without a second "to" ("to A in 2019 and
  B in 2021", "to A (2020), B (2021) and C (2022)");
- a clause fronting its own "to" recipient ("…, and to B it gave T") is no recipient of the first;
- a delivered count "to" another state is not the recipient's; an order's record takes no count
  of the part delivered."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> dict[tuple[str, str, str], dict]:
    return {(t["supplier"], t["recipient"], t["system"]): t for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def _recipients(text: str, supplier: str, system: str) -> set[str]:
    return {r for s, r, w in _keys(text) if s == supplier and w == system}


def test_fronted_from_list_gives_no_recipient() -> None:
    text = "Having imported rifles from Serbia and Belarus, Tajikistan bought Wing Loong drones from China."
    assert _recipients(text, "state:CHN", "wpn:wing-loong") == {"state:TJK"}
    text = "Wary of its reliance on jets from Russia and Belarus, Uzbekistan ordered Airbus helicopters from France."
    assert "state:BLR" not in {r for _s, r, _w in _keys(text)}


def test_coordinated_subject_still_shares_the_purchase() -> None:
    # near miss: a real coordinated subject before the verb still buys
    got = _keys("Kazakhstan and Kyrgyzstan bought Tigr vehicles from Russia.")
    assert ("state:RUS", "state:KAZ", "wpn:tigr") in got and ("state:RUS", "state:KGZ", "wpn:tigr") in got


def test_relative_clause_purchase_takes_no_main_clause_year() -> None:
    got = _keys("Armenia, which obtains weapons from Russia and India, received Akash systems from India in 2024.")
    assert got[("state:IND", "state:ARM", "wpn:akash")]["date"] == "2024"
    rus = got.get(("state:RUS", "state:ARM", "arms"))
    assert rus is not None and rus.get("date") is None


def test_later_recipient_counts_its_year_on() -> None:
    got = _keys("Belarus sold Polonez launchers to Azerbaijan in 2017 and, three years on, to Serbia.")
    assert got[("state:BLR", "state:AZE", "wpn:polonez")]["date"] == "2017"
    assert got[("state:BLR", "state:SRB", "wpn:polonez")]["date"] == "2020"
    got = _keys("Ankara shipped Kirpi vehicles to Uzbekistan in 2019, to Turkmenistan in 2020 and to Georgia two years later.")
    assert got[("state:TUR", "state:GEO", "wpn:kirpi")]["date"] == "2022"


def test_later_recipient_without_a_year_has_none() -> None:
    got = _keys("Israel sold Harop drones to Azerbaijan in 2015 and subsequently to India.")
    assert got[("state:ISR", "state:AZE", "wpn:harop")]["date"] == "2015"
    assert got[("state:ISR", "state:IND", "wpn:harop")].get("date") is None


def test_later_recipient_dated_in_its_relative_clause() -> None:
    got = _keys("Beijing sold HQ-9 systems to Turkmenistan in 2015 and to Uzbekistan, which took them in 2019.")
    assert got[("state:CHN", "state:TKM", "wpn:hq-9")]["date"] == "2015"
    assert got[("state:CHN", "state:UZB", "wpn:hq-9")]["date"] == "2019"


def test_dated_conjuncts_continue_the_to_list() -> None:
    got = _keys("Turkey shipped Kirpi vehicles to Uzbekistan in 2021 and Turkmenistan in 2023.")
    assert got[("state:TUR", "state:UZB", "wpn:kirpi")]["date"] == "2021"
    assert got[("state:TUR", "state:TKM", "wpn:kirpi")]["date"] == "2023"
    got = _keys("China has sold Wing Loong drones to Kazakhstan (2016), Uzbekistan (2018) and Kyrgyzstan (2021).")
    assert {r: got[("state:CHN", r, "wpn:wing-loong")]["date"]
            for r in ("state:KAZ", "state:UZB", "state:KGZ")} == {"state:KAZ": "2016", "state:UZB": "2018",
                                                                    "state:KGZ": "2021"}


def test_dated_conjunct_with_a_verb_of_its_own_is_no_recipient() -> None:
    # near miss: "Kazakhstan in 2020 bought …" opens a clause of its own
    text = "Russia sold Mi-35 helicopters to Uzbekistan in 2017 and Kazakhstan in 2020 bought Airbus helicopters from France."
    assert _recipients(text, "state:RUS", "wpn:mi-35") == {"state:UZB"}


def test_fronted_to_clause_is_its_own_transfer() -> None:
    got = _keys("Moscow sent T-72 tanks to Armenia in 2018, and to Belarus it gave armoured vehicles in 2020.")
    assert ("state:RUS", "state:BLR", "wpn:t-72") not in got
    veh = got.get(("state:RUS", "state:BLR", "armoured vehicles"))
    assert veh is not None and veh["date"] == "2020"


def test_count_delivered_to_another_state_is_not_the_recipients() -> None:
    got = _keys("Uzbekistan obtained Tor-M2 systems from Russia, with two delivered to Tajikistan in 2021.")
    assert got[("state:RUS", "state:UZB", "wpn:tor-m2")].get("quantity") is None
    # near miss: the same count with no other recipient is the recipient's
    got = _keys("Turkey sold Bayraktar TB2 drones to Kyrgyzstan, with three delivered so far.")
    assert got[("state:TUR", "state:KGZ", "wpn:bayraktar-tb2")]["quantity"] == 3


def test_order_takes_no_delivered_part_as_its_size() -> None:
    got = _keys("Azerbaijan ordered Polonez launchers from Belarus in 2017, of which ten have been delivered.")
    assert got[("state:BLR", "state:AZE", "wpn:polonez")].get("quantity") is None
    got = _keys("Kyrgyzstan ordered Akinci drones from Turkey, with two handed over in 2023.")
    assert got[("state:TUR", "state:KGZ", "wpn:akinci")].get("quantity") is None
    # near miss: an order with its own count keeps it; a purchase keeps the delivered count
    got = _keys("Azerbaijan ordered 20 Polonez launchers from Belarus in 2017, of which ten have been delivered.")
    assert got[("state:BLR", "state:AZE", "wpn:polonez")]["quantity"] == 20
    got = _keys("Kyrgyzstan bought Akinci drones from Turkey in 2021, with two handed over in 2023.")
    assert got[("state:TUR", "state:KGZ", "wpn:akinci")]["quantity"] == 2
