"""Arms transfers: a system listed after another keeps the list's verb even when a participial
aside follows it ("… and six T, delivered in 2015"), and takes the aside's date; a number glued
to a unit ("33-metre") is a size, not a count; the armament of goods handed over ("X delivered
six S, armed with Italian T") goes to the goods' recipient, not to the seller (own sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _rows(text: str) -> set[tuple[str, str, str, object, object]]:
    return {(t["supplier"], t["recipient"], t["system"], t.get("quantity"), t.get("date")) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_listed_category_with_its_own_aside() -> None:
    got = _rows("Turkmenistan is rearming. Türkiye supplied eight Tuzla patrol boats between 2010 and 2014 "
                "and four fast attack craft, delivered in 2018.")
    assert ("state:TUR", "state:TKM", "fast attack craft", 4, "2018") in got


def test_size_is_no_count() -> None:
    got = _rows("Turkmenistan is rearming. Türkiye delivered four 40-metre fast attack craft in 2019.")
    assert ("state:TUR", "state:TKM", "fast attack craft", 4, "2019") in got
    got = _rows("Armenia is rearming. France sold 12 CAESAR 155mm howitzers in 2024.")
    assert any(s == "wpn:caesar" and q == 12 for _a, _b, s, q, _d in got)


def test_armament_of_delivered_goods_goes_to_their_recipient() -> None:
    got = _rows("Kazakhstan is rearming. Türkiye delivered four fast attack craft to Kazakhstan in 2019, "
                "armed with Italian Marte-2 missiles.")
    assert ("state:TUR", "state:KAZ", "fast attack craft", 4, "2019") in got
    assert any(s == "state:ITA" and r == "state:KAZ" for s, r, *_ in got)
    assert not any(s == "state:ITA" and r == "state:TUR" for s, r, *_ in got)


def test_own_platform_armed_stays_with_its_owner() -> None:
    # no goods handed over: the subject's own fighters carry the missiles
    got = _rows("Pakistan's J-10C fighters, armed with Chinese PL-15 missiles, patrolled the border.")
    assert not any(r == "state:TUR" for _s, r, *_ in got)


def test_date_after_the_one_named_system_is_its_own() -> None:
    # the first date belongs to the unnamed goods listed before the system
    got = _rows("Sri Lanka is rearming. The United States handed over a patrol ship to Sri Lanka in 2019 "
                "and a King Air 360ER aircraft in 2023.")
    assert any(s == "wpn:king-air-360" and d == "2023" for _a, _b, s, _q, d in got)
    # no list: the verb's own date stays
    got = _rows("Sri Lanka is rearming. The United States handed over a King Air 360ER aircraft to Sri Lanka "
                "in 2021 and trained its crews in 2024.")
    assert any(s == "wpn:king-air-360" and d == "2021" for _a, _b, s, _q, d in got)
