"""Recall of relation structures: a pair of leaders each named with a demonym and a title ("Chinese
President X and Kyrgyz President Y agreed to raise relations to a strategic partnership"); a subject
separated from its verb by a prepositional aside ("X, outside that club, has deepened military ties
with Y"); a "while" clause with a subject of its own ("…, while Y builds … and leans on Z"); a base
kept in each of a coordinated pair or in "both countries"; a treaty tie "through" a bloc; a pair
that disputes land or water."""

from __future__ import annotations

from dateline_facts import relation_triples

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _pairs(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\n" + body + "\n"
    return {(f.args["a"], f.args["b"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def test_leaders_with_demonym_titles_as_a_pair() -> None:
    assert ("state:CHN", "state:KGZ", "partner") in _rels(
        'Chinese President Xi Jinping and Kyrgyz President Sadyr Japarov agreed on Wednesday to raise relations '
        'to a "comprehensive strategic partnership".')
    assert ("state:RUS", "state:UZB", "partner") in _rels(
        "Russian President Vladimir Putin and Uzbek President Shavkat Mirziyoyev signed a strategic partnership treaty.")
    assert ("state:ARM", "state:AZE", "rival") in _rels(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev remain bitter rivals.")


def test_leaders_pair_near_misses() -> None:
    assert not _rels("Chinese President Xi Jinping and Russian President Vladimir Putin signed a statement on Tuesday.")
    assert ("state:CHN", "state:RUS") not in _pairs(
        "Russian President Vladimir Putin and Chinese officials discussed trade; the two did not sign a partnership.")


def test_prepositional_aside_between_subject_and_verb() -> None:
    assert ("state:IRN", "state:TJK") in _pairs("Tajikistan, outside that club, has instead deepened military ties with Iran.")
    got = _pairs("Tajikistan, unlike Uzbekistan, has deepened military ties with Iran.")
    assert ("state:IRN", "state:TJK") in got and ("state:IRN", "state:UZB") not in got


def test_while_clause_with_its_own_subject() -> None:
    got = _pairs("Bishkek has turned to Turkey for drones, while Dushanbe builds aircraft at home and leans on "
                 "Russia and China for armour.")
    assert {("state:KGZ", "state:TUR"), ("state:RUS", "state:TJK"), ("state:CHN", "state:TJK")} <= got
    assert ("state:KGZ", "state:RUS") not in got and ("state:CHN", "state:KGZ") not in got
    # a participle after "while" keeps the main clause's subject: no party of its own
    assert ("state:RUS", "state:TUR") not in _pairs(
        "Kyrgyzstan has bought drones from Turkey, while continuing to rely on Russia for armour.")


def test_bases_in_each_of_a_pair() -> None:
    got = _pairs("Russia keeps military bases in both Kyrgyzstan and Tajikistan.")
    assert {("state:KGZ", "state:RUS"), ("state:RUS", "state:TJK")} <= got and ("state:KGZ", "state:TJK") not in got
    got = _pairs("Kyrgyzstan and Tajikistan are both members of the CSTO, and Russia keeps military bases in both countries.")
    assert {("state:KGZ", "state:RUS"), ("state:RUS", "state:TJK")} <= got
    assert not _pairs("Kyrgyzstan and Tajikistan signed a treaty, and Russia welcomed the deal in both countries.")


def test_treaty_tie_through_a_bloc() -> None:
    assert ("state:ARM", "state:RUS", "ally") in _rels(
        "Armenia, bound to Moscow through the Collective Security Treaty Organization, protested the sale.")
    assert ("state:ARM", "state:RUS", "ally") in _rels("Armenia is tied to Russia through the CSTO.")
    assert not _rels("Georgia is linked to Turkey by a railway through Kars.")


def test_pair_disputing_land_or_water() -> None:
    assert ("state:AFG", "state:IRN", "rival") in _rels("Iran and Afghanistan dispute the waters of the Helmand River.")
    assert ("state:KGZ", "state:TJK", "rival") in _rels("Kyrgyzstan and Tajikistan have long disputed parts of their border.")
    assert not _rels("Armenia and Azerbaijan disputed the figures released by the monitors.")
    assert not _rels("Delegations from Kyrgyzstan and Tajikistan met to discuss the disputed border.")
