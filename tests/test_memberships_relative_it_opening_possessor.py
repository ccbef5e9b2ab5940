"""A relative clause's "it" on an organisation ("ORG, which it joined", "ORG, of which it is a
member") stands for the state whose possessive opens the sentence, not for the previous
sentence's subject (own sentences); another state named as a subject before the pronoun takes it."""

from __future__ import annotations

from dateline_facts import members


def test_opening_possessor_over_the_previous_subject() -> None:
    found = members("Turkmenistan quit the CIS as a full member in 2005. "
                    "Tajikistan's weight in the CSTO, which it joined in 1992, keeps rising.")
    assert ("state:TJK", "org:csto") in found
    assert ("state:TKM", "org:csto") not in found
    found = members("Kazakhstan hosted the summit.\n\nUzbekistan's ties to the SCO, which it co-founded in 2001, are deep.")
    assert ("state:UZB", "org:sco") in found
    assert ("state:KAZ", "org:sco") not in found


def test_of_which_it_is_a_member() -> None:
    found = members("Russia attacked Ukraine.\n\n"
                    "Kazakhstan's weight in the CSTO, of which it is a founding member, has grown.")
    assert ("state:KAZ", "org:csto") in found
    assert ("state:RUS", "org:csto") not in found


def test_its_still_refers_back_and_a_named_subject_wins() -> None:
    # "Its" opening the sentence: the state the previous sentence is about
    assert ("state:KAZ", "org:sco") in members("Kazakhstan hosted the summit.\n\n"
                                               "Its ties to the SCO, which it co-founded in 2001, are deep.")
    # a state named as a subject between the possessor and the pronoun is the antecedent
    found = members("Kazakhstan's envoy said Uzbekistan now belongs to the SCO, which it co-founded in 2001.")
    assert ("state:UZB", "org:sco") in found
