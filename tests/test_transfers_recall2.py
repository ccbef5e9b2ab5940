"""Arms transfers, second round: lists after a supplier clause, object relative clauses,
category nouns referring back in the sentence, count asides, coordinated passive subjects,
variants of one family with their own counts (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_systems_listed_after_a_supplier_clause() -> None:
    got = {t["system"]: t for t in transfers(
        "France became Greece's leading supplier: six Rafale jets in 2021, two Exocet batteries in 2022 "
        "and four FDI frigates in 2024.")}
    assert got["wpn:rafale"]["supplier"] == "state:FRA" and got["wpn:rafale"]["recipient"] == "state:GRC"
    assert (got["wpn:rafale"]["quantity"], got["wpn:rafale"]["date"]) == (6, "2021")


def test_share_with_an_adjective_of_the_importer() -> None:
    got = transfers("Israel, long a partner, has remained the leading supplier, with 60 percent of Azerbaijani "
                    "imports: 100 Harop drones in 2016 and two Hermes 900 drones in 2018.")
    assert {(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got} == {
        ("wpn:harop", "state:ISR", "state:AZE", 100), ("wpn:hermes-900", "state:ISR", "state:AZE", 2)}


def test_object_relative_clause_with_a_capital_subject() -> None:
    got = transfers("The S-400, which Ankara bought from Russia in 2017, remains in storage.")
    assert [(t["supplier"], t["recipient"], t["date"]) for t in got] == [("state:RUS", "state:TUR", "2017")]


def test_another_batch_refers_back_to_the_system_of_the_sentence() -> None:
    got = transfers("France is Greece's main supplier. The backbone of its air force is the Rafale, and another "
                    "batch of six fighters arrived in 2023.")
    t = [x for x in got if x["system"] == "wpn:rafale"]
    assert t and t[0]["quantity"] == 6 and t[0]["supplier"] == "state:FRA" and "system" in t[0]["inferences"]


def test_count_aside_of_coordinated_systems() -> None:
    got = transfers("Chinese-made VP-11 and Tiger armoured vehicles, eight of each, reached the Kyrgyz army in 2020.")
    assert {(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got} == {
        ("wpn:vp-11", "state:CHN", "state:KGZ", 8), ("wpn:tiger", "state:CHN", "state:KGZ", 8)}


def test_coordinated_subject_of_a_passive_delivery() -> None:
    got = transfers("Russia supplied nearly all of Armenia's arms. Six TOS-1A launchers and their loader "
                    "vehicles were handed over in 2021.")
    assert [(t["system"], t["supplier"], t["recipient"], t["quantity"]) for t in got
            if t["system"] != "arms"] == [("wpn:tos-1", "state:RUS", "state:ARM", 6)]
