"""A named group of states with an exception whose state carries one describing word ("all the
Central Asian states except neutral Turkmenistan belong to X"): the group less that state are
members; before, the describing word hid the exception and the whole group was dropped
(invented sentences)."""

from __future__ import annotations

from membership_pairs import mems

FOUR = {
    ("state:KAZ", "org:sco"),
    ("state:KGZ", "org:sco"),
    ("state:TJK", "org:sco"),
    ("state:UZB", "org:sco"),
}


def test_described_exception_leaves_only_that_state_out() -> None:
    got = mems("All of the Central Asian states except neutral Turkmenistan belong to the SCO.")
    assert got == FOUR


def test_described_exception_with_a_companion_phrase() -> None:
    got = mems(
        "All the Central Asian states except isolationist Turkmenistan belong, with Russia, to the SCO."
    )
    assert FOUR <= got
    assert ("state:TKM", "org:sco") not in got


def test_a_plain_exception_still_works() -> None:
    assert mems("All the Central Asian states apart from Turkmenistan belong to the SCO.") == FOUR


def test_an_exception_that_names_no_state_keeps_no_member() -> None:
    assert mems("All the Central Asian states except in wartime belong to the CIS.") == set()
