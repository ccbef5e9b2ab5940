"""Statements that lay a charge are accusations: a claim then named as a charge ("…, an accusation Y
rejected"), blame laid with "held X responsible", and complements that tell sponsored terrorism, armed
groups financed by another state or unrest financed from abroad.  Near misses: a claim confirmed or
proved true, talks held, a court holding a person responsible, a plain report of a road reopened.
Own sentences."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def _accusations(body: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(event_facts(body), "accusation")]


def test_a_claim_named_a_charge_or_accusation_is_an_accusation() -> None:
    for body in (
        "On 6 March 2024 Baku said Yerevan had moved heavy guns to the villages, an accusation Armenia rejected.",
        "On 7 March 2024 Islamabad said the bombers had trained on Afghan soil, a charge Kabul dismissed.",
        "On 8 March 2024 Astana said Moscow had armed the rebels in the north, an allegation the Kremlin denied.",
    ):
        (acc,) = _accusations(body)
        assert acc["date"] == "2024-03-0" + body[3]


def test_held_a_party_responsible_is_an_accusation_of_that_party() -> None:
    (acc,) = _accusations("On 4 March 2024 Tashkent held Dushanbe responsible for the closure of the border.")
    assert acc["actors"] == ["state:UZB"] and acc["targets"] == ["state:TJK"]
    (acc,) = _accusations("On 9 May 2024 Yerevan held Baku fully accountable for the deaths of two farmers.")
    assert acc["targets"] == ["state:AZE"]


def test_complements_telling_sponsored_terror_or_foreign_money_retype_a_statement() -> None:
    for body in (
        "On 12 March 2024 India said Pakistan was sponsoring terrorism across the frontier.",
        "On 12 March 2024 Ankara said Athens was involved in supporting separatism in the region.",
        "On 12 March 2024 Kazakhstan said Russia had been financing separatist groups in the north.",
        "On 12 March 2024 the Georgian government said the rallies were being financed from abroad.",
    ):
        assert event_types(event_facts(body)) == ["accusation"], body


def test_near_misses_make_no_accusation() -> None:
    for body in (
        "On 13 March 2024 Bishkek said Tajikistan had opened the road again, a step Dushanbe confirmed.",
        "On 17 March 2024 Uzbekistan said Kazakhstan had built a new bridge, a claim that proved true.",
        "On 14 March 2024 Iran held talks with Pakistan on border trade.",
        "On 16 March 2024 a court in Tashkent held the former minister responsible for the losses.",
        "On 18 March 2024 Baku said the new road had been financed by a loan from the Asian Development Bank.",
    ):
        assert not _accusations(body), body
