"""Memberships whose member is an anaphor next to its cue: "of which it is a member alongside Y"
(the pronoun and the co-members both), "X calls Y an ally, and the two countries remain bound by
ORG" (the pair named earlier in the sentence, not the first clause's subject alone), "…, where X
and Y, both members, met" (an apposition with no organisation of its own: the one named
before), and states named as exceptions ("all except X") are no members."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nASTANA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_relative_it_with_co_members() -> None:
    got = _mems("Kyrgyzstan asked for help from the Collective Security Treaty Organization, of which it is a "
                "member alongside Armenia and Belarus.")
    assert {("state:KGZ", "org:csto"), ("state:ARM", "org:csto"), ("state:BLR", "org:csto")} <= got


def test_pair_anaphor_opening_its_own_clause() -> None:
    got = _mems("Chinese diplomats call Pakistan an iron brother, and the two countries remain bound by the "
                "Shanghai Cooperation Organisation.")
    assert {("state:CHN", "org:sco"), ("state:PAK", "org:sco")} <= got


def test_pair_anaphor_near_miss_three_states() -> None:
    # three states before "the two countries": which two is not told by the sentence
    got = _mems("Russia praised Armenia and Azerbaijan, and the two countries remain bound by the "
                "Commonwealth of Independent States.")
    assert ("state:RUS", "org:cis") not in got


def test_bare_members_apposition_takes_the_organisation_named_before() -> None:
    got = _mems("The Eurasian Economic Union held its summit in Minsk, where Armenia and Kyrgyzstan, both "
                "members, argued over tariffs.")
    assert {("state:ARM", "org:eaeu"), ("state:KGZ", "org:eaeu")} <= got


def test_bare_members_apposition_near_miss() -> None:
    # no organisation in the sentence or the paragraph before: nothing to be a member of
    assert not _mems("Diplomats gathered in Minsk, where Armenia and Kyrgyzstan, both guests, argued over tariffs.")


def test_states_named_as_exceptions_are_no_members() -> None:
    got = _mems("Every Central Asian state except Turkmenistan belongs to the Shanghai Cooperation Organisation.")
    assert ("state:TKM", "org:sco") not in got
    got = _mems("All the neighbours apart from Iran and Afghanistan are members of the Collective Security "
                "Treaty Organization, and Armenia is one too.")
    assert ("state:IRN", "org:csto") not in got and ("state:AFG", "org:csto") not in got
    assert ("state:KAZ", "org:sco") in _mems("Kazakhstan, unlike Turkmenistan, belongs to the Shanghai "
                                             "Cooperation Organisation.")
