"""Agreements, accreditation and two accords in one sentence across constructions: an accord adopted by a
verb that alone names no accord ("endorsed a protocol", "concluded a pact"), its verb in the passive or a
reduced relative ("a protocol concluded by A and B", "the roadmap approved by A and B"), a gerund after the
main event ("met B before signing a trade agreement"), the content agreed ("agreed a five-point consensus",
"agreed on six points", "arrived at an agreement"), the place before what was agreed ("agreed in Tbilisi to
…"), envoys accepted (support, as the golds read recognition) and a second document signed in its own
clause by other hands.  Each with near misses that must not read the construction.  Own sentences
(dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import dated_parties, event_facts

from silkgraph.model import Fact


def _agreements(body: str, etype: str = "agreement") -> list[tuple[str | None, tuple[str, ...]]]:
    return dated_parties(body, etype)


def _types(body: str) -> list[str]:
    facts: list[Fact] = event_facts(body)
    return sorted(f.args["event_type"] for f in facts if f.modality in ("asserted", "reported"))


KAZ_UZB = ("state:KAZ", "state:UZB")


# --- a verb that names an accord only with one as its object ----------------------------------

def test_endorsed_a_protocol_with_a_partner_is_an_agreement() -> None:
    body = "Kazakhstan endorsed a transit protocol with Uzbekistan on 2 July."
    assert _agreements(body) == [("2024-07-02", KAZ_UZB)]


def test_concluded_an_accord_is_an_agreement() -> None:
    body = "On 2 July Kazakhstan and Uzbekistan concluded a water accord."
    assert _agreements(body) == [("2024-07-02", KAZ_UZB)]


def test_endorsed_a_person_is_no_agreement() -> None:
    body = "Kazakhstan endorsed the candidate of Uzbekistan on 2 July."
    assert _agreements(body) == []


def test_concluded_a_visit_is_no_agreement() -> None:
    body = "The president of Kazakhstan concluded a visit to Uzbekistan on 2 July."
    assert _agreements(body) == []


# --- passive and reduced relative ---------------------------------------------------------------

def test_an_accord_concluded_by_two_parties() -> None:
    body = "A framework agreement on energy was concluded by Kazakhstan and Uzbekistan on 2 July."
    assert _agreements(body) == [("2024-07-02", KAZ_UZB)]


def test_a_roadmap_approved_by_two_parties_in_a_reduced_relative() -> None:
    body = "The roadmap approved by Kazakhstan and Uzbekistan in March 2021 opened the border to trucks."
    assert _agreements(body) == [("2021-03", KAZ_UZB)]


def test_a_protocol_between_two_parties_with_its_year() -> None:
    body = "The 2021 protocol between Kazakhstan and Uzbekistan opened the border to trucks."
    assert _agreements(body) == [("2021", KAZ_UZB)]


def test_a_victory_sealed_by_a_ceasefire_is_no_new_accord() -> None:
    body = "Kazakhstan's win, sealed by a deal on 2 July, angered Uzbekistan."
    assert all(d != "2024-07-02" or len(p) < 2 for d, p in _agreements(body))


def test_a_medical_protocol_is_no_accord() -> None:
    body = "Doctors in Kazakhstan and Uzbekistan followed the protocol on 2 July."
    assert _agreements(body) == []


# --- the gerund after the main event ----------------------------------------------------------

def test_met_before_signing_a_trade_agreement_is_two_events() -> None:
    body = "The president of Kazakhstan met the leader of Uzbekistan on 2 July before signing a trade agreement."
    assert "agreement" in _types(body) and "meeting" in _types(body)


def test_before_signing_a_letter_is_no_agreement() -> None:
    body = "The president of Kazakhstan met the leader of Uzbekistan on 2 July before signing autographs."
    assert "agreement" not in _types(body)


# --- what was agreed, where it was agreed -------------------------------------------------------

def test_agreed_a_five_point_consensus() -> None:
    assert _agreements("Kazakhstan and Uzbekistan agreed a five-point consensus on 2 July.") == \
        [("2024-07-02", KAZ_UZB)]


def test_agreed_on_six_points() -> None:
    assert _agreements("On 2 July Kazakhstan and Uzbekistan agreed on six points.") == [("2024-07-02", KAZ_UZB)]


def test_arrived_at_an_agreement() -> None:
    body = "Kazakh and Uzbek negotiators arrived at an agreement on border patrols on 2 July."
    assert _agreements(body) == [("2024-07-02", KAZ_UZB)]


def test_came_to_a_conclusion_is_no_agreement() -> None:
    body = "Critics in Kazakhstan and Uzbekistan came to the conclusion on 2 July that the plan had failed."
    assert _agreements(body) == []


def test_agreed_in_a_capital_to_do_something() -> None:
    body = "Kazakhstan and Uzbekistan agreed in Tashkent on 2 July to reopen the rail link."
    assert _agreements(body) == [("2024-07-02", KAZ_UZB)]


def test_agreed_in_a_capital_that_is_a_view_shared() -> None:
    body = "Analysts in Kazakhstan agreed in Tashkent on 2 July that Uzbekistan would object."
    assert _agreements(body) == []


def test_adopted_a_trilateral_declaration_after_meeting() -> None:
    body = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on 2 July and adopted a trilateral " \
           "declaration."
    assert _types(body) == ["agreement", "meeting"]


# --- envoys accepted -----------------------------------------------------------------------------

def test_accepted_the_credentials_of_an_envoy_is_support() -> None:
    body = "Kazakhstan accepted the credentials of the new ambassador of Uzbekistan on 2 July."
    assert "support" in _types(body) and "meeting" not in _types(body)


def test_accepted_an_ambassador_is_support() -> None:
    assert "support" in _types("Kazakhstan accepted an Uzbek ambassador on 2 July.")


def test_accepted_an_ambassadors_apology_is_no_support() -> None:
    body = "Kazakhstan accepted the ambassador's apology on 2 July after the row with Uzbekistan."
    assert "support" not in _types(body)


def test_received_the_credentials_in_person_is_a_meeting() -> None:
    body = "The president of Kazakhstan received the credentials of the new ambassador of Uzbekistan on 2 July."
    assert "meeting" in _types(body)


# --- a second document in its own clause -------------------------------------------------------

def test_a_second_document_signed_by_other_hands_is_a_second_agreement() -> None:
    body = "Kazakhstan and Uzbekistan signed a joint declaration with France on 2 July, and their foreign " \
           "ministers initialled a border treaty."
    got = _agreements(body)
    assert len(got) == 2 and {d for d, _p in got} == {"2024-07-02"}


def test_one_ceremony_of_several_documents_is_one_agreement() -> None:
    body = "Kazakhstan and Uzbekistan signed eight documents on 2 July, including a treaty on the border and a " \
           "protocol on transit."
    assert len(_agreements(body)) == 1


def test_a_signing_followed_by_talks_of_ministers_is_one_agreement() -> None:
    body = "Kazakhstan and Uzbekistan signed a border treaty on 2 July, and their ministers discussed water."
    assert len(_agreements(body)) == 1
