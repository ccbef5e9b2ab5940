"""Co-members named as companions of a membership (own sentences): each coordinated group of
organisations takes the states named right after it ("sits in A and B with X, and in C with Y"),
a companion phrase after a pronoun subject's cue ("it joined A in 1995, together with X"), and the
near misses: a companion phrase in a later clause belongs to that clause's cue only, a possessor
after "with" is no co-member."""

from __future__ import annotations

from dateline_facts import members


def test_companions_per_coordinated_group() -> None:
    found = members("Nepal sits in SAARC and the WTO with India and Bhutan, and in BIMSTEC with Thailand and Myanmar.")
    for org in ("org:saarc", "org:wto"):
        assert {("state:NPL", org), ("state:IND", org), ("state:BTN", org)} <= found
    assert {("state:NPL", "org:bimstec"), ("state:THA", "org:bimstec"), ("state:MMR", "org:bimstec")} <= found
    # the companions of the first group are not members of the second
    assert ("state:IND", "org:bimstec") not in found
    assert ("state:THA", "org:saarc") not in found


def test_companion_after_a_pronoun_subject() -> None:
    found = members("Nepal is a mountain state. It joined SAARC as a full member in 1985, together with Bhutan.")
    assert {("state:NPL", "org:saarc"), ("state:BTN", "org:saarc")} <= found


def test_companion_phrase_belongs_to_its_own_clause() -> None:
    found = members("Iran became a member of the SCO in 2023, after years as an observer, "
                    "and joined BRICS in 2024, alongside Egypt and Ethiopia.")
    assert {("state:IRN", "org:sco"), ("state:IRN", "org:brics"), ("state:EGY", "org:brics"),
            ("state:ETH", "org:brics")} <= found
    assert ("state:EGY", "org:sco") not in found
    assert ("state:ETH", "org:sco") not in found


def test_possessor_after_with_is_no_co_member() -> None:
    found = members("Kazakhstan belongs to the CSTO with Russia's backing.")
    assert ("state:KAZ", "org:csto") in found
    assert ("state:RUS", "org:csto") not in found
