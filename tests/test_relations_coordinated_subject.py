"""Subjects found past the usual shapes: a coordinated verb phrase ("Yerevan asked … and appealed
to Moscow under a treaty"), a colon's focus as "the country" ("The shift is clearest in X: …
the country's imports"); a host of a "ground force"; an "arms relationship with"; no
relation from a war "fought elsewhere"."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nRIGA, 3 March 2024 — ")


def test_coordinated_verb_phrase_subject() -> None:
    assert ("state:GEO", "state:UKR", "ally") in _rels(
        "On Tuesday Tbilisi formally asked the UN for help and appealed to Kyiv under a 2001 friendship treaty.")
    assert ("state:LVA", "state:RUS", "rival") in _rels("Latvia bought drones from Poland and accused Russia of meddling.")
    # a second clause with its own subject
    assert ("state:LVA", "state:RUS", "rival") not in _rels(
        "The deal with Latvia collapsed and Russia accused Poland of meddling.")


def test_colon_focus_is_the_country() -> None:
    got = _rels("Estonia buys abroad. The clearest shift is in Latvia: Sweden supplied most of the country's "
                "major arms imports in 2015–2019.")
    assert ("state:LVA", "state:SWE", "partner") in got
    assert not any("state:EST" in (a, b) for a, b, _ in got)


def test_host_force_and_arms_relationship() -> None:
    assert ("state:LVA", "state:USA", "partner") in _rels("Latvia hosts America's largest ground force in the Baltics.")
    assert ("state:LVA", "state:POL", "partner") in _rels("Riga's arms relationship with Warsaw is old.")
    assert not _rels("Latvia hosts Europe's largest labour force in the Baltics.")


def test_war_fought_elsewhere_is_no_pair() -> None:
    assert not any(k == "adversary" for _a, _b, k in _rels(
        "The sea serves Latvia and Estonia as a corridor for a war fought elsewhere."))


def test_apposition_between_pair_and_verb() -> None:
    assert ("state:EST", "state:LVA", "adversary") in _rels(
        "In 2031 Latvia and Estonia, neighbours that had never before fired on each other, traded rocket and drone strikes.")
    assert not _rels("Latvia and Estonia, neighbours that share a border, traded goods.")


def test_participle_clause_subject() -> None:
    assert ("state:BOL", "state:PER", "rival") in _rels("Peru sold copper to Chile, while regarding Bolivia as a rival.")
    assert not _rels("The report, while regarding Bolivia as a rival, praised Chile.")
