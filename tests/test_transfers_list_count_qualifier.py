"""Arms transfers: a system listed after another one keeps the list's verb when its own count
carries a qualifier ("and at least two T", "and the first of 15 T", "and more than 40 T"); a real
preposition between the systems still breaks the list (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _systems(text: str) -> set[tuple[str, str, object]]:
    return {(t["recipient"], t["system"], t.get("quantity")) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_at_least_before_the_next_count() -> None:
    got = _systems("Azerbaijan received four Bayraktar TB2 drones in 2021 and at least two Akinci drones in 2024.")
    assert ("state:AZE", "wpn:akinci", 2) in got


def test_the_first_of_a_counted_batch() -> None:
    got = _systems("Armenia is rearming. India delivered the first Pinaka rocket launchers in 2023 "
                   "and the first of 12 Akash air defence systems in 2024.")
    assert ("state:ARM", "wpn:akash", 12) in got


def test_more_than_before_the_next_count() -> None:
    got = _systems("Uzbekistan bought six Mi-35M helicopters in 2019 and more than 40 Tigr vehicles in 2021 from Russia.")
    assert any(s == "wpn:tigr" for _r, s, _q in got)


def test_preposition_still_breaks_the_list() -> None:
    # "the crews of T": T is the object of "of", not a second good of the verb
    got = _systems("Armenia is rearming. India delivered two Pinaka rocket launchers in 2023 "
                   "and trained the crews of Akash air defence systems in 2024.")
    assert not any(s == "wpn:akash" for _r, s, _q in got)


def test_relative_clause_closing_a_listed_system() -> None:
    got = _systems("Azerbaijan is rearming. Turkish deliveries have included T-300 rocket launchers in 2016, "
                   "the Bayraktar TB2 drones that changed the course of the war, 20 Cobra II armoured vehicles "
                   "in 2022 and two Akinci drones in 2024.")
    assert {s for _r, s, _q in got} >= {"wpn:t-300", "wpn:bayraktar-tb2", "wpn:cobra-2", "wpn:akinci"}


def test_relative_clause_with_its_own_transfer_verb_is_kept_apart() -> None:
    # "… S, which Russia sold to Y, …": the relative names its own seller, the list stops there
    got = transfers("Armenia bought four Swathi radars from India in 2020, the Su-30SM fighters that Russia "
                    "sold to Armenia in 2019, and two Pinaka launchers in 2023.")
    assert not any(t["system"] == "wpn:su-30sm" and t["supplier"] == "state:IND" for t in got)


def test_appositive_renaming_the_goods_passes_the_verb_on() -> None:
    got = _systems("Turkmenistan is rearming. In 2017 China delivered the FD-2000, the export version of its HQ-9 "
                   "system, together with KS-1 batteries and WJ-600 drones.")
    assert {s for _r, s, _q in got} >= {"wpn:hq-9", "wpn:ks-1", "wpn:wj-600"}


def test_appositive_naming_another_system_is_no_rename() -> None:
    # a different system after "a rival of": not the delivered goods
    got = _systems("Turkmenistan is rearming. In 2017 China delivered the FD-2000, a rival of the S-300 system.")
    assert not any(s == "wpn:s-300" for _r, s, _q in got)


def test_classifier_noun_before_the_next_conjunct() -> None:
    got = _systems("Turkmenistan is rearming. In 2016 China delivered FM-90 systems and two kinds of armed drones, "
                   "the WJ-600 and the CH-3.")
    assert {s for _r, s, _q in got} >= {"wpn:fm-90", "wpn:wj-600", "wpn:ch-3"}


def test_class_noun_heading_a_colon_list_with_bracketed_dates() -> None:
    got = {(t["system"], t.get("quantity"), t.get("date")) for t in transfers(
        "Kyrgyzstan is rearming. Turkey's share came entirely from drones: three Bayraktar TB2s (2021), "
        "two Akinci (2022) and two Aksungur (2023).") if t["recipient"] == "state:KGZ"}
    assert {("wpn:bayraktar-tb2", 3, "2021"), ("wpn:akinci", 2, "2022"), ("wpn:aksungur", 2, "2023")} <= got


def test_colon_list_of_no_goods_stays_out() -> None:
    got = transfers("Kyrgyzstan is rearming. Turkey sold drones to Kyrgyzstan and offered advice: two courses "
                    "on tactics and one on training.")
    assert {t["system"] for t in got} == {"drones"}
