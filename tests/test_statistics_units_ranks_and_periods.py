"""Statistics in particular units (own sentences): local currencies the shared finder does not read
(tenge, manat), global ordinal rankings, lengths of a side, a border or a work named again ("the
line is to run 400 km"), and the period of the figure told before ("in the period")."""

from __future__ import annotations

from dateline_facts import facts, figures, statistic_figures
from event_facts import statistic_triples as _stats


def test_local_currencies() -> None:
    assert ("state:KAZ", 3e12, "KZT") in _stats("Kazakhstan's budget deficit reached 3 trillion tenge in 2024.")
    assert ("state:TKM", 107e9, "TMT") in _stats("Turkmenistan's state budget for 2025 amounts to 107 billion manat.")
    assert ("state:AZE", 8.3e9, "AZN") in _stats("Azerbaijan's military budget for 2025 is set at 8.3 billion manat.")


def test_global_ordinal_rank() -> None:
    assert ("state:TUR", 11.0, "rank") in _stats("Turkey is now the world's 11th-largest arms exporter.")
    assert not _stats("Mongolia is the world's largest landlocked democracy.")


def test_side_and_border_lengths_and_ranges() -> None:
    got = figures("The clashes displaced some 136,000 residents on the Kyrgyz side.")
    assert ("state:KGZ", 136000.0, "count") in got
    got = figures("Turkmenistan guards its frontier. The border with Afghanistan, 804 km long, is porous.")
    assert ("state:TKM", 804.0, "km") in got


def test_period_of_the_figure_before() -> None:
    got = facts("India took 9 percent of global arms imports in 2020-2024. "
                "Russia accounted for 36 percent of India's imports in the period, down from 55 percent in 2015-2019.",
                "statistic")
    by = {a["value"]: a.get("period") for a in got}
    assert by[36.0] == [2020, 2024] and by[55.0] == [2015, 2019]


def test_work_named_again() -> None:
    assert ("program:tapi", 900.0, "km") in statistic_figures(
        "The TAPI pipeline has stalled for years. When built, the 900-kilometre line would carry gas to India.")
    assert not statistic_figures("The Kyrgyz government met on Monday. The line is to run some 400 km through the mountains.")
    assert not any(s == "program:tapi" for s, _v, _u in statistic_figures(
        "The TAPI pipeline has stalled. Troops patrol the 300-km line of contact."))
