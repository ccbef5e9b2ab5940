"""Memberships and relations told by general constructions (invented sentences): a role held
"as" another party's partner, "its" + demonym ally after a noun, a participle apposition
("a movement allied with"), a partnership announced by a pair, a premodified membership
apposition ("a fellow member of"); and what tells no seat: states attending talks as observers,
companions of the clause outside a relative clause that names a chair."""

from __future__ import annotations

import pytest
from dateline_facts import relation_triples
from membership_pairs import mems


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Regional note\n\nBy Dana Ortiz\nMarch 4, 2025\n\nDiplomacy grew busier this spring. ", asserted_only=True, unordered=True)


@pytest.mark.parametrize(("body", "want"), [
    ("The visit confirmed Russia's standing as Tajikistan's main security partner.",
     ("state:RUS", "state:TJK", "partner")),
    ("Beijing questioned Moscow's role as Kazakhstan's closest ally.", ("state:KAZ", "state:RUS", "ally")),
    ("Russia has cemented its position as Armenia's main ally.", ("state:ARM", "state:RUS", "ally")),
    ("Armenia welcomed the reinforcement of its Russian ally.", ("state:ARM", "state:RUS", "ally")),
    ("The Islamic Movement of Uzbekistan, a group allied with the Taliban, moved north.",
     ("armed:imu", "armed:taliban", "ally")),
    ("Belarus, a country closely aligned with Russia, voted against the resolution.",
     ("state:BLR", "state:RUS", "partner")),
    ("Kazakhstan and China announced a \"permanent comprehensive strategic partnership\" in Astana.",
     ("state:CHN", "state:KAZ", "partner")),
    ("Mongolia and Japan declared a strategic cooperative partnership during the visit.",
     ("state:JPN", "state:MNG", "partner")),
])
def test_relation_roles_and_appositions(body: str, want: tuple[str, str, str]) -> None:
    assert want in _rels(body)


@pytest.mark.parametrize("body", [
    "Russia ceded its position as Armenia's main ally.",
    "Russia's former role as Armenia's main ally is over.",
])
def test_role_given_up_or_past_tells_none(body: str) -> None:
    assert not any({"state:ARM", "state:RUS"} == {a, b} for a, b, _ in _rels(body))


def test_fellow_member_apposition() -> None:
    got = mems("Kazakhstan, a fellow member of the Collective Security Treaty Organization, offered Armenia fuel.")
    assert ("state:KAZ", "org:csto") in got


def test_attending_as_observers_is_no_seat() -> None:
    got = mems("Turkey, China and the UN led the talks, with Mongolia, Nepal and Bhutan attending as observers.")
    assert not got
    # an observer seat told with "as" is still read
    assert ("state:SRB", "org:csto") in mems(
        "Kazakhstan and Russia are members of the Collective Security Treaty Organization, with Serbia as an observer.")


def test_companions_outside_a_relative_clause() -> None:
    got = mems("Kazakhstan, which chaired the OSCE that year, hosted the summit together with Russia and the United States.")
    assert ("state:KAZ", "org:osce") in got
    assert ("state:RUS", "org:osce") not in got and ("state:USA", "org:osce") not in got
    # inside the relative clause the companions stay co-members
    got = mems("Bhutan, which joined the Asian Development Bank in 1982 together with Nepal, borrowed heavily.")
    assert {("state:BTN", "org:adb"), ("state:NPL", "org:adb")} <= got


def test_bare_both_takes_the_pair_told_a_few_sentences_before() -> None:
    body = ("The talks that Nepal and Bhutan opened in 2004 stalled. A Japanese envoy visited Kathmandu on May 3 "
            "and Thimphu the next day. Unlike in 2001, Nepal has not mobilised. "
            "Both are members of the Asian Development Bank, which has played no visible role.")
    got = mems(body)
    assert {("state:NPL", "org:adb"), ("state:BTN", "org:adb")} <= got
    assert not any(m == "state:JPN" for m, _ in got)


def test_bare_both_after_a_state_outside_the_pair_takes_none() -> None:
    got = mems("Nepal and Bhutan opened talks. Then Japan protested. Both are members of the Asian Development Bank.")
    assert ("state:JPN", "org:adb") not in got and ("state:NPL", "org:adb") not in got
