"""Arms transfers: goods heading their sentence and bought from a named source in a reduced
relative or a passive ("Twenty S and 12 T had been ordered from X in 2015", "The S, ordered from
X in 2018, …") were bought by the state the article is about when no sentence near them names a
buyer; a head noun with its own modifiers ("S long-range air defence system, ordered from X")
still takes the participle (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers

TOPIC = ("Vietnam has been modernising its forces. Hanoi wants to deter pressure at sea. "
         "Vietnam has signed defence agreements with several partners. Vietnam's navy is growing. "
         "Vietnam also hosts naval visits.\n")


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_listed_goods_ordered_from_a_source_go_to_the_topic_state() -> None:
    got = _pairs(TOPIC + "Hardware followed. Twelve Yak-130 trainers and four Ka-28 helicopters had been "
                         "ordered from Russia in 2016 in deals worth $300 million.")
    assert {("state:RUS", "state:VNM", "wpn:yak-130"), ("state:RUS", "state:VNM", "wpn:ka-27pl")} <= got


def test_goods_with_modifiers_before_the_aside() -> None:
    got = _pairs("India is rearming. The S-400 Triumf long-range air defence system, ordered from Russia "
                 "in 2018, has been slow to arrive.")
    assert ("state:RUS", "state:IND", "wpn:s-400") in got


def test_goods_owned_by_a_named_state_need_no_topic() -> None:
    # the possessor names the buyer: no guess from the article's topic
    got = _pairs(TOPIC + "Hardware followed. Laos's six Yak-130 trainers had been ordered from Russia in 2016.")
    assert ("state:RUS", "state:VNM", "wpn:yak-130") not in got


def test_clause_after_the_goods_is_no_aside() -> None:
    # "S drones since the 2010s, received T": the main verb is T's, S keeps its own relative
    got = _pairs("Kazakhstan, which had been flying Chinese Wing Loong drones since the late 2010s, received "
                 "three Anka-S aircraft from Turkey in 2022.")
    assert ("state:TUR", "state:KAZ", "wpn:wing-loong") not in got
    assert ("state:TUR", "state:KAZ", "wpn:anka") in got


def test_order_followed_by_the_goods_arrival_is_delivered() -> None:
    got = transfers("India is rearming. Ten CH-47F Chinooks had been ordered from the United States in 2015; "
                    "the Chinooks were inducted at Chandigarh in 2019.")
    assert {(t["system"], t["status"]) for t in got} == {("wpn:ch-47", "delivered")}


def test_order_with_no_arrival_stays_ordered() -> None:
    got = transfers("Georgia is rearming. Thirty Vuran armoured vehicles ordered from Turkey in 2021 will be paid "
                    "for with loans.")
    assert [(t["system"], t["status"]) for t in got] == [("wpn:vuran", "ordered")]


def test_partial_delivery_keeps_the_order() -> None:
    got = transfers("Kazakhstan is rearming. A contract for 12 Su-30SM fighters was signed with Russia in 2021, "
                    "and eight of them were delivered in 2024.")
    assert [(t["system"], t["status"], t["quantity"]) for t in got] == [("wpn:su-30sm", "ordered", 12)]


def test_plural_of_the_name_tells_the_arrival() -> None:
    got = transfers("India is rearming. Twelve AH-64E Apache helicopters and 10 CH-47F Chinooks had been ordered from "
                    "the United States in 2015; the Chinooks were inducted in 2019, and the first Apaches that "
                    "September.")
    assert {(t["system"], t["status"]) for t in got} == {("wpn:ah-64", "delivered"), ("wpn:ch-47", "delivered")}
    got = transfers("India is rearming. Twelve AH-64E Apache helicopters had been ordered from the United States "
                    "in 2015; the Apaches will be inducted next year.")
    assert {(t["system"], t["status"]) for t in got} == {("wpn:ah-64", "ordered")}
