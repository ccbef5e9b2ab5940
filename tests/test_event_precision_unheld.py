"""Event nouns told as not to happen, and measures someone is exempted from, are no events (our own
sentences; extract/events/mod_negated.py, ``not_done`` in resources/ontology/modality.yaml).

Each structure has near misses that must still give the event: the same noun told as done, a
negation of another clause, a "from" phrase that names no exemption."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _events(body: str, etype: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body), etype)


def test_negated_intention_with_a_long_premodifier_is_no_meeting() -> None:
    assert not _events("Kobakhidze said on Monday his government would not seek to open European Union "
                       "membership talks before 2028.", "meeting")
    assert not _events("Kazakhstan did not sign the new long-term gas supply agreement with Russia on Monday.",
                       "agreement")


def test_denied_plan_is_no_meeting() -> None:
    assert not _events("Pakistan has no plans for another round of talks with Afghanistan, the defence "
                       "minister said on Monday.", "meeting")
    assert not _events("Baku has no intention of holding talks with Yerevan on the matter, an aide said on "
                       "Monday.", "meeting")


def test_noun_kept_undone_by_its_own_clause_is_no_meeting() -> None:
    assert not _events("Accession talks with the European Union would stay off the agenda until 2028, "
                       "Kobakhidze announced on Monday.", "meeting")
    assert not _events("Talks between Kyrgyzstan and Tajikistan will remain frozen until the spring, "
                       "officials said on Monday.", "meeting")


def test_subject_under_no_is_no_event() -> None:
    assert not _events("No peace treaty can be signed until Armenia changes its constitution, Aliyev said "
                       "on Monday.", "agreement")


def test_near_misses_still_give_the_meeting() -> None:
    assert _events("Georgia opened European Union membership talks on Monday, the foreign ministry said.",
                   "meeting")
    # the negation belongs to another clause: the gap before the noun holds a conjunction
    assert _events("Azerbaijan did not sign the declaration but held talks with Armenia in Almaty on Monday.",
                   "meeting")
    # "no plans" in a clause after the noun, of the talks held
    assert _events("Azerbaijani and Armenian officials held talks in Almaty on Monday, although Baku had no "
                   "plans to extend them.", "meeting")
    assert _events("Talks between Kyrgyzstan and Tajikistan resumed in Bishkek on Monday after a pause.",
                   "meeting")


def test_measure_exempted_from_is_no_sanction() -> None:
    assert not _events("Washington exempted the Chabahar terminal from its sanctions on Iran on Monday.",
                       "sanction")
    assert not _events("India secured a six-month waiver from United States sanctions on Iran on Monday.",
                       "sanction")
    assert not _events("The European Union granted Hungary an exemption from the oil sanctions against "
                       "Russia on Monday.", "sanction")


def test_near_misses_still_give_the_sanction() -> None:
    assert _events("The United States imposed sanctions on Iran's oil ministry on Monday.", "sanction")
    # the exemption is of another measure; the sanction after "but" is imposed
    assert _events("The United States exempted the port from earlier penalties but imposed new sanctions "
                   "on Iran's oil ministry on Monday.", "sanction")
    assert _events("After exempting India from its rules, Washington sanctioned Iranian shipping firms on "
                   "Monday.", "sanction")
