"""A named work's power capacity, dimensions told as nouns or by verbs, and area brought under
cultivation, in the shapes writers give them: the figure as a modifier before the name ("the
1,200 MW X Dam"), in brackets after it (alone or in a list), in an apposition, after a verb or
noun of capacity in the main clause, across a comma-enclosed aside or in a relative clause, after
"It"; "a planned height of N metres" fronted or at the end of a clause the work opens, coordinated
dimensions, a verb of height, a verb of length after a coordinated clause; shares of a state's
land or water use; and near misses that must give no work's figure (a grid's loss, demand,
water levels rising at a work, a length of another thing, a clause of another subject)."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

DAM = "place:velmar-dam"
OTHER = "place:oskan-dam"
CANAL = "place:zardak-canal"
PIPE = "place:tovar-pipeline"


def test_capacity_as_a_modifier_before_the_name() -> None:
    assert (DAM, 1250.0, "MW") in _stats("Donors toured the 1,250 MW Velmar Dam in the spring.")
    assert (DAM, 700.0, "MW") in _stats("Engineers finished the 700-megawatt Velmar Dam late.")
    got = _stats("Kabul wants the 2,000 MW Velmar Dam and the 300 MW Oskan Dam built first.")
    assert {(DAM, 2000.0, "MW"), (OTHER, 300.0, "MW")} <= got


def test_capacity_in_brackets_and_lists() -> None:
    got = _stats("Funding went to the Velmar Dam (410 MW) and the Oskan Dam (95 MW) on the same river.")
    assert {(DAM, 410.0, "MW"), (OTHER, 95.0, "MW")} <= got


def test_capacity_in_apposition_and_after_a_verb() -> None:
    assert (DAM, 620.0, "MW") in _stats("The Velmar Dam, a 620 MW scheme backed by Gulf lenders, is late.")
    assert (DAM, 980.0, "MW") in _stats("The Velmar Dam is planned at 980 MW.")
    assert (DAM, 1500.0, "MW") in _stats("The Velmar Dam is expected to produce 1.5 GW at full flow.")
    assert (DAM, 330.0, "MW") in _stats("Ministers opened the Velmar Dam, which generates 330 MW.")


def test_capacity_across_an_aside_takes_the_subject_not_the_place_in_it() -> None:
    got = _stats("The Velmar Dam, below the Oskan Dam, will have 860 MW.")
    assert (DAM, 860.0, "MW") in got
    assert (OTHER, 860.0, "MW") not in got


def test_capacity_after_it_takes_the_work_named_before() -> None:
    got = _stats("Villagers oppose the Velmar Dam. It is designed to generate about 2,200 MW.")
    assert (DAM, 2200.0, "MW") in got


def test_power_without_a_capacity_cue_is_no_works() -> None:
    assert (DAM, 300.0, "MW") not in _stats("The grid dropped 300 MW after a fault near the Velmar Dam.")
    assert (DAM, 900.0, "MW") not in _stats("The capital needs 900 MW more each winter, and the Velmar Dam is idle.")


def test_dimension_nouns_fronted_and_at_a_clause_end() -> None:
    got = _stats("With a planned height of 240 metres, the Velmar Dam would dwarf its neighbours.")
    assert (DAM, 240.0, "m") in got
    got = _stats("The Zardak Canal leaves the Amu Darya near Termez and heads west, with a width of 60 metres "
                 "and a depth of 6 metres.")
    assert {(CANAL, 60.0, "m"), (CANAL, 6.0, "m")} <= got
    assert (CANAL, 150.0, "km") in _stats("The Zardak Canal has a total length of 150 kilometres.")


def test_height_verb_needs_the_work_as_subject() -> None:
    assert (DAM, 275.0, "m") in _stats("The Velmar Dam will rise 275 metres above the gorge.")
    assert (DAM, 9.0, "m") not in _stats("Floodwater behind the Velmar Dam could rise 9 metres this week.")


def test_a_dimension_of_another_thing_is_not_the_opening_works() -> None:
    got = _stats("The Zardak Canal passes the Velmar Dam, which has a height of 180 metres.")
    assert (CANAL, 180.0, "m") not in got
    assert (CANAL, 12.0, "km") not in _stats("Kazakhstan paved a track with a length of 12 km beside the Zardak Canal.")


def test_length_verb_after_a_clause_the_work_opens() -> None:
    got = _stats("The Tovar pipeline leaves the gas fields and is meant to run about 720 kilometres to the coast.")
    assert (PIPE, 720.0, "km") in got
    got = _stats("The Tovar pipeline closed when convoys ran 25 km along it.")
    assert (PIPE, 25.0, "km") not in got


def test_area_brought_under_cultivation() -> None:
    got = _stats("Once complete, the Zardak Canal should bring 410,000 hectares of steppe under cultivation.")
    assert (CANAL, 410000.0, "hectares") in got
    assert (CANAL, 800.0, "hectares") not in _stats("Herders near the Zardak Canal leased 800 hectares.")


def test_share_of_a_states_land_and_water_use() -> None:
    assert ("state:TKM", 85.0, "percent") in _stats("Some 85 percent of Turkmenistan's irrigated land grows cotton.")
    assert ("state:KAZ", 65.0, "percent") in _stats("About 65 percent of Kazakhstan's water withdrawals feed farms.")
    assert ("state:GEO", 40.0, "percent") not in _stats("Russia supplies 40 percent of Georgia's electricity.")
