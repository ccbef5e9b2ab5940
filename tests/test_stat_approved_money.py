"""An amount a body approves, authorises, releases or announces for a recipient named right after
it is the recipient's figure ("the bank's board approved a $N loan for Y", "parliament
appropriated $N in aid to Y"); an amount with no recipient, or whose "for" names no actor, keeps
the clause's subject."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_approved_amount_named_for_a_recipient_is_its_figure() -> None:
    got = _stats("On Thursday the Asian Development Bank's board cleared a $250 million emergency loan for Laos.")
    assert ("state:LAO", 2.5e8, "USD") in got and ("org:adb", 2.5e8, "USD") not in got
    got = _stats("Lawmakers in Tokyo earmarked about $90 million in humanitarian assistance to Myanmar.")
    assert ("state:MMR", 9e7, "USD") in got
    got = _stats("The IMF released a further $820 million tranche to Argentina after the review.")
    assert ("state:ARG", 8.2e8, "USD") in got and ("org:imf", 8.2e8, "USD") not in got
    got = _stats("Brussels allocated 3 billion euros in reconstruction support to Syria's economy.")
    assert ("state:SYR", 3e9, "EUR") in got
    got = _stats("The finance ministry set aside 40 billion rupees, about $480 million, for Nepal this year.")
    assert ("state:NPL", 4.8e8, "USD") in got


def test_approved_amount_without_a_named_recipient_keeps_its_subject() -> None:
    got = _stats("The IMF approved a 36-month, $5 billion Extended Fund Facility in June.")
    assert ("org:imf", 5e9, "USD") in got
    got = _stats("China earmarked $40 billion for a new Silk Road fund.")
    assert ("state:CHN", 4e10, "USD") in got
    got = _stats("Seoul pledged $600 million in grants for Uzbekistan's railway plan.")
    assert ("state:KOR", 6e8, "USD") in got  # a giver's own pledge is its figure (the recipient its scope)
    got = _stats("The World Bank's budget rose to $4 billion, and Kenya's to $30 billion.")
    assert ("org:world-bank", 4e9, "USD") in got
