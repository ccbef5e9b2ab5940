"""A stated party beats an inferred one: a firm's site abroad exports ("from its Spanish line"),
and of two states signing a deal the maker of the goods sells (own invented sentences)."""

from __future__ import annotations

from test_extract_transfers import one, transfers


def test_firm_own_site_abroad_exports() -> None:
    t = one("Airbus shipped three C-295 transport aircraft to Kazakhstan from its Spanish plant in 2022.")
    assert (t["supplier"], t["recipient"]) == ("state:ESP", "state:KAZ")
    assert "site of Airbus" in t["inferences"]["supplier"]


def test_state_possessed_firm_plant_exports() -> None:
    t = one("Spain's Airbus factory delivered two C-295 aircraft to Uzbekistan last year.")
    assert t["supplier"] == "state:ESP"


def test_firm_site_in_named_state() -> None:
    t = one("Airbus supplied C-295 aircraft to Kazakhstan from its plant in Spain.")
    assert t["supplier"] == "state:ESP"


def test_firm_without_site_keeps_home_country() -> None:
    t = one("Airbus sold H145 helicopters to Kazakhstan in 2021.")
    assert t["supplier"] != "state:ESP" and t["inferences"]["supplier"].startswith("country of")


def test_firm_site_at_home_changes_nothing() -> None:
    t = one("Leonardo delivered M-346 jets to Turkmenistan from its Italian plant.")
    assert t["supplier"] == "state:ITA"


def test_maker_signatory_sells() -> None:
    t = one("Turkey signed a contract with Kazakhstan for Anka drones in 2023.")
    assert (t["supplier"], t["recipient"]) == ("state:TUR", "state:KAZ")
    assert "signatory that makes the goods" in t["inferences"]["supplier"]


def test_buyer_signatory_unchanged() -> None:
    t = one("Kazakhstan signed a contract with Turkey for Anka drones in 2023.")
    assert (t["supplier"], t["recipient"]) == ("state:TUR", "state:KAZ")
    assert "supplier" not in t["inferences"]


def test_signatories_neither_maker_unchanged() -> None:
    # neither signatory makes the goods: the subject still buys, as before
    got = transfers("Belarus signed a contract with Kazakhstan for Su-30SM fighters.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:KAZ", "state:BLR")}


def test_firm_site_that_is_not_the_origin_changes_nothing() -> None:
    # the Boxer is German in the gazetteer: a Hungarian plant does not make Hungary the exporter
    t = one("Rheinmetall sent twelve Boxer vehicles to Qatar from its Hungarian plant in 2024.")
    assert (t["supplier"], t["recipient"]) == ("state:DEU", "state:QAT")
