"""Memberships carried across sentences (extract/carried_bloc.py): the bloc named in an earlier
sentence of the paragraph for a sentence that names members but no organisation; the pair named
in the nearest earlier sentences for "Both are members of ORG" the one-sentence cues left open."""

from __future__ import annotations

from membership_pairs import membership_facts, mems


def test_members_of_the_bloc_named_before() -> None:
    got = mems("The Collective Security Treaty Organization opened its autumn session in Minsk. "
               "Armenia and Tajikistan are members together with Belarus, and all three sent delegations.")
    assert {("state:ARM", "org:csto"), ("state:TJK", "org:csto"), ("state:BLR", "org:csto")} <= got


def test_possessive_and_apposition_members() -> None:
    assert {("state:KAZ", "org:sco"), ("state:UZB", "org:sco")} <= mems(
        "The Shanghai Cooperation Organisation issued a statement on water security. "
        "Its members Kazakhstan and Uzbekistan drafted most of it.")
    assert ("state:KGZ", "org:eaeu") in mems(
        "The Eurasian Economic Union revised its tariff schedule last week. "
        "Kyrgyzstan, a member state, asked for an exemption on cotton.")


def test_carried_bloc_is_an_inference() -> None:
    fs = [f for f in membership_facts(
        "The Eurasian Economic Union revised its tariff schedule last week. "
        "Kyrgyzstan and Armenia, both members, asked for an exemption on cotton.") if f.args["member"] == "state:KGZ"]
    assert fs and "previous sentence" in fs[0].inferences["organization"]


def test_no_carry_across_paragraphs_or_between_two_blocs() -> None:
    assert not mems("The CSTO held a drill in Kyrgyzstan in March.\n\n"
                    "Mongolia is a member, officials in Ulaanbaatar said.")
    assert ("state:MNG", "org:sco") not in mems(
        "The SCO and the CSTO both met in Astana in July. Mongolia is a member, officials said.")
    assert ("state:MNG", "org:csto") not in mems(
        "The SCO and the CSTO both met in Astana in July. Mongolia is a member, officials said.")


def test_no_carry_when_denied_or_named() -> None:
    assert not mems("The CSTO held a drill in Kyrgyzstan in March. Mongolia is not a member.")
    # the sentence names its own organisation: the one-sentence cues decide
    assert ("state:MNG", "org:csto") not in mems(
        "The CSTO held a drill in Kyrgyzstan in March. Mongolia is a member of the UN.")


def test_pair_subject_named_over_two_sentences() -> None:
    got = [f for f in membership_facts("Bhutan mobilised its reserves in 1990. Nepal did not. "
                                       "Both are members of SAARC.") if f.args["organization"] == "org:saarc"]
    assert {f.args["member"] for f in got} == {"state:BTN", "state:NPL"}
    assert all("sentences before" in f.inferences["member"] for f in got)


def test_pair_subject_left_open_when_three_states_or_a_new_paragraph() -> None:
    assert not mems("Bhutan and India mobilised their reserves in 1990. Nepal did not. Both are members of SAARC.")
    assert not mems("Bhutan mobilised its reserves in 1990.\n\nNepal did not. Both are members of SAARC.")
