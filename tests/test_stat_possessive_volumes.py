"""Volumes owned by a state's possessive ("X's grain harvest reached 17 million tonnes", "put X's
gas reserves at 13.6 trillion cubic metres") and cubic metres at scales other than billions, kept
in plain cubic metres; with near misses (no possessive, a work that carries it, water)."""

from __future__ import annotations

from event_facts import source_facts
from event_facts import statistic_triples as _stats


def test_a_state_possessive_measure_reaching_a_level_in_tonnes() -> None:
    assert ("state:KGZ", 1.1e6, "t") in _stats("Kyrgyzstan's wheat harvest reached 1.1 million tonnes in 2021.")
    assert ("state:MNG", 3e5, "t") in _stats("Mongolia's copper output amounted to about 300,000 tonnes last year.")


def test_a_small_stock_of_a_state_is_kept_when_its_possessive_owns_it() -> None:
    assert ("state:KAZ", 310.0, "t") in _stats("Kazakhstan's gold reserves stood at 310 tonnes in March.")
    assert not any(u == "t" for _s, _v, u in _stats("A lorry carrying 310 tonnes of grain crossed into Kazakhstan."))


def test_an_estimate_putting_a_state_measure_at_a_level_in_cubic_metres() -> None:
    got = _stats("Analysts put Iran's proven gas reserves at 32 trillion cubic metres, the second largest.")
    assert ("state:IRN", 3.2e13, "m3") in got


def test_cubic_metres_in_millions_need_an_owner() -> None:
    assert not any(u in ("m3", "bcm") for _s, _v, u in _stats("The reservoir near Osh holds 900 million cubic metres of water."))
    got = _stats("Azerbaijan exported 600 million cubic metres of gas to Georgia in 2022.")
    assert ("state:AZE", 6e8, "m3") in got


def test_a_possessive_with_a_named_place_between_is_left_open() -> None:
    # "X's exports to Y": the noun phrase holds another actor, its level is not read as X's here
    assert not any(u == "t" for _s, _v, u in _stats("Russia's coal exports to China stood at 90 million tonnes in 2023."))


def test_plural_local_currency_names_are_read() -> None:
    # "manats" read for Azerbaijan by default, for Turkmenistan when its figure is Turkmenistan's
    assert ("state:AZE", 4.2e9, "AZN") in _stats("Azerbaijan's defence budget reached 4.2 billion manats in 2023.")
    assert ("state:TKM", 9e10, "TMT") in _stats("Turkmenistan's state budget reached 90 billion manats in 2023.")
    assert ("state:GEO", 1.1e9, "GEL") in _stats("Georgia's defence budget reached 1.1 billion laris in 2023.")


def test_a_possessive_target_plan_or_load_is_no_level_of_the_state() -> None:
    # the head of the owned noun phrase must be a noun of a level (output, exports, reserves)
    for text in ("Tajikistan's export goal is 4 million tonnes of cement by 2028.",
                 "Turkmenistan's delivery quota was 12 million tonnes of sulphur.",
                 "Kazakhstan's relief convoy shipment was 250 tonnes of sugar."):
        assert not any(u == "t" for _s, _v, u in _stats(text)), text


def test_a_small_flow_or_a_difference_is_no_level_even_with_a_possessive() -> None:
    # a flow under the minimum is a load, and a figure "short of"/"below" another is a difference;
    # a small stock stays (see above)
    assert not any(u == "t" for _s, _v, u in _stats("Armenia's flour imports were 900 tonnes in the week."))
    assert not any(u == "t" for _s, _v, u in _stats("Mongolia's copper exports were 2 million tonnes below plan."))
    assert ("state:MNG", 2e6, "t") in _stats("Mongolia's copper exports were 2 million tonnes in 2022.")


def test_a_possessive_measure_keeps_its_noun_phrase_as_the_measure() -> None:
    facts = source_facts("Test headline\n\nOfficials met on Monday. Azerbaijan's gas exports were about 24 bcm in 2023.\n",
                         "statistic")
    assert [(f.args["subject"], f.args["measure"]) for f in facts if f.args["unit"] == "bcm"] \
        == [("state:AZE", "gas exports")]
