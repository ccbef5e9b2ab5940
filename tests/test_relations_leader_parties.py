"""Leaders as the parties of an alignment: a serving head of state or government (or foreign or
defence minister) speaks for the state ("Rahmon accused Tashkent …"); a former office holder or
a spokesperson does not.  A partnership signed by a pair of leaders or "the two sides" after a
visit, and relations raised to a partnership "between X and Y" by their leaders."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def _pairs(body: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in _rels(body)}


def test_serving_leader_speaks_for_the_state() -> None:
    got = _rels("On Monday Emomali Rahmon accused Tashkent of stoking unrest along the border.")
    assert any({a, b} == {"state:TJK", "state:UZB"} and k == "rival" for a, b, k in got)


def test_former_leader_and_spokesperson_do_not() -> None:
    assert frozenset(("state:PAK", "state:USA")) not in _pairs(
        "On Monday Imran Khan accused Washington of plotting against him.")
    assert frozenset(("state:RUS", "state:FRA")) not in _pairs(
        "On Monday Maria Zakharova accused Paris of stoking confrontation.")


def test_leaders_sign_a_partnership() -> None:
    assert frozenset(("state:KAZ", "state:UZB")) in _pairs(
        "In Tashkent, Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a comprehensive strategic partnership.")
    # "the two sides" after a visit: the visitor and the host
    assert frozenset(("state:KAZ", "state:KGZ")) in _pairs(
        "When Tokayev visited Bishkek in May, the two sides signed an enhanced strategic partnership.")


def test_partnership_signing_near_misses() -> None:
    # a partnership with a company, signed by one state, is no relation between states
    assert not _pairs("Kazakhstan signed a partnership with a drone maker in Ankara.")
    # a partnership still being negotiated is not signed
    assert frozenset(("state:KAZ", "state:UZB")) not in _pairs(
        "Kazakhstan and Uzbekistan have not signed a strategic partnership.")


def test_relations_raised_between_the_named_pair() -> None:
    got = _pairs("In 2019 Tokayev and Mirziyoyev raised relations between Kazakhstan and Uzbekistan "
                 "to a comprehensive strategic partnership.")
    assert frozenset(("state:KAZ", "state:UZB")) in got
