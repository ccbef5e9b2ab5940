"""Memberships of several states at once and the precision of their subjects and objects: a
"they" chained to a pair anaphor, a companion after "with" that is no subject of a later verb,
"one of the N members of X with A, B and C", counted group subjects ("All three belong to"),
"sits beside Y in X", reduced relatives "X, launched in 2001 by A and B", a second coordinated
predicate noun, an abbreviation between a bloc and "which groups", a possessor antecedent of
"its"; and no organisation that is not named in the sentence when the object is a name of its
own or a passive "joined by" (invented sentences)."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str, roles: bool = False) -> set[tuple[str, ...]]:
    text = "Regional note\n\nBy Dana Ortiz\nMarch 4, 2025\n\nDiplomacy grew busier this spring. " + body + "\n"
    out: set[tuple[str, ...]] = set()
    for aa in analyse_source(Source("test.txt", text)):
        for f in aa.extraction.facts:
            if f.type == "membership" and f.modality not in ("hypothetical", "recommended"):
                key = (f.args["member"], f.args["organization"])
                out.add(key + (f.args["role"],) if roles else key)
    return out


def test_they_chained_to_a_pair_anaphor_and_with_companion() -> None:
    got = _mems("Officials in Ankara praised the United States. Pakistan and Iran signed a border accord. "
                "Both states also share several regional frames. They founded the ECO with Turkey in 1985, "
                "belong to the OIC, and sit together in the SCO.")
    assert {("state:PAK", "org:eco"), ("state:IRN", "org:eco"), ("state:TUR", "org:eco"),
            ("state:PAK", "org:oic"), ("state:IRN", "org:oic"),
            ("state:PAK", "org:sco"), ("state:IRN", "org:sco")} <= got
    # the companion of the founding is no subject of "belong to"; the state named further back is no referent
    assert ("state:TUR", "org:oic") not in got
    assert not {m for m, _ in got} & {"state:USA"}


def test_one_of_the_n_members_with_a_list() -> None:
    got = _mems("Mongolia hosted the talks on Monday. India is also one of the four members of the Quad "
                "with the United States, Japan and Australia.")
    assert {("state:IND", "org:quad"), ("state:USA", "org:quad"), ("state:JPN", "org:quad"),
            ("state:AUS", "org:quad")} <= got
    assert ("state:MNG", "org:quad") not in got


@pytest.mark.parametrize(("body", "want", "not_want"), [
    ("Armenia, Belarus and Tajikistan met in Minsk on Monday. All three belong to the CSTO.",
     {("state:ARM", "org:csto"), ("state:BLR", "org:csto"), ("state:TJK", "org:csto")}, set()),
    # the count does not agree: another group
    ("Armenia and Belarus met in Minsk on Monday. All three belong to the CSTO.",
     set(), {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("Armenia and Belarus met in Minsk on Monday. All states belong to the CSTO.",
     set(), {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
])
def test_counted_group_subject(body: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _mems(body)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(("body", "want"), [
    ("Iran sits beside China in the SCO and BRICS.",
     {("state:IRN", "org:sco"), ("state:CHN", "org:sco"), ("state:IRN", "org:brics"), ("state:CHN", "org:brics")}),
    ("The Eurasian Economic Union (EAEU), launched in 2015 by Russia, Belarus and Kazakhstan, has grown slowly.",
     {("state:RUS", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:KAZ", "org:eaeu")}),
    ("The Collective Security Treaty Organization (CSTO), which groups Russia, Armenia and Belarus, met.",
     {("state:RUS", "org:csto"), ("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("The founding members of the CIS were Russia, Belarus and Ukraine.",
     {("state:RUS", "org:cis"), ("state:BLR", "org:cis"), ("state:UKR", "org:cis")}),
])
def test_group_constructions(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _mems(body)


def test_second_coordinated_predicate_noun_takes_its_own_companions() -> None:
    got = _mems("Moldova is a founding member of the OIC and a member of BRICS alongside India and Brazil.")
    assert {("state:MDA", "org:oic"), ("state:MDA", "org:brics"), ("state:IND", "org:brics"),
            ("state:BRA", "org:brics")} <= got
    assert not {("state:IND", "org:oic"), ("state:BRA", "org:oic")} & got


def test_named_object_is_not_an_earlier_bloc() -> None:
    got = _mems("The European Union granted Georgia candidate status in 2023. Georgia joined NATO's "
                "Partnership for Peace in 1994. Kazakhstan joined the Belt and Road Initiative in 2017.",
                roles=True)
    assert ("state:GEO", "program:pfp", "partner") in got  # (the programme named: membership_frames.yaml)
    assert ("state:GEO", "org:eu", "member") not in got
    assert not any(m == "state:KAZ" for m, _, _ in got)


def test_passive_joined_by_names_no_member_of_an_earlier_bloc() -> None:
    got = _mems("The European Union opened an office in Baku. The corridor, launched in 2014 by "
                "Azerbaijan and Georgia and later joined by Kazakhstan, carries grain.")
    assert not any(o == "org:eu" for _, o in got)


def test_its_refers_to_the_possessor_in_its_sentence() -> None:
    got = _mems("Azerbaijan held drills near the border. Armenia's decision in 2024 to freeze its "
                "participation in the CSTO angered Moscow.")
    assert ("state:AZE", "org:csto") not in got
