"""Arms transfers: per-recipient tails of a distributive "to" list ("to Y in 2015 and to Z in
2019", "to Y, five of them delivered in 2014, and to Z, three delivered in 2016"); a named
system opening the list after a colon specifies the category noun before it; a delivered count
after uncounted goods ("with four delivered so far", "the register counts nine delivered");
a contrasted clause ("while …", "whereas …") closes the reach of "to" recipients; a state
closing a list governed by a preposition ("from A and B") is no subject (own invented text)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> dict[tuple[str, str, str], dict]:
    return {(t["supplier"], t["recipient"], t["system"]): t for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_each_recipient_keeps_its_own_year() -> None:
    got = _keys("Moscow shipped Su-30SM fighters to Kazakhstan in 2016 and to Armenia in 2020.")
    assert got[("state:RUS", "state:KAZ", "wpn:su-30sm")]["date"] == "2016"
    assert got[("state:RUS", "state:ARM", "wpn:su-30sm")]["date"] == "2020"


def test_each_recipient_keeps_its_own_delivered_count() -> None:
    got = _keys("Beijing sold Wing Loong drones to Kazakhstan, four of them delivered in 2017, "
                "and to Uzbekistan, two delivered in 2015.")
    kaz, uzb = got[("state:CHN", "state:KAZ", "wpn:wing-loong")], got[("state:CHN", "state:UZB", "wpn:wing-loong")]
    assert (kaz["quantity"], kaz["date"]) == (4, "2017")
    assert (uzb["quantity"], uzb["date"]) == (2, "2015")


def test_single_recipient_keeps_the_clause_date() -> None:
    # one recipient is no distributive list: nothing to share out
    got = _keys("Russia delivered T-90 tanks to Turkmenistan in 2019.")
    assert got[("state:RUS", "state:TKM", "wpn:t-90")]["date"] == "2019"


def test_named_system_after_colon_specifies_the_category() -> None:
    got = _keys("Ankara has sold combat drones widely: Bayraktar TB2s to Kyrgyzstan in 2021 "
                "and to Turkmenistan in 2022.")
    assert got[("state:TUR", "state:KGZ", "wpn:bayraktar-tb2")]["date"] == "2021"
    assert got[("state:TUR", "state:TKM", "wpn:bayraktar-tb2")]["date"] == "2022"
    assert not any(s == "drones" for _sup, _rec, s in got)


def test_delivered_count_after_uncounted_goods() -> None:
    got = _keys("Tajikistan received Mi-8 helicopters from Russia in 2019, with five delivered so far.")
    assert got[("state:RUS", "state:TJK", "wpn:mi-8")]["quantity"] == 5
    got = _keys("Kazakhstan began taking Anka drones from Turkey in 2023, and the register lists three "
                "delivered by 2024.")
    assert all(t["quantity"] == 3 for k, t in got.items() if k[2] == "wpn:anka")


def test_other_numbers_after_the_goods_are_no_count() -> None:
    got = _keys("Azerbaijan bought TB2 drones from Turkey in 2020, and two years later four pilots "
                "were sent on a course.")
    assert got and all(t.get("quantity") is None for t in got.values())


def test_delivered_count_of_nearer_goods_is_theirs() -> None:
    got = _keys("Uzbekistan ordered T-90 tanks from Russia and Tor-M2 systems from Russia, with two delivered.")
    assert got[("state:RUS", "state:UZB", "wpn:t-90")].get("quantity") is None


def test_contrasted_clause_closes_the_recipients() -> None:
    got = _keys("Russia supplied T-90 tanks to Armenia, whereas most new orders have gone to France.")
    assert ("state:RUS", "state:ARM", "wpn:t-90") in got
    assert not any(rec == "state:FRA" for _sup, rec, _s in got)
    got = _keys("China sold HQ-9 systems to Turkmenistan while Uzbekistan turned to Russia.")
    assert not any(rec in ("state:UZB", "state:RUS") for _sup, rec, _s in got)


def test_to_list_before_contrast_still_shared() -> None:
    got = _keys("Russia has delivered Mi-8 helicopters to Uzbekistan and Kazakhstan, while Belarus sold trucks.")
    assert {("state:RUS", "state:UZB", "wpn:mi-8"), ("state:RUS", "state:KAZ", "wpn:mi-8")} <= set(got)


def test_state_closing_a_from_list_is_no_subject() -> None:
    got = _keys("Armenia, for its part, buys from France and India and has agreed to acquire Su-30SM "
                "fighters from Russia.")
    assert ("state:RUS", "state:ARM", "wpn:su-30sm") in got
    assert not any(rec in ("state:IND", "state:FRA") for _sup, rec, _s in got)


def test_coordinated_subject_is_still_the_subject() -> None:
    got = _keys("Kazakhstan and Uzbekistan ordered Yak-130 trainers from Russia in 2021.")
    assert {("state:RUS", "state:KAZ", "wpn:yak-130"), ("state:RUS", "state:UZB", "wpn:yak-130")} <= set(got)


def test_subject_after_a_fronted_phrase_is_still_the_subject() -> None:
    got = _keys("After long talks with Russia, Turkmenistan ordered HQ-9 systems from China.")
    assert ("state:CHN", "state:TKM", "wpn:hq-9") in got


def test_state_right_before_its_verb_after_a_to_phrase_is_the_subject() -> None:
    # "… to Y and Y received": a new clause whose subject stands right before its verb
    got = _keys("Russia sold MiG-29 jets to Mali and Niger received two Harop drones in 2022.")
    assert any(rec == "state:NER" and s == "wpn:harop" for _sup, rec, s in got)
