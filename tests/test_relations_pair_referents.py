"""A pair of states referred to again: "the two sides" of a visit or meeting (the visitor's state,
a person standing for his country, and its host, a capital or seat of government standing for
its state; an alternative set aside, "rather than X", is no party), a relation noun after
"between" ("relations between the two strategic partners"), "they" opening a clause of a sentence
that began with the pair, and a relation noun "of both capitals"."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def test_two_sides_of_a_visit() -> None:
    assert ("state:CHN", "state:MDV", "partner") in _rels(
        "Mohamed Muizzu, meanwhile, was in China. During his state visit the two sides raised relations "
        "to a comprehensive strategic partnership.")
    assert ("state:IND", "state:LKA", "partner") in _rels(
        "Narendra Modi came to Colombo in April, and the two governments signed their first memorandum of "
        "understanding on defence cooperation.")
    assert ("state:CHN", "state:MDV", "partner") in _rels(
        "That month Mohamed Muizzu chose Beijing rather than New Delhi for his first state visit, and the two "
        "governments raised their ties to a strategic partnership.")


def test_two_sides_near_misses() -> None:
    # no visit or meeting told: "the two sides" is left alone
    assert not _rels("Kenya exports tea. Peru exports copper. The two sides raised relations to a strategic partnership.")
    # three states around the visit: which two is unclear
    assert not _rels("Narendra Modi visited Colombo and Lima. The two sides raised relations to a strategic partnership.")


def test_relation_noun_after_between() -> None:
    assert ("state:CHN", "state:RUS", "partner") in _rels(
        "Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Astana. Putin said "
        "relations between the two strategic partners were at their best.")
    assert not _rels("Kenya and Peru met in Lima. Trade between the two partners grew.")


def test_they_after_the_sentence_s_pair() -> None:
    got = _rels("Kenya and Peru call each other strategic partners, but in Africa they are rivals.")
    assert ("state:KEN", "state:PER", "rival") in got
    # the pair is not the sentence's coordinated subject: "they" is left alone
    assert ("state:KEN", "state:PER", "rival") not in _rels("Kenya sold tea to Peru, but they are rivals.")


def test_relation_noun_of_a_pair_anaphor() -> None:
    got = _rels("Kyrgyzstan and Tajikistan met in Osh. The clash embarrassed Moscow, a treaty ally of both capitals.")
    assert {("state:KGZ", "state:RUS", "ally"), ("state:RUS", "state:TJK", "ally")} <= got
    got = _rels("Kyrgyzstan and Tajikistan met in Osh. Russia is a partner of both sides of the debate.")
    assert ("state:KGZ", "state:RUS", "partner") not in got
