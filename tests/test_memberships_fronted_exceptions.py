"""States named as exceptions are no members, but the excepted list is only as long as the
exception phrase: a fronted "Unlike/Apart from/Except for X, ..." ends at the comma that closes
it (the main clause's subject follows), a list runs through and/or/nor or through the commas of
an "X, Y and Z" series only; "apart from / other than X" with "also/too/as well" in its clause
means "besides X" (X is a member too)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nASTANA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_fronted_unlike_ends_at_its_comma() -> None:
    got = _mems("Unlike Turkmenistan, Kazakhstan and Kyrgyzstan are members of the Collective Security "
                "Treaty Organization.")
    assert {("state:KAZ", "org:csto"), ("state:KGZ", "org:csto")} <= got
    assert ("state:TKM", "org:csto") not in got


def test_fronted_except_for_before_a_three_state_subject() -> None:
    got = _mems("Except for Turkmenistan, Kazakhstan, Kyrgyzstan and Tajikistan belong to the Shanghai "
                "Cooperation Organisation.")
    assert {("state:KAZ", "org:sco"), ("state:KGZ", "org:sco"), ("state:TJK", "org:sco")} <= got
    assert ("state:TKM", "org:sco") not in got


def test_fronted_list_through_and_stops_at_the_comma() -> None:
    got = _mems("Unlike Turkmenistan and Azerbaijan, Kazakhstan and Kyrgyzstan are members of the Collective "
                "Security Treaty Organization.")
    assert {("state:KAZ", "org:csto"), ("state:KGZ", "org:csto")} <= got
    assert not {("state:TKM", "org:csto"), ("state:AZE", "org:csto")} & got


def test_apart_from_with_also_is_inclusive() -> None:
    got = _mems("Apart from Russia and China, Kazakhstan and Uzbekistan are also members of the Shanghai "
                "Cooperation Organisation.")
    assert {("state:CHN", "org:sco"), ("state:KAZ", "org:sco"), ("state:UZB", "org:sco")} <= got


def test_apart_from_without_also_excludes_only_its_own_list() -> None:
    got = _mems("Apart from Russia and China, Kazakhstan and Uzbekistan are members of the Shanghai "
                "Cooperation Organisation.")
    assert {("state:KAZ", "org:sco"), ("state:UZB", "org:sco")} <= got
    assert not {("state:RUS", "org:sco"), ("state:CHN", "org:sco")} & got


def test_near_miss_fronted_series_closed_by_its_comma_is_all_excepted() -> None:
    got = _mems("Except for Turkmenistan, Azerbaijan and Georgia, Kazakhstan is the only neighbour that "
                "belongs to the Collective Security Treaty Organization.")
    assert not {("state:TKM", "org:csto"), ("state:AZE", "org:csto"), ("state:GEO", "org:csto")} & got


def test_near_miss_series_after_except_is_all_excepted() -> None:
    got = _mems("Every Caspian state except Turkmenistan, Azerbaijan and Iran belongs to the Collective Security "
                "Treaty Organization.")
    assert not {("state:TKM", "org:csto"), ("state:AZE", "org:csto"), ("state:IRN", "org:csto")} & got


def test_near_miss_all_other_than_with_also_stays_exclusive() -> None:
    got = _mems("All the neighbours other than Iran are also members of the Collective Security Treaty "
                "Organization, and Armenia is one too.")
    assert ("state:IRN", "org:csto") not in got


def test_near_miss_parenthetical_unlike_stays_excluded() -> None:
    got = _mems("Kazakhstan, unlike Turkmenistan and Azerbaijan, belongs to the Shanghai Cooperation Organisation.")
    assert ("state:KAZ", "org:sco") in got
    assert not {("state:TKM", "org:sco"), ("state:AZE", "org:sco")} & got
