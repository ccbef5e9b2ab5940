"""Helpers the statistics modules share: the last cue before a figure, a definite noun's
referent, a figure's kind (an amount or not), two shares written with one unit."""

from __future__ import annotations

import re

from silkgraph.extract.statistics.owners import coordinated_shares
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import last_match
from silkgraph.extract.statistics.subjects import subject_position


def test_last_match_is_the_one_nearest_the_end() -> None:
    rx = re.compile(r"\bthe\s+(?P<noun>bank|port)\b")
    text = "the bank lent money and the port handled 40 percent"
    m = last_match(rx, text, 0, text.index("40"))
    assert m is not None and m.group("noun") == "port"
    assert last_match(rx, text, 0, 3) is None


def test_amount_is_money_or_another_unit_not_a_share_or_count() -> None:
    assert Stat(0, 2, 5.0, "USD").amount
    assert not Stat(0, 2, 5.0, "percent").amount
    assert not Stat(0, 2, 5.0, "km").amount


def test_subject_position_excludes_objects_and_sources() -> None:
    text = "Much of Narvia's grain goes abroad, according to Ostrel, while Narvia sells"
    assert not subject_position(text, text.index("Narvia"), text.index("Narvia") + 6)  # after "of"
    a = text.index("Ostrel")
    assert not subject_position(text, a, a + 6)  # a source
    b = text.rindex("Narvia")
    assert subject_position(text, b, b + 6)


def test_two_shares_with_one_unit_but_not_a_range() -> None:
    text = "The two firms hold 55 and 36 percent of the market."
    assert [s.value for s in coordinated_shares(text)] == [55.0]
    assert coordinated_shares("Turnout was between 40 and 45 percent.") == []
