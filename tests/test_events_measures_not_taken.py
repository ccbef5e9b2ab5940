"""Measures that were not taken (own sentences): a call denied ("had not talked by telephone with"), a closure
or a request inside a threat or a refusal ("threatened to seal", "declined to request"), an end to closures
("would stop closing"), visas abolished as an easing, a leader talking to foreign reporters, domestic
punishment of offenders, a halt with no party behind it (weather, a rockfall) and private money lodged with a
central bank.  Each with a near miss that must still give the measure."""

from __future__ import annotations

from event_facts import of_type, wire_event_facts


def _parties(f) -> set[str]:  # type: ignore[no-untyped-def]
    return set(f.args.get("actors") or []) | set(f.args.get("targets") or [])


def test_a_denied_call_is_no_meeting() -> None:
    facts = wire_event_facts("Officials in Tashkent said on Monday that Mirziyoyev had not talked by telephone "
                             "with Rahmon.")
    assert not any(f.modality == "asserted" for f in of_type(facts, "meeting"))
    facts = wire_event_facts("Mirziyoyev talked by telephone with Rahmon on Monday, officials said.")
    assert any({"state:UZB", "state:TJK"} <= _parties(f) for f in of_type(facts, "meeting"))


def test_closure_threatened_or_refused_is_no_closure() -> None:
    facts = wire_event_facts("Uzbekistan threatened to seal its land border with Tajikistan on Monday.")
    assert of_type(facts, "threat") and not of_type(facts, "coercion")
    facts = wire_event_facts("Kyrgyzstan said on Monday it would stop closing its checkpoints to Tajik traders.")
    assert not of_type(facts, "coercion")
    facts = wire_event_facts("Uzbekistan said on Monday it would seal its land border with Tajikistan.")
    assert of_type(facts, "coercion")


def test_request_declined_is_no_demand() -> None:
    facts = wire_event_facts("Tajikistan declined on Monday to request military help from the CSTO.")
    assert not of_type(facts, "demand")
    facts = wire_event_facts("Tajikistan said on Monday it would request military help from Russia.")
    assert any("state:RUS" in _parties(f) for f in of_type(facts, "demand"))


def test_visas_abolished_are_an_easing() -> None:
    facts = wire_event_facts("Uzbekistan on Monday scrapped visas for Tajik visitors to boost tourism.")
    assert not of_type(facts, "coercion")
    facts = wire_event_facts("Uzbekistan on Monday revoked visas issued to Tajik officials.")
    assert any("state:UZB" in f.args.get("actors", []) for f in of_type(facts, "coercion"))


def test_talking_to_foreign_reporters_is_no_meeting() -> None:
    facts = wire_event_facts("Mirziyoyev spoke to both Turkish and Iranian journalists in Samarkand on Monday.")
    assert not of_type(facts, "meeting")


def test_domestic_punishment_is_no_threat() -> None:
    facts = wire_event_facts("Rahmon said on Monday the prosecutors would punish smugglers and corrupt customs "
                             "officers.")
    assert not of_type(facts, "threat")
    facts = wire_event_facts("Rahmon vowed on Monday that Tajikistan would punish the attackers.")
    assert of_type(facts, "threat")


def test_halt_or_deposit_without_a_party_is_no_measure() -> None:
    facts = wire_event_facts("Heavy snow on Monday stopped transit of Uzbek fruit through the Kamchik pass.")
    assert not of_type(facts, "sanction")
    facts = wire_event_facts("Pension funds on Monday placed $1 billion in the central bank of Uzbekistan.")
    assert not of_type(facts, "aid")
