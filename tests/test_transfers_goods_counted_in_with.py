"""Arms transfers: goods counted in with other goods of the same transfer ("S to Y along with T",
"S to Y as well as T", "an S system with 40 T missiles", "one S system with 75 missiles, one T
system … and one U system") and the near misses that stay out (a partner after "with", a clause of
its own, a second recipient's "with", also after "as well as", an adjective before "with")."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_along_with_and_as_well_as_after_the_recipient() -> None:
    assert _keys("Beijing sold four Type-054A frigates to Egypt along with 24 C-802 missiles.") == {
        ("state:CHN", "state:EGY", "wpn:type-054a"), ("state:CHN", "state:EGY", "wpn:c-802")}
    assert _keys("Ankara shipped eight T-155 Firtina guns to Georgia as well as 30 Cobra II vehicles.") == {
        ("state:TUR", "state:GEO", "wpn:t-155-firtina"), ("state:TUR", "state:GEO", "wpn:cobra-2")}


def test_goods_counted_in_by_a_bare_with() -> None:
    assert _keys("Paris sold Morocco a Ground Master 400 radar with 40 Mistral missiles in 2016.") == {
        ("state:FRA", "state:MAR", "wpn:ground-master-400"), ("state:FRA", "state:MAR", "wpn:mistral")}


def test_a_count_of_parts_inside_the_list_keeps_it() -> None:
    got = _keys("In 2018 Egypt received from China one HQ-9 system with 60 missiles, one KS-1A system with "
                "24 missiles and one FM-90 system.")
    assert got == {("state:CHN", "state:EGY", "wpn:hq-9"), ("state:CHN", "state:EGY", "wpn:ks-1"),
                   ("state:CHN", "state:EGY", "wpn:fm-90")}


def test_near_misses_stay_out() -> None:
    # a clause of its own between the goods: the other goods are not handed over
    got = _keys("Moscow delivered Su-30SM jets to Kazakhstan, which flew alongside Belarusian MiG-29 jets in the drill.")
    assert ("state:RUS", "state:KAZ", "wpn:su-30sm") in got and ("state:RUS", "state:KAZ", "wpn:mig-29") not in got
    # goods already in service when supplied, armed with weapons: the existing armament reading, no new list
    assert ("state:FRA", "state:EGY", "wpn:exocet") not in _keys(
        "Egypt's navy received two Gowind corvettes fitted with Exocet missiles from Spain.")
    # a second recipient's own "with": no goods counted in with the first ones
    got = _keys("Moscow supplied Armenia with eight Su-30SM jets in 2020, and Belarus with six Yak-130 jets in 2021.")
    assert ("state:RUS", "state:ARM", "wpn:yak-130") not in got


def test_an_adjective_before_with_names_no_goods_of_the_transfer() -> None:
    got = _keys("Armenia bought Su-30SM jets from Russia, interoperable with R-73 missiles already in its stock.")
    assert got == {("state:RUS", "state:ARM", "wpn:su-30sm")}
    got = _keys("Kazakhstan received Mi-35 helicopters from Russia, consistent with Kornet missiles in its arsenal.")
    assert got == {("state:RUS", "state:KAZ", "wpn:mi-35")}


def test_a_second_recipient_after_as_well_as_keeps_its_own_goods() -> None:
    got = _keys("China supplied Pakistan with JF-17 jets in 2020, as well as Bangladesh with K-8 trainers.")
    assert ("state:CHN", "state:PAK", "wpn:k-8") not in got
    got = _keys("Russia sent Su-30SM fighters to Armenia as well as Belarus with Mi-8 helicopters.")
    assert ("state:RUS", "state:ARM", "wpn:mi-8") not in got and ("state:RUS", "state:ARM", "wpn:su-30sm") in got
