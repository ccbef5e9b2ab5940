"""Memberships told through general constructions: an aside between a member and its clause,
member-country and chair nouns, "accepted into", "participating state", a dash apposition,
"whose X membership", a fronted "Like other X members", and a bloc re-named in apposition before
"whose members are" (invented sentences)."""

from __future__ import annotations

import pytest
from membership_pairs import mems as _mems


@pytest.mark.parametrize(("body", "want"), [
    ("Kazakhstan, the largest economy in the region, and Kyrgyzstan are members of the SCO.",
     {("state:KAZ", "org:sco"), ("state:KGZ", "org:sco")}),
    ("Armenia, which has courted France in recent years, and Belarus, both members of the CSTO, objected.",
     {("state:ARM", "org:csto"), ("state:BLR", "org:csto")}),
    ("The SCO, which includes Kazakhstan, the largest economy in the region, and Kyrgyzstan, met on Monday.",
     {("state:KAZ", "org:sco"), ("state:KGZ", "org:sco")}),
])
def test_aside_after_a_member(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _mems(body)


@pytest.mark.parametrize(("body", "want"), [
    ("Norway is a member country of NATO.", ("state:NOR", "org:nato")),
    ("Mongolia is a participating state of the OSCE.", ("state:MNG", "org:osce")),
    ("Poland became a full-fledged member of NATO in 1999.", ("state:POL", "org:nato")),
    ("Iran was accepted into the SCO in 2023.", ("state:IRN", "org:sco")),
    ("Kyrgyzstan signed up to the Eurasian Economic Union in 2015.", ("state:KGZ", "org:eaeu")),
    ("Uzbekistan is the current chair of the SCO.", ("state:UZB", "org:sco")),
    ("Kazakhstan is the CSTO's rotating chair.", ("state:KAZ", "org:csto")),
    ("Tajikistan — a member of the CSTO since 1994 — objected.", ("state:TJK", "org:csto")),
    ("Belarus, whose CSTO membership dates to 1993, objected.", ("state:BLR", "org:csto")),
    ("Like other EAEU members, Armenia has objected.", ("state:ARM", "org:eaeu")),
    ("Drills were held under the CSTO, the Moscow-led alliance whose members are Russia and Belarus.",
     ("state:BLR", "org:csto")),
])
def test_membership_lexicon_and_frames(body: str, want: tuple[str, str]) -> None:
    assert want in _mems(body)


@pytest.mark.parametrize(("body", "unwanted"), [
    ("Ukraine, whose NATO membership bid stalled, objected.", ("state:UKR", "org:nato")),
    ("Kazakhstan is the chair of the committee on trade.", ("state:KAZ", "org:sco")),
    ("Georgia is not a member country of the CSTO.", ("state:GEO", "org:csto")),
    ("Azerbaijan applied to join BRICS last year.", ("state:AZE", "org:brics")),
    ("Turkey was invited to an SCO meeting as a guest.", ("state:TUR", "org:sco")),
])
def test_near_misses_tell_no_membership(body: str, unwanted: tuple[str, str]) -> None:
    assert unwanted not in _mems(body)
