"""A variant designation found in the text ("Su-30SM" from the known "Su-30") has no origin of
its own in the gazetteer: the supplier is inferred from its family's country (own sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_variant_takes_its_familys_origin() -> None:
    got = transfers("Armenia bought four Su-30SM fighters in 2019.")
    assert len(got) == 1
    t = got[0]
    assert (t["supplier"], t["recipient"], t["quantity"]) == ("state:RUS", "state:ARM", 4)
    assert "supplier" in t["inferences"]


def test_named_supplier_still_wins_over_the_origin() -> None:
    got = transfers("Belarus sold Kazakhstan four Su-30SM fighters in 2019.")
    assert {t["supplier"] for t in got} == {"state:BLR"}
