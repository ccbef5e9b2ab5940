"""A closed group of states named instead of its members ("the five Central Asian states",
"the Baltic states", "both Koreas", "the C5") stands for each member in a membership, with the
inference recorded; exceptions leave members out, a count must agree with the group, and a part
of the group ("most", "some of", "such as X", a restrictive clause) gives none of it."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source

CA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def _facts(body: str) -> list[Fact]:
    text = "Blocs of the region\n\nBy Test Writer\nMay 4, 2025\n\n" + body + "\n"
    return [f for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts
            if f.type == "membership"]


def _members(body: str, org: str) -> set[str]:
    return {str(f.args["member"]).split(":")[1] for f in _facts(body) if f.args["organization"] == f"org:{org}"}


def test_counted_group_in_apposition_gives_each_member_with_inference() -> None:
    facts = _facts("The five Central Asian states, all members of the CIS, met in Almaty on Tuesday.")
    assert {str(f.args["member"]).split(":")[1] for f in facts if f.args["organization"] == "org:cis"} == CA
    for f in facts:
        assert f.inferences.get("member") == "one of 'The five Central Asian states'"


def test_exception_after_the_clause_leaves_a_member_out() -> None:
    assert _members("All five Central Asian republics belong to the SCO except Turkmenistan.", "sco") == CA - {"TKM"}
    assert _members("All Central Asian states but Turkmenistan are members of the CSTO.", "csto") == CA - {"TKM"}
    assert _members("With the exception of Tajikistan, all five Central Asian states are OTS members.",
                    "ots") == CA - {"TJK"}


def test_count_of_the_group_less_its_exception() -> None:
    assert _members("The four Central Asian states other than Turkmenistan belong to the Economic "
                    "Cooperation Organization.", "eco") == CA - {"TKM"}


def test_named_groups_and_pairs() -> None:
    assert _members("The Baltic states joined NATO in 2004.", "nato") == {"EST", "LVA", "LTU"}
    assert _members("Both Koreas joined the United Nations in 1991.", "un") == {"KOR", "PRK"}
    assert _members("The C5 are all members of the OSCE.", "osce") == CA
    assert _members("The six Gulf monarchies make up the Gulf Cooperation Council.", "gcc") == \
        {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}


def test_a_state_and_the_other_members_of_its_group() -> None:
    assert _members("Uzbekistan and the four other Central Asian republics belong to the CIS.", "cis") == CA


def test_group_after_a_list_cue() -> None:
    assert _members("NATO counts the three Baltic states among its members.", "nato") == {"EST", "LVA", "LTU"}


def test_count_that_disagrees_gives_nothing() -> None:
    assert _members("The four Central Asian states are members of the CIS.", "cis") == set()
    assert _members("Four Central Asian republics belong to the SCO.", "sco") == set()
    assert _members("The two Baltic states are members of NATO.", "nato") == set()


def test_part_of_a_group_gives_nothing() -> None:
    assert _members("Some Central Asian states are members of the Eurasian Economic Union.", "eaeu") == set()
    assert _members("Most of the Central Asian states belong to the CSTO.", "csto") == set()
    assert _members("Several Gulf states are members of OPEC.", "opec") == set()
    assert _members("None of the Central Asian states is a member of NATO.", "nato") == set()
    assert _members("Two of the three South Caucasus states are members of the CSTO.", "csto") == set()
    assert _members("The Gulf states are members of OPEC.", "opec") == set()  # a loose term


def test_restrictive_clause_gives_neither_the_group_nor_its_object() -> None:
    assert _members("The Central Asian states that border Afghanistan are members of the CSTO.", "csto") == set()


def test_named_examples_give_only_the_named() -> None:
    assert _members("Central Asian states such as Kazakhstan belong to the Eurasian Economic Union.",
                    "eaeu") == {"KAZ"}
    assert _members("Of the five Central Asian states, only Kazakhstan and Kyrgyzstan belong to the "
                    "Eurasian Economic Union.", "eaeu") == {"KAZ", "KGZ"}


def test_denied_or_unreal_membership_gives_nothing() -> None:
    assert _members("The Central Asian states are not members of NATO.", "nato") == set()
    assert _members("Russia wants the Central Asian states to join the Eurasian Economic Union.", "eaeu") == set()
    assert _members("The Baltic states urged Georgia to join NATO.", "nato") == set()
