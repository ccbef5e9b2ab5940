"""Targets told after a preposition (a capital for its state), the agreement after "ended with a
X-brokered …", expulsions by formula, bare blasts that kill, a test named by its system, and "pact"
(extract/events/mod_target.py, resources/ontology/events.yaml)."""

from __future__ import annotations

from event_facts import event_facts


def _tuples(body: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {(f.args["event_type"], frozenset(f.args.get("actors") or []), frozenset(f.args.get("targets") or []),
             f.args.get("date") or "") for f in event_facts(body) if f.modality in ("asserted", "reported")}


def test_a_recall_from_a_capital_targets_its_state() -> None:
    assert ("sanction", frozenset({"state:ARM"}), frozenset({"state:BLR"}), "2024-02") in _tuples(
        "Armenia recalled its ambassador from Minsk in February 2024.")


def test_a_border_closed_with_a_state_targets_it() -> None:
    assert ("coercion", frozenset({"state:UZB"}), frozenset({"state:KGZ"}), "2023-03") in _tuples(
        "Uzbekistan shut its border with Kyrgyzstan in March 2023.")


def test_near_miss_no_aim_from_an_arrest_or_a_place_of_the_act() -> None:
    got = _tuples("Police detained three men with Tajik passports in May 2024.")
    assert all("state:TJK" not in t for _, _, t, _ in got), got
    got = _tuples("Kyrgyzstan closed its border in the south in 2022 amid fighting with Tajikistan.")
    assert all(not t for typ, _, t, _ in got if typ == "coercion"), got


def test_persona_non_grata_is_an_expulsion() -> None:
    assert ("coercion", frozenset({"state:GEO"}), frozenset({"state:RUS"}), "2024-03") in _tuples(
        "Georgia declared three Russian diplomats persona non grata in March 2024.")
    assert all(t != "coercion" for t, _, _, _ in _tuples("Turkmenistan declared its neutrality in December 1995."))


def test_a_war_ended_with_a_brokered_accord_gives_the_accord_not_an_attack_on_the_broker() -> None:
    got = _tuples("The fighting ended with a Turkish-mediated deal between Kyrgyzstan and Tajikistan in 2022.")
    assert any(t == "agreement" and {"state:KGZ", "state:TJK"} <= a for t, a, _, _ in got), got
    assert all("state:TUR" not in tg for t, _, tg, _ in got if t == "attack"), got


def test_a_blast_that_kills_is_an_attack() -> None:
    got = _tuples("An explosion killed seven people at a bazaar in Quetta in June 2024.")
    assert any(t == "attack" and d == "2024-06" and "state:PAK" in tg for t, _, tg, d in got), got


def test_a_test_named_by_its_system() -> None:
    assert ("test", frozenset({"state:PAK"}), frozenset(), "2023-10") in _tuples(
        "Pakistan's Shaheen-III test in October 2023 alarmed New Delhi.")


def test_pact_is_an_accord_noun() -> None:
    got = _tuples("Pakistan's 2021 security pact with Turkey covered drones.")
    assert any(t == "agreement" and {"state:PAK", "state:TUR"} <= a | tg and d == "2021" for t, a, tg, d in got), got
