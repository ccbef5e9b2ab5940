"""People counted with their demonym are a standing statistic ("5,000 Tajik migrants live in
Moscow", "1,200 Indian troops are stationed in X"), not the people of one event: a past act of
motion or an incident told of them ("crossed", "fled", "arrived", "were detained") or a clause
dated to a day or a week gives none.  Two parallel lists (actors, then numbers sharing one
percent sign) give shares only when told as shares ("supplied", "accounted for", "respectively"),
not as changes ("grew by 6 and 4 percent"), and a share's scope is never another actor of its
list."""

from __future__ import annotations

from typing import Any

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _stats(body: str) -> list[dict[str, Any]]:
    text = "Test headline\n\nDUSHANBE, 5 May 2025 — " + body + "\n"
    return [f.args for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts
            if f.type == "statistic"]


def _key(a: dict[str, Any]) -> tuple[Any, ...]:
    return a["subject"], a["value"], a["unit"], a.get("scope")


def test_people_of_one_crossing_are_no_statistic() -> None:
    assert _stats("About 3,000 Pakistani workers fled to Oman on 12 March.") == []
    assert _stats("Roughly 2,500 Kyrgyz herders crossed into China.") == []


def test_people_rescued_or_arriving_are_no_statistic() -> None:
    # (people detained or hurt are counted by the harm readers, as the events' tolls: not here)
    assert _stats("More than 1,500 Tajik migrants were rescued from the flooded hostels.") == []
    assert _stats("About 1,800 Uzbek pilgrims arrived in Jeddah.") == []


def test_people_counted_in_a_clause_dated_to_a_day_are_no_statistic() -> None:
    assert _stats("Some 4,000 Turkmen citizens waited at the crossing on Tuesday.") == []


def test_near_miss_standing_counts_stay() -> None:
    assert [_key(a) for a in _stats("About 5,000 Tajik migrants live in Moscow.")] == [
        ("state:TJK", 5000.0, "count", "place:moscow")]
    assert [_key(a) for a in _stats("Some 1,200 Indian troops are stationed in Tajikistan.")] == [
        ("state:IND", 1200.0, "count", "state:TJK")]


def test_parallel_change_lists_give_no_shares() -> None:
    assert _stats("Exports to Mongolia and Georgia grew by 6 and 4 percent last year.") == []
    assert _stats("Imports from Russia and Kazakhstan rose by 12 and 8 percent in 2023.") == []


def test_near_miss_parallel_shares_with_a_share_verb_or_respectively() -> None:
    assert sorted(_key(a) for a in _stats("Russia and Kazakhstan supplied 60 and 25 percent of the gas respectively.")) == [
        ("state:KAZ", 25.0, "percent", None), ("state:RUS", 60.0, "percent", None)]
    assert sorted(_key(a) for a in _stats("Russia and Kazakhstan accounted for 40 and 30 percent of imports.")) == [
        ("state:KAZ", 30.0, "percent", None), ("state:RUS", 40.0, "percent", None)]


def test_a_share_takes_no_scope_from_another_actor_of_its_list() -> None:
    got = sorted(_key(a) for a in _stats("Sales to Mongolia and Georgia accounted for 6 and 4 percent of the total."))
    assert got == [("state:GEO", 4.0, "percent", None), ("state:MNG", 6.0, "percent", None)]


def test_respectively_is_no_part_of_the_measure() -> None:
    got = {a["subject"]: a["measure"] for a in _stats("Russia and Kazakhstan supplied 70 and 20 percent of the grain respectively.")}
    assert got["state:KAZ"] == "share of the grain"
