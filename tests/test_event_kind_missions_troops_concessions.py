"""The less common event types read from the structures writers use for them: a state's embassy staff
evacuated or its mission's work suspended (retreat), a withdrawal under way, a foreign force arriving or
flown into a country (military_aid), an embassy reopened, prisoners handed over, a border reopened, a
government dismissed or resigning, a price cut (concession), recognition told as a noun or gerund (support)
and relief shipments (aid).  Near misses: plans, negations and nouns that name no act.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _has(body: str, etype: str, party: str, date: str = "") -> bool:
    for f in of_type(event_facts(body), etype):
        if f.modality in ("hypothetical", "recommended", "planned"):
            continue
        parts = set(f.args.get("actors") or []) | set(f.args.get("targets") or [])
        if party in parts and (f.args.get("date") or "").startswith(date):
            return True
    return False


def test_embassy_staff_evacuated_or_mission_suspended_is_a_retreat() -> None:
    assert _has("On 14 March 2024 Kazakhstan evacuated its staff from Kabul.", "retreat", "state:KAZ", "2024-03-14")
    assert _has("On 2 May 2024 Georgia suspended the work of its embassy in Minsk.", "retreat", "state:GEO",
                "2024-05-02")
    assert _has("The Indian embassy in Kabul suspended its work on 16 August 2021.", "retreat", "state:IND",
                "2021-08-16")
    assert _has("Uzbekistan closed its embassy in Kabul in August 2021.", "retreat", "state:UZB", "2021-08")


def test_a_withdrawal_under_way_is_a_retreat() -> None:
    assert _has("The CSTO contingent began withdrawing from Tajikistan on 3 April 2023.", "retreat", "state:TJK",
                "2023-04-03")
    assert _has("Russia started withdrawing its troops from Armenia on 2 March 2024.", "retreat", "state:RUS",
                "2024-03-02")


def test_evacuation_planned_or_of_no_mission_is_no_retreat() -> None:
    assert not _has("Kazakhstan may evacuate its staff from Kabul next year.", "retreat", "state:KAZ", "2025")
    assert not _has("Kazakhstan did not evacuate its staff from Kabul in 2023.", "retreat", "state:KAZ", "2023")
    assert not _has("Kyrgyzstan began withdrawing cash from the fund in March 2024.", "retreat", "state:KGZ")


def test_a_foreign_force_arriving_or_flown_in_is_military_aid() -> None:
    assert _has("Russian paratroopers arrived in Tajikistan on 9 June 2023.", "military_aid", "state:TJK", "2023-06-09")
    assert _has("In May 2023 Russian troops were flown into Kyrgyzstan.", "military_aid", "state:KGZ", "2023-05")
    assert _has("Turkey sent a contingent of peacekeepers to Azerbaijan on 4 April 2021 to help clear mines.",
                "military_aid", "state:AZE", "2021-04-04")


def test_a_minister_arriving_is_no_military_aid() -> None:
    assert not _has("The Russian foreign minister arrived in Tajikistan on 9 June 2023.", "military_aid", "state:TJK")


def test_embassy_reopened_prisoners_handed_over_border_reopened_are_concessions() -> None:
    assert _has("Azerbaijan reopened its embassy in Tehran in July 2024.", "concession", "state:AZE", "2024-07")
    assert _has("In July 2024 Azerbaijan resumed the work of its embassy in Tehran.", "concession", "state:AZE",
                "2024-07")
    assert _has("Azerbaijan handed over 12 Armenian prisoners on 5 May 2024.", "concession", "state:AZE", "2024-05-05")
    assert _has("Uzbekistan reopened its border with Tajikistan on 1 June 2023.", "concession", "state:UZB", "2023-06")


def test_government_dismissed_or_resigning_and_price_cut_are_concessions() -> None:
    assert _has("Tokayev dismissed the government on 5 January 2022.", "concession", "state:KAZ", "2022-01-05")
    assert _has("The Kyrgyz government resigned on 6 October 2020.", "concession", "state:KGZ", "2020-10-06")
    assert _has("Kazakhstan cut fuel prices on 4 January 2022.", "concession", "state:KAZ", "2022-01-04")


def test_reopening_planned_or_border_guards_are_no_concession() -> None:
    assert not _has("Uzbekistan might reopen its border with Tajikistan next year.", "concession", "state:UZB",
                    "2025")
    assert not _has("Uzbekistan reopened border guard posts near Termez in June 2023.", "concession", "state:UZB")
    assert not _has("Fuel prices rose in Kazakhstan in January 2022.", "concession", "state:KAZ")


def test_recognition_as_noun_or_gerund_is_support() -> None:
    assert _has("Russia's formal recognition of the Taliban government on 3 July 2025 surprised its neighbours.",
                "support", "state:RUS", "2025-07-03")
    assert _has("The war of August 2008 ended with Moscow recognising Abkhazia as an independent state.",
                "support", "state:RUS", "2008-08")


def test_recognition_sought_or_lacking_is_no_support() -> None:
    assert not _has("The Taliban's quest for recognition of their government went on in 2024.", "support",
                    "armed:taliban")
    assert not _has("Without formally recognising the Taliban government, Tashkent traded with Kabul in 2024.",
                    "support", "state:UZB")


def test_relief_shipments_are_aid() -> None:
    assert _has("Kazakhstan dispatched a humanitarian convoy to Afghanistan on 3 March 2022.", "aid", "state:AFG",
                "2022-03-03")
    assert _has("China sent a shipment of vaccines to Kyrgyzstan on 10 June 2021.", "aid", "state:KGZ", "2021-06-10")
    assert not _has("A shipment of cotton left Tashkent for China on 10 June 2021.", "aid", "state:CHN")


def test_a_resignation_told_in_a_relative_clause_is_background() -> None:
    assert not _has("Kazakhstan's parliament confirmed Smailov, replacing Mamin, whose government resigned on 5 January 2022.",
                    "concession", "state:KAZ")
