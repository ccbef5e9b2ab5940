"""A claim of responsibility whose subject carries an apposition with a relative clause ("X, an outlawed
group that has fought for decades, claimed responsibility") is the subject's claim: it is the attacker
of the attack told before (own sentences).  A group named inside the apposition, or a party that does
not open the sentence, is not taken for the claimant."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nQUETTA, May 4 (Test Wire) - "
LEAD = ("Gunmen attacked a bus in Pakistan's Balochistan province on Tuesday and took 20 passengers hostage, "
        "officials said.\n\n")


def _attackers(body: str) -> list[list[str]]:
    return [f.args.get("actors") or [] for f in of_type(event_facts(body, OPENING), "attack")]


def test_apposition_with_a_relative_clause_before_the_claim() -> None:
    got = _attackers(LEAD + "The Baloch Liberation Army (BLA), an outlawed group that has fought for years for "
                            "the province's independence, claimed responsibility.")
    assert ["armed:bla"] in got


def test_a_group_named_in_the_apposition_is_not_the_claimant() -> None:
    got = _attackers(LEAD + "Jaish al-Adl, which officials say is a rival of the Baloch Liberation Army, "
                            "claimed responsibility.")
    assert not any("armed:bla" in a for a in got)


def test_a_party_not_opening_the_sentence_is_no_apposed_subject() -> None:
    got = _attackers(LEAD + "According to officials in Quetta, the Baloch Liberation Army, which rarely comments "
                            "on such raids, was silent, and another group claimed responsibility.")
    assert not any("armed:bla" in a for a in got)
