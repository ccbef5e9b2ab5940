"""Goods told in a continuation of a transfer with a written supplier come from that supplier,
not from their design's maker: "X handed over S to Y; T followed in 2011" and a register-style
list whose first good names its source ("S ordered from X in 2006, T ordered in 2007 and U
delivered in 2008").  Goods of another clause or with their own source keep their maker.
Own invented sentences."""

from __future__ import annotations

from test_extract_transfers import transfers


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)}


def test_followed_clause_takes_the_written_supplier() -> None:
    got = _facts("In 2013 Kyiv delivered six Mi-8 helicopters to Azerbaijan; two Mi-24 helicopters followed a year later.")
    assert got == {("state:UKR", "state:AZE", "wpn:mi-8"), ("state:UKR", "state:AZE", "wpn:mi-24")}
    mi24 = next(t for t in transfers("In 2013 Kyiv delivered six Mi-8 helicopters to Azerbaijan; two Mi-24 "
                                     "helicopters followed a year later.") if t["system"] == "wpn:mi-24")
    assert "continues" in mi24["inferences"]["supplier"]


def test_register_list_shares_its_first_source() -> None:
    got = _facts("Belarus is Armenia's main supplier. Records list 30 T-72 tanks ordered from Belarus in 2006, "
                 "two Buk-M1 systems ordered in 2007 and six Osa systems delivered in 2008.")
    assert got == {("state:BLR", "state:ARM", "wpn:t-72"), ("state:BLR", "state:ARM", "wpn:buk"),
                   ("state:BLR", "state:ARM", "wpn:osa")}


def test_other_clauses_keep_their_maker() -> None:
    got = _facts("India bought 36 Rafale jets from France in 2016; the S-400 systems arrived in 2021.")
    assert ("state:RUS", "state:IND", "wpn:s-400") in got
    got = _facts("India received 36 Rafale jets delivered from France in 2022, and S-400 systems delivered in 2021.")
    assert ("state:RUS", "state:IND", "wpn:s-400") in got


def test_state_turned_away_from_is_no_source() -> None:
    got = _facts("Mongolia ordered Turkish Cobra vehicles in 2015, diversifying away from Russian suppliers.")
    assert got == {("state:TUR", "state:MNG", "wpn:cobra")}
    got = _facts("Mongolia bought Cobra vehicles from Russian suppliers.")  # a plain source stays one
    assert got == {("state:RUS", "state:MNG", "wpn:cobra")}
