"""Statistics told of a named work (canal, dam, plant, pipeline, railway, corridor, programme):
dimensions in apposition or a fronted participle, the area irrigated, capacity, cost told in
apposition, a relative clause, a passive or "the cost of X has risen to", places a programme
targets, and a stake held by the firm leading a consortium; named works recognised from a
capitalised name and a work's head; near misses that give no work's figure or no entity."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

CANAL = "place:qarabel-canal"
RAIL = "place:trans-meridan-railway"


def _entity_ids(text: str) -> set[str]:
    out: set[str] = set()
    for aa in analyse_source(Source("t.txt", "Test headline\n\n" + text + "\n")):
        out |= set(aa.extraction.entities)
    return out


def test_dimensions_in_apposition_and_coordinated() -> None:
    got = _stats("The Qarabel canal, 285 kilometres long and 100 metres wide, will link the valleys.")
    assert (CANAL, 285.0, "km") in got
    assert (CANAL, 100.0, "m") in got


def test_fronted_dimensions_take_the_work_opening_the_clause() -> None:
    body = ("Work on the Qarabel canal began in 2022. Planned at 285 kilometres long, about 100 metres wide and "
            "8.5 metres deep, the canal is meant to irrigate some 550,000 hectares of farmland.")
    got = _stats(body)
    assert {(CANAL, 285.0, "km"), (CANAL, 100.0, "m"), (CANAL, 8.5, "m"), (CANAL, 550000.0, "hectares")} <= got


def test_capacity_of_a_named_plant_and_dam() -> None:
    assert ("place:sorvan-dam", 3600.0, "MW") in _stats("The Sorvan Dam has a capacity of 3,600 megawatts.")
    assert ("place:sorvan-dam", 1200.0, "MW") in _stats("The Sorvan Dam, with an installed capacity of 1.2 GW, opened.")


def test_cost_in_apposition_relative_passive_and_risen() -> None:
    assert (RAIL, 158e6, "USD") in _stats("The Trans-Meridan railway, estimated at about $158 million, will open in 2027.")
    assert (RAIL, 4.8e9, "USD") in _stats("The Trans-Meridan railway, which cost $4.8 billion, opened in 2020.")
    assert (RAIL, 2e9, "USD") in _stats("The Trans-Meridan railway was financed with a $2 billion loan from a bank.")
    assert (RAIL, 7e9, "USD") in _stats("The cost of the Trans-Meridan railway has risen to $7 billion, officials said.")
    got = _stats("The Amber Sea Economic Corridor (ASEC), launched in 2016 and now carrying a headline value of "
                 "US$ 41 billion, links the two economies.")
    assert ("program:amber-sea-economic-corridor", 41e9, "USD") in got


def test_cost_estimates_of_the_work_named_before() -> None:
    body = ("The Trans-Meridan railway would link the two valleys. Officials have long debated its route. "
            "Cost estimates have climbed from roughly US$ 3.1 billion to as much as US$ 5 billion.")
    got = _stats(body)
    assert {(RAIL, 3.1e9, "USD"), (RAIL, 5e9, "USD")} <= got


def test_appositive_length_and_programme_reach() -> None:
    got = _stats("The Silver Hills Transport Corridor (SHTC), a network of sea, rail and road links of roughly "
                 "5,100 kilometres connecting four ports, was agreed in 2001.")
    assert ("program:silver-hills-transport-corridor", 5100.0, "km") in got
    got = _stats("The Green Valleys Programme, approved in March 2023 with $600 million, targets 1,450 villages.")
    assert {("program:green-valleys-programme", 6e8, "USD"), ("program:green-valleys-programme", 1450.0, "count")} <= got


def test_stake_is_the_holding_firms() -> None:
    got = _stats("A consortium led by Halvard Group holds a 49 percent stake in the Trans-Meridan railway.")
    assert ("company:halvard-group", 49.0, "percent") in got


def test_near_misses_give_no_work_figure() -> None:
    assert _stats("The railway will run 285 kilometres from the river to the coast.") == set()
    got = _stats("Turkmenistan signed a contract for the Varesh-Dolan gas pipeline and paid $300 million for it.")
    assert not any(s.startswith("place:") for s, _v, _u in got)
    got = _stats("The Qarabel canal was discussed, and Kazakhstan has invested $500 million in roads.")
    assert (CANAL, 5e8, "USD") not in got
    assert ("state:KAZ", 49.0, "percent") in _stats("Kazakhstan holds a 49 percent stake in the Trans-Meridan railway.")
    assert not any(u == "MW" for _s, _v, u in _stats("Uzbekistan's capacity of 3,600 MW is a national figure."))


def test_named_works_are_entities_but_generic_nouns_are_not() -> None:
    ids = _entity_ids("The Rasht–Astara railway opened. The Varesh-Dolan gas pipeline was agreed. "
                      "The Green Valleys Programme began.")
    assert {"place:rasht-astara-railway", "place:varesh-dolan-gas-pipeline", "program:green-valleys-programme"} <= ids
    ids = _entity_ids("The railway will run far. Officials at the Quetta railway station spoke. The Russian railway grew.")
    assert not any("railway" in i for i in ids)
