"""State measures and exchanges (own sentences): gerund and modal forms of closures, visa and trade measures,
treaties held in abeyance, calls told by their medium, requests for help, threats of war or punishment, money
lent or placed with a state; a coordinated list of measures aimed at a party is one event per measure.  Near
misses: reopening, issuing visas, trade growing, a copper deposit, one domestic act told with two verbs."""

from __future__ import annotations

from event_facts import of_type, wire_event_facts


def _parties(f) -> set[str]:  # type: ignore[no-untyped-def]
    return set(f.args.get("actors") or []) | set(f.args.get("targets") or [])


def test_gerund_closure_and_trade_suspension_are_measures() -> None:
    facts = wire_event_facts("Tajikistan answered on Tuesday by closing its airspace to Kyrgyz carriers and "
                             "suspending all trade with Kyrgyzstan.")
    assert any({"state:TJK", "state:KGZ"} <= _parties(f) for f in of_type(facts, "coercion"))
    assert any({"state:TJK", "state:KGZ"} <= _parties(f) for f in of_type(facts, "sanction"))


def test_planned_crossing_closure_and_treaty_in_abeyance() -> None:
    facts = wire_event_facts("Uzbekistan said on Tuesday it would keep the 1998 water accord with Tajikistan in "
                             "abeyance and close the main road crossing.")
    assert any("state:UZB" in f.args.get("actors", []) for f in of_type(facts, "sanction"))
    assert any("state:UZB" in f.args.get("actors", []) for f in of_type(facts, "coercion"))


def test_visas_revoked_and_long_persona_non_grata_object() -> None:
    facts = wire_event_facts("Georgia on Tuesday revoked all visas held by Belarusian nationals.")
    assert any("state:GEO" in f.args.get("actors", []) for f in of_type(facts, "coercion"))
    facts = wire_event_facts("Armenia on Tuesday declared the military, naval and trade attachés at the embassy of "
                             "Belarus in Yerevan persona non grata.")
    assert any("state:ARM" in f.args.get("actors", []) for f in of_type(facts, "coercion"))


def test_listed_measures_against_a_party_are_one_event_each() -> None:
    facts = wire_event_facts("Azerbaijan on Tuesday shut the Astara crossing, cancelled visas issued to Iranian "
                             "nationals and expelled Iranian diplomats.")
    got = [f for f in of_type(facts, "coercion") if "state:AZE" in f.args.get("actors", [])]
    assert len(got) >= 2


def test_requests_told_in_bare_and_gerund_forms_are_demands() -> None:
    facts = wire_event_facts("Kyrgyzstan said on Tuesday it would request assistance from Kazakhstan, appeal to "
                             "the Collective Security Treaty Organization and ask the UN Security Council to act.")
    got = of_type(facts, "demand")
    assert {"state:KAZ", "org:csto", "org:unsc"} <= set().union(*(_parties(f) for f in got))


def test_call_told_by_its_medium_is_a_meeting() -> None:
    facts = wire_event_facts("Turkmen President Serdar Berdimuhamedov discussed gas prices by phone with Uzbek "
                             "President Shavkat Mirziyoyev on Tuesday.")
    assert any({"state:TKM", "state:UZB"} & _parties(f) for f in of_type(facts, "meeting"))


def test_act_of_war_and_punishment_in_speech_are_threats() -> None:
    facts = wire_event_facts("Tajikistan said on Tuesday that any new dam on the river would be regarded as an act "
                             "of war.")
    assert any("state:TJK" in f.args.get("actors", []) for f in of_type(facts, "threat"))
    facts = wire_event_facts("Tokayev said on Tuesday that Kazakhstan would find and punish the organisers.")
    assert any("state:KAZ" in f.args.get("actors", []) for f in of_type(facts, "threat"))


def test_money_placed_or_paid_to_a_state_is_aid() -> None:
    facts = wire_event_facts("Qatar deposited US$ 1 billion with the central bank of Egypt on Tuesday.")
    assert any({"state:QAT", "state:EGY"} <= _parties(f) for f in of_type(facts, "aid"))
    facts = wire_event_facts("The Asian Development Bank disbursed US$ 200 million to Kyrgyzstan on Tuesday.")
    assert any("state:KGZ" in _parties(f) for f in of_type(facts, "aid"))
    facts = wire_event_facts("The International Monetary Fund approved a tranche of US$ 700 million for Egypt on "
                             "Tuesday.")
    assert any("state:EGY" in _parties(f) for f in of_type(facts, "aid"))


def test_near_misses_make_no_measure() -> None:
    for body, etype in (("Tajikistan reopened its airspace to Kyrgyz carriers on Tuesday.", "coercion"),
                        ("Georgia issued visas to Belarusian students on Tuesday.", "coercion"),
                        ("Trade with Kazakhstan grew by 4 percent on Tuesday, the ministry said.", "sanction"),
                        ("Geologists found a copper deposit of 2 billion tonnes in Kyrgyzstan on Tuesday.", "aid"),
                        ("The company repaired phone lines in Osh on Tuesday.", "meeting"),
                        ("Tajikistan said on Tuesday that the new dam would be regarded as a national treasure.",
                         "threat")):
        assert not of_type(wire_event_facts(body), etype), body


def test_a_domestic_act_told_with_two_verbs_stays_one_event() -> None:
    facts = wire_event_facts("On Tuesday police raided the office of a newspaper in Bishkek and detained its "
                             "editor.")
    assert len(of_type(facts, "coercion")) <= 1
