"""Arms transfers: named goods that specify what a supplier's share or role consisted of ("X
supplied N percent of Y's imports, mainly S"; "X was its largest supplier with N percent, almost
all of it accounted for by S") are transfers between the same parties (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import one
from transfer_keys import parties_and_system_of as _keys


def test_share_specified_by_named_goods() -> None:
    got = _keys("SIPRI shows France supplying 40 percent of Qatar's arms imports in 2015–2019, "
                "mainly 24 Rafale jets delivered in 2019.")
    assert ("state:FRA", "state:QAT", "wpn:rafale") in got


def test_role_specified_by_named_goods() -> None:
    got = _keys("When Egypt was buying heavily, Russia was its largest supplier with 40 percent, "
                "almost all of it accounted for by the S-300 system.")
    assert got == {("state:RUS", "state:EGY", "wpn:s-300")}


def test_share_alone_names_no_system() -> None:
    assert _keys("France supplied 40 percent of Qatar's arms imports in 2015–2019.") == {
        ("state:FRA", "state:QAT", "arms")}


def test_specified_goods_keep_their_own_date() -> None:
    t = one("When Egypt was buying heavily, Russia was its largest supplier with 40 percent, "
            "almost all of it accounted for by the S-300 system, which arrived in 2018.")
    assert t["system"] == "wpn:s-300" and t["date"] == "2018"
