"""Events told as hoped, feared, possible, failed or never done are not exported as asserted, and an
event dated after the report's own date is not told as done (extract/events/mod_future.py,
mod_negated.py, resources/ontology/modality.yaml)."""

from __future__ import annotations

from event_facts import DATELINE, event_facts

SCORED_AWAY = {"hypothetical", "recommended"}


def _asserted(body: str, opening: str = DATELINE) -> set[tuple[str, frozenset[str], str]]:
    """(type, parties, date) of the events told as done (asserted or reported)."""
    return {(f.args["event_type"], frozenset((f.args.get("actors") or []) + (f.args.get("targets") or [])),
             f.args.get("date") or "") for f in event_facts(body, opening)
            if f.modality in ("asserted", "reported")}


def _scored(body: str, opening: str = DATELINE) -> list[tuple[str, str, str]]:
    return [(f.args["event_type"], f.args.get("date") or "", f.modality) for f in event_facts(body, opening)
            if f.modality not in SCORED_AWAY]


def test_a_hoped_for_accord_is_no_signed_accord() -> None:
    assert _scored("Georgia and Turkey hope to sign a transit agreement in 2026.") == []
    assert _scored("Officials in Baku said they were hoping to sign a border treaty with Yerevan next year.") == []


def test_a_feared_or_unexcluded_war_is_no_war() -> None:
    assert _scored("Farmers near the frontier fear a new war between Kyrgyzstan and Tajikistan this year.") == []
    assert _scored("Tehran has not ruled out a war with Israel in 2024.") == []


def test_a_possibility_in_reported_speech_stays_a_possibility() -> None:
    assert _scored("Police warned on Monday that separatists could attack Chinese workers in Gwadar.") == []
    assert _scored("Analysts said on Tuesday that Kabul might strike Pakistani posts.") == []


def test_a_failed_or_never_signed_accord_is_no_accord() -> None:
    assert _scored("Moscow failed to broker a truce between Armenia and Azerbaijan in 2022.") == []
    got = _scored("The talks in Doha failed to produce an agreement between Kabul and Islamabad in May 2024.")
    assert [t for t, _, _ in got if t == "agreement"] == []  # (the talks were held: a meeting)
    assert _scored("The proposed 2023 agreement between Uzbekistan and Russia was never signed.") == []
    assert _scored("A 2022 pact between Iran and Armenia never materialised.") == []


def test_a_cancelled_planned_summit_is_a_done_rejection_not_a_planned_one() -> None:
    got = [f for f in event_facts("The CSTO summit planned for May 2024 in Minsk was cancelled.")
           if f.args["event_type"] == "rejection"]
    assert got and all(f.modality == "asserted" for f in got), [(f.args, f.modality) for f in got]
    got = [f for f in event_facts("A scheduled visit by the Russian premier to Baku was called off in June 2024.")
           if f.args["event_type"] == "rejection"]
    assert got and all(f.modality == "asserted" for f in got), [(f.args, f.modality) for f in got]


def test_near_miss_a_plan_to_cancel_stays_planned() -> None:
    got = [f for f in event_facts("Armenia plans to cancel the CSTO drills in May 2024.")
           if f.args["event_type"] == "rejection"]
    assert all(f.modality != "asserted" for f in got), [(f.args, f.modality) for f in got]


def test_an_event_dated_after_the_report_is_not_told_as_done() -> None:
    # dateline 5 July 2024: a visit "next month" is scheduled, an accord "next year" only foreseen
    got = event_facts("Putin's visit to Baku next month will be his first since 2018. "
                      "Officials expect an accord between Baku and Yerevan next year.")
    assert all(f.modality not in ("asserted", "reported") for f in got), [(f.args, f.modality) for f in got]
    assert ("meeting", "2024-08", "planned") in _scored("Putin's visit to Baku next month will be his first since 2018.")


def test_a_count_past_the_dateline_adds_no_later_act() -> None:
    body = ("Indian drones hit two sites in Pakistan on 4 July 2024. Pakistan retaliated a day later, "
            "on 5 July 2024, shelling Indian posts.")
    got = _asserted(body)
    assert all(d <= "2024-07-05" for _, _, d in got), got
    assert ("attack", frozenset({"state:PAK", "state:IND"}), "2024-07-05") in got


def test_near_misses_done_acts_stay_asserted() -> None:
    assert ("agreement", frozenset({"state:GEO", "state:TUR"}), "2024-03") in _asserted(
        "Georgia and Turkey signed a transit agreement in March 2024.")
    assert ("agreement", frozenset({"state:KAZ", "state:UZB"}), "2022") in _asserted(
        "The 2022 accord between Kazakhstan and Uzbekistan was ratified in Tashkent.")
    # the attack happened: the failure was to stop it
    assert any(t == "attack" for t, _, _ in _asserted(
        "Pakistani forces failed to prevent an attack on Chinese engineers in Dasu in March 2024."))
    # reported intention stays a plan, not a possibility
    assert [m for _, _, m in _scored("Pakistan said on Monday it would expel Afghan diplomats.")] != ["hypothetical"]
