"""Counted named goods of a transfer sentence that no trigger of their own takes in, and whose
sentence names no state but their supplier, take their recipient from the transfer told before
(recorded as an inference); near misses: another state in the sentence, goods with no count, a
sentence with no transfer word, a variant of goods the sentence already tells."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _facts(body: str) -> list[Fact]:
    text = "Test headline\n\nTASHKENT, 9 June 2025 — " + body + "\n"
    return [f for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "arms_transfer"]


def _keys(body: str) -> set[tuple[str, str, str]]:
    return {(f.args["supplier"], f.args["recipient"], f.args["system"]) for f in _facts(body)}


def test_counted_goods_take_the_previous_transfers_recipient() -> None:
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2019. Its inventory lists 40 T-72 tanks and "
            "12 Mi-35M helicopters, bought in the 1990s.")
    carried = [f for f in _facts(body) if f.args["system"] == "wpn:t-72"]
    assert [(f.args["supplier"], f.args["recipient"]) for f in carried] == [("state:RUS", "state:UZB")]
    assert "previous transfer sentence" in carried[0].inferences["recipient"]
    assert "origin" in carried[0].inferences["supplier"]
    assert carried[0].args.get("quantity") == 40


def test_counted_goods_a_clause_after_the_trigger_leaves() -> None:
    body = ("Ankara sold Kyrgyzstan three Bayraktar TB2 drones in 2021. In 2023 it added a training centre, "
            "and ordered two Akinci drones, which arrived that year, as well as 30 Kirpi vehicles that are still awaited.")
    got = _keys(body)
    assert ("state:TUR", "state:KGZ", "wpn:akinci") in got
    assert ("state:TUR", "state:KGZ", "wpn:kirpi") in got


def test_near_miss_another_state_in_the_sentence() -> None:
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2019. Kazakhstan's inventory lists 40 T-72 tanks "
            "and 12 Mi-35M helicopters, bought in the 1990s.")
    assert ("state:RUS", "state:UZB", "wpn:t-72") not in _keys(body)


def test_near_miss_goods_with_no_count() -> None:
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2019. Its inventory lists T-72 tanks and "
            "Mi-35M helicopters, bought in the 1990s.")
    assert ("state:RUS", "state:UZB", "wpn:t-72") not in _keys(body)


def test_near_miss_no_transfer_word() -> None:
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2019. At the parade, 40 T-72 tanks and "
            "12 Mi-35M helicopters rolled past the stands.")
    assert ("state:RUS", "state:UZB", "wpn:t-72") not in _keys(body)


def test_near_miss_a_variant_of_goods_the_sentence_tells() -> None:
    body = ("Washington sold India two P-8I aircraft in 2021. In 2024 India signed a deal for 31 MQ-9B drones "
            "from the maker – 15 MQ-9B SeaGuardian and 16 MQ-9B SkyGuardian – worth about four billion dollars.")
    got = {k[2] for k in _keys(body)}
    assert "wpn:mq-9b-seaguardian" not in got and "wpn:mq-9b-skyguardian" not in got


def test_near_miss_goods_in_a_clause_with_a_holder_of_their_own() -> None:
    # the goods' clause (after ";", a dash or "while") has its own holder: nothing is carried
    for tail in ("; its rivals fly other types: 18 MiG-29 fighters.",
                 ", while the militants operate 25 BMP-2 vehicles.",
                 " — other countries of the region possess 25 BMP-2 vehicles."):
        body = "Beijing sold Turkmenistan four Wing Loong drones in 2016. A further batch arrived in 2018" + tail
        got = {k[2] for k in _keys(body) if k[1] == "state:TKM"}
        assert not got & {"wpn:mig-29", "wpn:bmp-2"}, tail


def test_a_clause_whose_subject_is_the_recipient_still_carries() -> None:
    # "it" / "its navy" stand for the recipient: the goods are still its, carried
    for tail in ("; it now operates 25 BMP-2 vehicles.", "; its army fields 25 BMP-2 vehicles."):
        body = "Moscow sold Turkmenistan six Su-30SM fighters in 2016. A further batch arrived in 2018" + tail
        assert ("state:RUS", "state:TKM", "wpn:bmp-2") in _keys(body), tail


def test_near_miss_a_state_holding_its_own_goods() -> None:
    # a verb of holding is no transfer word, and a state (or its forces) named as the holder or buyer
    # of goods of its own make is not their supplier to the discourse's recipient
    for second in ("Moscow, by contrast, operates 40 Orlan-10 drones and 120 Su-34 bombers.",
                   "The Russian Air Force is still receiving the last of 50 Su-34 bombers, bought in 2012."):
        body = "Moscow sold Uzbekistan six Su-30SM fighters in 2019. " + second
        got = _keys(body)
        assert ("state:RUS", "state:UZB", "wpn:su-34") not in got, second
        assert ("state:RUS", "state:UZB", "wpn:orlan-10") not in got, second


def test_near_miss_designation_digits_are_no_count() -> None:
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2019. Both the F-35 and Russia's Su-57 had been "
            "displayed at the show where the deal was signed.")
    assert ("state:RUS", "state:UZB", "wpn:su-57") not in _keys(body)


def test_carried_goods_told_apart_take_the_weaker_status_and_no_date() -> None:
    # the goods' clause (past ";") has no verb of its own: not "delivered in 2018" from the other clause
    body = ("Moscow sold Uzbekistan six Su-30SM fighters in 2016. A further batch arrived in 2018; "
            "the package also covered 25 BMP-2 vehicles.")
    got = [f for f in _facts(body) if f.args["system"] == "wpn:bmp-2"]
    assert got and all(f.args["status"] == "ordered" and not f.args.get("date") for f in got), [f.args for f in got]


def test_carried_goods_do_not_swallow_an_aggregate_fact_of_the_pair() -> None:
    body = ("SIPRI's data show the shift: Russia still accounted for 81 percent of Uzbekistan's arms imports "
            "between 2019 and 2023, but Turkey's share had grown. The gap matters: were Moscow to stop supplying "
            "spares for the 12 Tor systems still in service, Tashkent's air defence would suffer.")
    arms = [f for f in _facts(body) if f.args["system"] == "arms"]
    assert [f.args.get("date") for f in arms] == ["2019"]
