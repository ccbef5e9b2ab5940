"""Memberships and relations carried across sentences (extract/carried_bloc.py, carried_pair.py):
the bloc named in an earlier sentence of the paragraph for a sentence that names members but no
organisation; the pair named just before for "the two allies" or a reciprocal cue."""

from __future__ import annotations

from membership_pairs import OPENING, membership_facts, mems

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _rels(body: str) -> dict[tuple[str, str, str], dict]:
    out = {}
    for aa in analyse_source(Source("t.txt", OPENING + body + "\n")):
        for f in aa.extraction.facts:
            if f.type == "relation":
                a, b = sorted((f.args["a"], f.args["b"]))
                out[(a, b, f.args["kind"])] = f.inferences
    return out


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


def test_relation_noun_anaphor() -> None:
    got = _rels("Pakistan sent frigates to Türkiye for a naval review in May. "
                "In June the two allies signed an agreement on submarine maintenance.")
    assert ("state:PAK", "state:TUR", "ally") in got
    assert "previous sentence" in got[("state:PAK", "state:TUR", "ally")]["a"]


def test_reciprocal_cue_with_pair_anaphor_subject() -> None:
    assert ("state:ARM", "state:IRN", "partner") in _rels(
        "Armenia opened a consulate in Tabriz on Monday, and Iran reciprocated in Kapan. "
        "Both governments now describe each other as reliable partners.")


def test_no_pair_carried_when_ambiguous_or_past() -> None:
    # three states named before: which two is left open
    assert not any(k[2] == "ally" for k in _rels(
        "Brazil, Chile and Peru sent ministers to Lima. The two allies signed a port deal."))
    # a former alliance tells no standing relation
    assert not _rels("Pakistan sent frigates to Türkiye for a naval review. The two former allies then argued over costs.")
    # a paragraph break ends the window
    assert not _rels("Pakistan sent frigates to Türkiye for a naval review.\n\nThe two allies signed a deal.")


def test_pair_subject_named_over_two_sentences() -> None:
    got = [f for f in membership_facts("Bhutan mobilised its reserves in 1990. Nepal did not. "
                                       "Both are members of SAARC.") if f.args["organization"] == "org:saarc"]
    assert {f.args["member"] for f in got} == {"state:BTN", "state:NPL"}
    assert all("sentences before" in f.inferences["member"] for f in got)


def test_pair_subject_left_open_when_three_states_or_a_new_paragraph() -> None:
    assert not mems("Bhutan and India mobilised their reserves in 1990. Nepal did not. Both are members of SAARC.")
    assert not mems("Bhutan mobilised its reserves in 1990.\n\nNepal did not. Both are members of SAARC.")
